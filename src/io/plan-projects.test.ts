import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { aDoc, aProject, entries, okDoc } from '../core/test-factories.ts';
import type { CampaignDoc } from '../core/types.ts';
import { previewImport } from './import-table.ts';
import type { PlanOptions } from './plan.ts';
import { readFile } from './read-file.ts';
import type { RawSheet } from './sheet.ts';
import { fixture } from './test/fixtures.ts';

let ids = 0;
const options = (over: Partial<PlanOptions> = {}): PlanOptions => ({
  asOf: '2018-02-12',
  locale: 'zh-CN',
  newId: () => `new-${++ids}`,
  deleteMissing: false,
  skipRejected: false,
  blankClears: false,
  ...over,
});
const csv = (...lines: string[][]): RawSheet => ({
  name: '',
  rows: lines.map((cells, i) => ({ line: i + 1, cells })),
});

function ledger(): CampaignDoc {
  return aDoc({
    projects: [
      aProject({
        id: 'a',
        code: 'JJ-1',
        name: '安踏一体化产业园',
        town: '安海镇',
        totalInvestment: 6000,
      }),
      aProject({
        id: 'b',
        code: 'JJ-2',
        name: '晋华集成电路',
        investments: entries(['2018-01-31', 100]),
      }),
    ],
  });
}

