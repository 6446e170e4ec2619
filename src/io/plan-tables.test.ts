import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { blankWorkstreams } from '../core/project.ts';
import { aDoc, aProject, okDoc } from '../core/test-factories.ts';
import { exportTable } from './export-table.ts';
import { guessTable, previewImport } from './import-table.ts';
import type { PlanOptions } from './plan.ts';
import { refusedLine } from './plan-targets.ts';
import { readFile } from './read-file.ts';
import { fixture } from './test/fixtures.ts';

const options: PlanOptions = {
  asOf: '2018-02-12',
  locale: 'zh-CN',
  newId: () => 'n',
  deleteMissing: false,
  skipRejected: false,
  blankClears: false,
};

const sheetOf = (...lines: string[][]) => ({
  name: '',
  rows: lines.map((cells, i) => ({ line: i + 1, cells })),
});

const doc = () =>
  aDoc({
    campaign: { targets: { planned: 200, signed: 50 } },
    projects: [aProject({ id: 'a', code: 'JJ2018-0001', name: '安踏一体化产业园', tier: 'major' })],
  });

describe('stage ledger (workstreams) import', () => {
  it('updates a project’s workstream and rejects unknown codes and workstreams by line', async () => {
    const read = await readFile(fixture('workstreams.csv'), null);
    const sheet = read.sheets[0]!;
    expect(guessTable(sheet)).toBe('workstreams');
    const { plan } = previewImport(doc(), sheet, 'workstreams', new Map(), options);
    expect(plan.problems.map((p) => [p.line, p.reason, p.value])).toEqual([
      [3, 'unknownProjectCode', 'NOPE-0001'],
      [4, 'unknownChoice', '不是事项'],
    ]);
    expect(plan.counts).toMatchObject({ new: 1, rejected: 2 });
    const { plan: partial } = previewImport(doc(), sheet, 'workstreams', new Map(), {
      ...options,
      skipRejected: true,
    });
    const result = applyCommand(doc(), partial.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects[0]?.workstreams?.land).toEqual({
      planStart: '2018-01-01',
      planEnd: '2018-03-31',
      actualStart: '2018-01-05',
      actualEnd: null,
      percent: 80,
      owner: '王伟',
      note: '剩余3户',
    });
    expect(result.doc.projects[0]?.workstreams?.signing).toEqual(blankWorkstreams().signing);
  });

  it('reads back its own export unchanged', () => {
    const d = doc();
    const withStreams = {
      ...d,
      projects: [
        {
          ...d.projects[0]!,
          workstreams: {
            ...blankWorkstreams(),
            funding: { ...blankWorkstreams().funding, percent: 40, owner: '财政局' },
          },
        },
      ],
    };
    const table = exportTable('workstreams', withStreams, {
      locale: 'en',
      asOf: '2018-02-12',
      year: 2018,
    });
    const rows = [
      table.columns.map((c) => c.header),
      ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
    ];
    const sheet = { name: '', rows: rows.map((cells, i) => ({ line: i + 1, cells })) };
    const { plan } = previewImport(withStreams, sheet, 'workstreams', new Map(), options);
    expect(plan.counts).toMatchObject({ unchanged: 5, changed: 0, new: 0, rejected: 0 });
    expect(plan.command).toBeNull();
  });
});

describe('targets import', () => {
  it('names the file line whose target the core refuses', () => {
    const doc = aDoc({ projects: [aProject()] });
    const ok = { type: 'setTarget', batch: 'signed', value: 50 } as const;
    const bad = { type: 'setTarget', batch: 'started', value: -1 } as const;
    expect(refusedLine(doc, [ok, bad, ok], [4, 7, 9])).toBe(7);
    expect(refusedLine(doc, [ok, ok], [4, 9])).toBe(null);
  });

  it('sets the five batches’ annual targets as one batch command', async () => {
    const read = await readFile(fixture('targets.csv'), null);
    const sheet = read.sheets[0]!;
    expect(guessTable(sheet)).toBe('targets');
    const { plan } = previewImport(doc(), sheet, 'targets', new Map(), options);
    expect(plan.outcomes.map((o) => [o.label, o.status, o.changes[0]?.after])).toEqual([
      ['策划生成 · 全年', 'changed', '210'],
      ['签约 · 全年', 'changed', '55'],
      ['技改增资 · 全年', 'new', '12'],
    ]);
    const result = applyCommand(doc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.campaign.targets).toMatchObject({ planned: 210, signed: 55, upgraded: 12 });
  });

  it('rejects unknown batches and counts that are not whole numbers', () => {
    const sheet = {
      name: '',
      rows: [
        ['指标', '年度目标'],
        ['开工一批', '7.5'],
        ['招商', '3'],
      ].map((cells, i) => ({ line: i + 1, cells })),
    };
    const { plan } = previewImport(doc(), sheet, 'targets', new Map(), options);
    expect(plan.problems.map((p) => [p.line, p.reason, p.value])).toEqual([
      [2, 'notANumber', '7.5'],
      [3, 'unknownChoice', '招商'],
    ]);
    expect(plan.blocking).toBe(true);
  });

  it('sets planned cumulative figures by period end, and towns’ and units’ annual targets', () => {
    const sheet = sheetOf(
      ['指标', '期间', '镇街', '责任单位', '目标'],
      ['签约', '一季度', '', '', '15'],
      ['签约一批', '3月上旬', '', '', '4'],
      ['固定资产投资', '2018年2月', '', '', '1.2亿'],
      ['落地开工', '全年', '永和镇', '', '9'],
      ['开工', '', '', '市交通运输局', '3'],
    );
    const { plan } = previewImport(doc(), sheet, 'targets', new Map(), options);
    expect(plan.problems.map((p) => [p.line, p.column, p.reason, p.value, p.blocking])).toEqual([
      [5, '镇街', 'newListValue', '永和镇', false],
      [6, '责任单位', 'newListValue', '市交通运输局', false],
    ]);
    expect(plan.outcomes.map((o) => [o.label, o.status, o.changes[0]?.after])).toEqual([
      ['签约 · 2018年3月', 'new', '15'],
      ['签约 · 2018年3月上旬', 'new', '4'],
      ['投资（万元） · 2018年2月', 'new', '12,000'],
      ['落地开工 · 全年 · 永和镇', 'new', '9'],
      ['落地开工 · 全年 · 市交通运输局', 'new', '3'],
    ]);
    const after = okDoc(applyCommand(doc(), plan.command!));
    expect(after.campaign.cumulativePlans).toEqual({
      signed: { '2018-03-31': 15, '2018-03-10': 4 },
      investment: { '2018-02-28': 12000 },
    });
    expect(after.campaign.scopeTargets).toEqual({
      town: { 永和镇: { started: 9 } },
      unit: { 市交通运输局: { started: 3 } },
    });
    // The annual targets are left as they were; the new town and unit join the lists.
    expect(after.campaign.targets).toEqual(doc().campaign.targets);
    expect(after.campaign.lists).toMatchObject({ towns: ['永和镇'], units: ['市交通运输局'] });
  });

  it('says why a row names no target it can set', () => {
    const sheet = sheetOf(
      ['指标', '期间', '镇街', '责任单位', '目标'],
      ['签约', '13月', '', '', '1'],
      ['签约', '2017年3月', '', '', '1'],
      ['签约', '3月', '永和镇', '', '1'],
      ['签约', '', '永和镇', '市发改局', '1'],
      ['投资', '全年', '', '', '600000'],
      ['签约', '2018-03-31', '', '', '2'],
      ['签约', '3月', '', '', '3'],
    );
    const { plan } = previewImport(doc(), sheet, 'targets', new Map(), options);
    expect(plan.problems.map((p) => [p.line, p.column, p.reason, p.value])).toEqual([
      [2, '期间', 'notAPeriod', '13月'],
      [3, '期间', 'otherYear', '2017年3月'],
      [4, '期间', 'scopePeriod', '3月'],
      [5, '责任单位', 'twoScopes', '市发改局'],
      [6, '指标', 'derivedTarget', '投资'],
      [8, '指标', 'duplicateCode', '签约 · 2018年3月 (7)'],
    ]);
    expect(plan.command).toBeNull();
  });

  it('reads back its own export with plans and town and unit targets unchanged', () => {
    let d = doc();
    for (const command of [
      { type: 'extendList', list: 'towns', values: ['安海镇'] },
      { type: 'extendList', list: 'units', values: ['市发改局'] },
      { type: 'setCumulativePlan', figure: 'signed', periodEnd: '2018-03-31', value: 15 },
      { type: 'setCumulativePlan', figure: 'investment', periodEnd: '2018-02-10', value: 800.5 },
      { type: 'setScopeTarget', scope: 'town', name: '安海镇', batch: 'started', value: 6 },
      { type: 'setScopeTarget', scope: 'unit', name: '市发改局', batch: 'planned', value: 20 },
    ] as const) {
      d = okDoc(applyCommand(d, command));
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const table = exportTable('targets', d, { locale, asOf: '2018-02-12', year: 2018 });
      const sheet = sheetOf(
        table.columns.map((c) => c.header),
        ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
      );
      expect(guessTable(sheet)).toBe('targets');
      const { plan } = previewImport(d, sheet, 'targets', new Map(), { ...options, locale });
      expect(plan.problems).toEqual([]);
      expect(plan.counts).toMatchObject({ unchanged: 9, changed: 0, new: 0 });
      expect(plan.command).toBeNull();
    }
  });
});