describe('planProjects', () => {
  it('sorts rows into new, changed (field by field) and unchanged, and commits as one command', () => {
    const doc = ledger();
    const sheet = csv(
      ['项目编码', '项目名称', '镇街', '总投资(亿元)'],
      ['JJ-1', '安踏一体化产业园', '安海镇', '0.8'],
      ['JJ-2', '晋华集成电路', '', ''],
      ['JJ-3', '福大晋江科教园', '新塘街道', '2'],
    );
    const { plan } = previewImport(doc, sheet, 'projects', new Map(), options());
    expect(plan.counts).toEqual({ new: 1, changed: 1, unchanged: 1, rejected: 0, deleted: 0 });
    expect(plan.outcomes.map((o) => [o.line, o.label, o.status])).toEqual([
      [2, 'JJ-1', 'changed'],
      [3, 'JJ-2', 'unchanged'],
      [4, 'JJ-3', 'new'],
    ]);
    expect(plan.outcomes[0]?.changes).toEqual([
      { key: 'totalInvestment', before: '6,000', after: '8,000' },
    ]);
    expect(plan.blocking).toBe(false);
    const result = applyCommand(doc, plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects.map((p) => [p.code, p.totalInvestment])).toEqual([
      ['JJ-1', 8000],
      ['JJ-2', null],
      ['JJ-3', 20000],
    ]);
    // The unchanged row keeps its object: autosave writes only the rows that changed.
    expect(result.doc.projects[1]).toBe(doc.projects[1]);
  });

  it('reads values like a grid paste: Chinese dates, 万/亿, thousands separators, words', () => {
    const sheet = csv(
      ['项目编码', '实际签约', '计划开工', '年度计划投资', '级别', '五大攻坚战', '当前阶段'],
      ['N-1', '2018年2月9日', '2018.3.15', '1,234.5', '重大', '征迁清障、产业招商', '在建'],
    );
    const { plan } = previewImport(aDoc(), sheet, 'projects', new Map(), options());
    const result = applyCommand(aDoc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    const p = result.doc.projects[0]!;
    expect(p.milestones.signed.actual).toBe('2018-02-09');
    expect(p.milestones.started.plan).toBe('2018-03-15');
    expect(p.annualPlan).toBe(1234.5);
    expect(p.tier).toBe('major');
    expect(p.battles).toEqual(['clearance', 'attraction']);
    expect(p.stage).toBe('construction');
  });

  it('keeps codes such as 0101 and 18-digit IDs as text', async () => {
    const read = await readFile(fixture('projects-gb18030.csv'), null);
    const { plan } = previewImport(aDoc(), read.sheets[0]!, 'projects', new Map(), options());
    const result = applyCommand(aDoc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects.map((p) => [p.code, p.name])).toEqual([
      ['0101', '𠮷祥路改造'],
      ['350582199001011234', '䶮山工业园'],
    ]);
  });

  it('rejects bad rows with line, column and value, and blocks confirm', async () => {
    const read = await readFile(fixture('bad-values.csv'), null);
    const { plan } = previewImport(aDoc(), read.sheets[0]!, 'projects', new Map(), options());
    expect(plan.problems.map((p) => [p.line, p.column, p.value, p.reason])).toEqual([
      [3, '总投资(万元)', '很多', 'notANumber'],
      [4, '实际开工', '2018-02-30', 'notADate'],
      [5, '项目编码', 'X-0001 (2)', 'duplicateCode'],
      [6, '项目编码', '', 'empty'],
    ]);
    expect(plan.counts).toEqual({ new: 1, changed: 0, unchanged: 0, rejected: 4, deleted: 0 });
    expect(plan.blocking).toBe(true);
    expect(plan.command).toBeNull();
  });

  it('imports only the good rows when asked to leave the rejected ones out', async () => {
    const read = await readFile(fixture('bad-values.csv'), null);
    const { plan } = previewImport(
      aDoc(),
      read.sheets[0]!,
      'projects',
      new Map(),
      options({ skipRejected: true }),
    );
    expect(plan.blocking).toBe(false);
    const result = applyCommand(aDoc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects.map((p) => p.code)).toEqual(['X-0001']);
  });

  it('leaves projects missing from the file alone unless asked to delete them', () => {
    const sheet = csv(['项目编码', '项目名称'], ['JJ-2', '晋华集成电路']);
    const kept = previewImport(ledger(), sheet, 'projects', new Map(), options()).plan;
    expect(kept.counts.deleted).toBe(0);
    expect(kept.command).toBeNull();
    const doc = ledger();
    const { plan } = previewImport(
      doc,
      sheet,
      'projects',
      new Map(),
      options({ deleteMissing: true }),
    );
    expect(plan.deleted).toEqual(['JJ-1']);
    const result = applyCommand(doc, plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects.map((p) => p.code)).toEqual(['JJ-2']);
  });

  it('does not delete a project whose row was rejected', () => {
    const sheet = csv(['项目编码', '总投资'], ['JJ-1', '很多'], ['JJ-2', '5']);
    const { plan } = previewImport(
      ledger(),
      sheet,
      'projects',
      new Map(),
      options({ deleteMissing: true, skipRejected: true }),
    );
    expect(plan.deleted).toEqual([]);
  });

  it('leaves a field alone for an empty cell, unless asked to clear it', () => {
    const sheet = csv(['项目编码', '镇街', '总投资', '级别'], ['JJ-1', '', '', '']);
    const kept = previewImport(ledger(), sheet, 'projects', new Map(), options()).plan;
    expect(kept.counts.unchanged).toBe(1);
    const doc = ledger();
    const { plan } = previewImport(
      doc,
      sheet,
      'projects',
      new Map(),
      options({ blankClears: true }),
    );
    expect(plan.outcomes[0]?.changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['town', '安海镇', ''],
      ['totalInvestment', '6,000', ''],
    ]);
  });

  it('records a "done this year" total as investment on the as-of date', () => {
    const doc = ledger();
    const sheet = csv(['项目编码', '年度已完成投资（万元）'], ['JJ-2', '350']);
    const { plan } = previewImport(doc, sheet, 'projects', new Map(), options());
    expect(plan.outcomes[0]?.changes).toEqual([
      { key: 'investmentToDate', before: '100', after: '350' },
    ]);
    const result = applyCommand(doc, plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects[1]?.investments).toEqual(
      entries(['2018-01-31', 100], ['2018-02-12', 250]),
    );
  });

  it('rejects ragged rows on their line', async () => {
    const read = await readFile(fixture('ragged.csv'), null);
    const { plan } = previewImport(aDoc(), read.sheets[0]!, 'projects', new Map(), options());
    expect(plan.problems.map((p) => [p.reason, p.line, p.value])).toEqual([
      ['raggedRow', 2, '3/2'],
      ['raggedRow', 3, '1/2'],
    ]);
  });

  it('has nothing to do for a header-only file', async () => {
    const read = await readFile(fixture('header-only.csv'), null);
    const { plan } = previewImport(aDoc(), read.sheets[0]!, 'projects', new Map(), options());
    expect(plan.counts).toEqual({ new: 0, changed: 0, unchanged: 0, rejected: 0, deleted: 0 });
    expect(plan.command).toBeNull();
    expect(plan.blocking).toBe(false);
  });

  it('treats a __proto__ header as just an unknown column', async () => {
    const read = await readFile(fixture('proto-header.csv'), null);
    const { plan } = previewImport(aDoc(), read.sheets[0]!, 'projects', new Map(), options());
    expect(plan.problems.map((p) => [p.reason, p.column])).toEqual([
      ['unknownColumn', '__proto__'],
      ['unknownColumn', 'constructor'],
    ]);
    const result = applyCommand(aDoc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects[0]?.name).toBe('原型');
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('imports a planner’s workbook, finding the header under its title row', async () => {
    const read = await readFile(fixture('projects.xlsx'), null);
    const { plan, mapping } = previewImport(
      aDoc(),
      read.sheets[0]!,
      'projects',
      new Map(),
      options(),
    );
    expect(mapping.headerRow).toBe(1);
    const result = applyCommand(aDoc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(
      result.doc.projects.map((p) => [p.code, p.totalInvestment, p.milestones.started.plan]),
    ).toEqual([
      ['0101', 3700000, '2018-02-09'],
      ['350582199001011234', 1234.5, null],
    ]);
  });

  it('warns of towns, units, leaders and industries the lists lack, and adds them on commit', () => {
    const doc = {
      ...ledger(),
      campaign: {
        ...ledger().campaign,
        lists: { towns: ['安海镇'], units: ['市发改局'], leaders: [], industries: ['纺织服装'] },
      },
    };
    const sheet = csv(
      ['项目编码', '项目名称', '镇街', '责任单位', '挂钩领导', '产业'],
      ['JJ-1', '安踏一体化产业园', '安海镇', '市发改局', '', '纺织服装'],
      ['JJ-3', '福大晋江科教园', '新塘街道', '市教育局', '副市长(科教文卫)', ''],
      ['JJ-4', '晋江科教园二期', '新塘街道', '市教育局', '', ''],
    );
    const { plan } = previewImport(doc, sheet, 'projects', new Map(), options());
    expect(plan.problems.map((p) => [p.line, p.column, p.reason, p.value, p.blocking])).toEqual([
      [3, '镇街', 'newListValue', '新塘街道', false],
      [3, '责任单位', 'newListValue', '市教育局', false],
      [3, '挂钩领导', 'newListValue', '副市长(科教文卫)', false],
    ]);
    expect(plan.blocking).toBe(false);
    const after = okDoc(applyCommand(doc, plan.command!));
    expect(after.campaign.lists).toEqual({
      towns: ['安海镇', '新塘街道'],
      units: ['市发改局', '市教育局'],
      leaders: ['副市长(科教文卫)'],
      industries: ['纺织服装'],
    });
    expect(after.projects.map((p) => p.code)).toEqual(['JJ-1', 'JJ-2', 'JJ-3', 'JJ-4']);
    // The preview's document is the committed one: a later sheet plans on it.
    expect(plan.after).toEqual(after);
  });

  it('stops on codes that Excel turned into numbers instead of adding them as new projects', () => {
    const doc = aDoc({
      projects: [
        aProject({ id: 'z', code: '0101', name: '晋华集成电路' }),
        aProject({ id: 'y', code: '350582199001011234', name: '百宏差别化化纤' }),
      ],
    });
    const sheet = csv(
      ['项目编码', '项目名称'],
      ['101', '晋华集成电路'],
      ['3.50582E+17', '百宏差别化化纤'],
      ['0101', '晋华集成电路'],
      ['102', '一个新项目'],
    );
    const { plan } = previewImport(doc, sheet, 'projects', new Map(), options());
    expect(plan.problems.map((p) => [p.line, p.reason, p.value, p.hint])).toEqual([
      [2, 'leadingZerosLost', '101', '0101'],
      [3, 'scientificNotation', '3.50582E+17', undefined],
    ]);
    expect(plan.blocking).toBe(true);
    expect(plan.counts).toMatchObject({ rejected: 2, unchanged: 1, new: 1 });
  });
});
