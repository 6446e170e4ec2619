import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { buildSampleCampaign } from '../core/sample-campaign.ts';
import { aDoc, aProject, okDoc } from '../core/test-factories.ts';
import type { CampaignDoc, Problem } from '../core/types.ts';
import { exportTable } from './export-table.ts';
import { guessTable, previewImport } from './import-table.ts';
import type { PlanOptions } from './plan.ts';
import type { RawSheet } from './sheet.ts';

let ids = 0;
const options = (over: Partial<PlanOptions> = {}): PlanOptions => ({
  asOf: '2018-02-12',
  locale: 'zh-CN',
  newId: () => `q-${++ids}`,
  deleteMissing: false,
  skipRejected: false,
  blankClears: false,
  ...over,
});
const sheetOf = (...lines: string[][]): RawSheet => ({
  name: '',
  rows: lines.map((cells, i) => ({ line: i + 1, cells })),
});

const HEADER = [
  '问题编号',
  '项目编码',
  '问题描述',
  '权限',
  '提出日期',
  '责任单位',
  '状态',
  '销号日期',
  '解决情况',
];

function ledger(problems: Problem[] = []): CampaignDoc {
  return aDoc({
    projects: [
      aProject({ id: 'a', code: 'JJ-1', name: '安踏一体化产业园' }),
      aProject({ id: 'b', code: '0101', name: '市域8号路(一期)' }),
    ],
    problems,
  });
}

const anOpenProblem = (over: Partial<Problem> = {}): Problem => ({
  id: 'YH-01',
  projectId: 'a',
  description: '用地指标未落实',
  scope: 'own',
  raisedOn: '2018-02-01',
  ownerUnit: '市自然资源局',
  escalation: 'project',
  status: 'open',
  resolvedOn: null,
  resolution: '',
  dueOverride: null,
  history: [{ on: '2018-02-01', kind: 'raised', note: '用地指标未落实' }],
  ...over,
});

describe('problems import', () => {
  it('is recognised by its headers', () => {
    expect(guessTable(sheetOf(HEADER))).toBe('problems');
  });

  it('raises new problems on the projects named by code, closing those the file says are closed', () => {
    const doc = ledger();
    const sheet = sheetOf(
      HEADER,
      ['YH-01', 'JJ-1', '用地指标未落实', '本级', '2018-02-01', '市自然资源局', '未销号', '', ''],
      [
        '',
        '0101',
        '管线迁改滞后',
        '外部权限',
        '2018年2月5日',
        '供电公司',
        '已销号',
        '2018/2/8',
        '已协调迁改',
      ],
    );
    const { plan } = previewImport(doc, sheet, 'problems', new Map(), options());
    // Owner units the campaign's list lacks are said, not taken in silently; they do not block.
    expect(plan.problems.map((p) => [p.line, p.reason, p.value, p.blocking])).toEqual([
      [2, 'newListValue', '市自然资源局', false],
      [3, 'newListValue', '供电公司', false],
    ]);
    expect(plan.counts).toMatchObject({ new: 2, changed: 0, rejected: 0 });
    expect(plan.outcomes.map((o) => [o.line, o.label, o.detail, o.status])).toEqual([
      [2, 'JJ-1', '用地指标未落实', 'new'],
      [3, '0101', '管线迁改滞后', 'new'],
    ]);
    const after = okDoc(applyCommand(doc, plan.command!));
    expect(after.campaign.lists.units).toEqual(['市自然资源局', '供电公司']);
    expect(after.problems).toHaveLength(2);
    expect(after.problems[0]).toMatchObject({
      id: 'YH-01',
      projectId: 'a',
      scope: 'own',
      escalation: 'project',
      status: 'open',
      history: [{ on: '2018-02-12', kind: 'raised' }],
    });
    expect(after.problems[1]).toMatchObject({
      projectId: 'b',
      scope: 'external',
      raisedOn: '2018-02-05',
      status: 'resolved',
      resolvedOn: '2018-02-08',
      resolution: '已协调迁改',
    });
    expect(after.problems[1]?.history.map((h) => h.kind)).toEqual(['raised', 'closed']);
  });

  it('updates a problem by its ID field by field, and closes it (销号) with its date', () => {
    const doc = ledger([anOpenProblem()]);
    const sheet = sheetOf(HEADER, [
      'YH-01',
      'JJ-1',
      '用地指标未落实',
      '外部权限',
      '2018-02-01',
      '',
      '已销号',
      '2018-02-09',
      '省厅已批复',
    ]);
    const { plan } = previewImport(doc, sheet, 'problems', new Map(), options());
    expect(plan.counts).toMatchObject({ new: 0, changed: 1 });
    expect(plan.outcomes[0]?.changes).toEqual([
      { key: 'scope', before: '本级权限', after: '外部权限' },
      { key: 'status', before: '未销号', after: '已销号' },
      { key: 'resolvedOn', before: '', after: '2018-02-09' },
      { key: 'resolution', before: '', after: '省厅已批复' },
    ]);
    const after = okDoc(applyCommand(doc, plan.command!));
    // An empty cell keeps what the problem holds.
    expect(after.problems[0]).toMatchObject({ ownerUnit: '市自然资源局', status: 'resolved' });
    expect(after.problems[0]?.history.map((h) => h.kind)).toEqual(['raised', 'edited', 'closed']);
  });

  it('reopens a closed problem the file lists as open', () => {
    const closed = anOpenProblem({
      status: 'resolved',
      resolvedOn: '2018-02-05',
      resolution: '已解决',
    });
    const sheet = sheetOf(['问题编号', '项目编码', '状态'], ['YH-01', 'JJ-1', '未解决']);
    const { plan } = previewImport(ledger([closed]), sheet, 'problems', new Map(), options());
    const after = okDoc(applyCommand(ledger([closed]), plan.command!));
    expect(after.problems[0]).toMatchObject({ status: 'open', resolvedOn: null });
    expect(after.problems[0]?.history.at(-1)).toMatchObject({
      kind: 'reopened',
      note: '导入文件第 2 行将状态改回未销号',
    });
  });

  it('matches a row without an ID to its project’s problem with the same description', () => {
    const doc = ledger([anOpenProblem()]);
    const sheet = sheetOf(
      ['项目编码', '问题描述', '责任单位'],
      ['JJ-1', '用地指标未落实', '市发改局'],
    );
    const { plan } = previewImport(doc, sheet, 'problems', new Map(), options());
    expect(plan.counts).toMatchObject({ new: 0, changed: 1 });
    expect(okDoc(applyCommand(doc, plan.command!)).problems).toMatchObject([
      { id: 'YH-01', ownerUnit: '市发改局' },
    ]);
  });

  it('lists every bad cell with its line, column and value, and commits nothing', () => {
    const doc = ledger([anOpenProblem()]);
    const sheet = sheetOf(
      HEADER,
      ['', 'NOPE', '无此项目', '本级', '2018-02-01', '', '', '', ''],
      ['', 'JJ-1', '', '本级', '2018-02-30', '', '', '', ''],
      ['', 'JJ-1', '审批慢', '上级', '2018-02-01', '', '办完了', '', ''],
      ['', 'JJ-1', '资金缺口', '本级', '2018-02-01', '', '未销号', '2018-02-03', ''],
      ['YH-01', 'JJ-1', '', '', '', '', '已销号', '2018-01-20', '已解决'],
      ['YH-01', 'JJ-1', '', '', '', '', '', '', ''],
      ['', '101', '管线迁改', '本级', '2018-02-01', '', '', '', ''],
    );
    const { plan } = previewImport(doc, sheet, 'problems', new Map(), options());
    expect(plan.problems.map((p) => [p.line, p.column, p.reason, p.value, p.cause])).toEqual([
      [2, '项目编码', 'unknownProjectCode', 'NOPE', undefined],
      [3, '提出日期', 'notADate', '2018-02-30', undefined],
      [4, '权限', 'unknownChoice', '上级', undefined],
      [4, '状态', 'unknownChoice', '办完了', undefined],
      [5, '销号日期', 'statusConflict', '2018-02-03', undefined],
      [6, '销号日期', 'refused', '2018-01-20', 'resolvedBeforeRaised'],
      [7, '问题编号', 'duplicateCode', 'YH-01 (6)', undefined],
      [8, '项目编码', 'leadingZerosLost', '101', undefined],
    ]);
    expect(plan.blocking).toBe(true);
    expect(plan.command).toBeNull();
    expect(plan.counts.rejected).toBe(7);
  });

  it('asks for what a new problem cannot be raised without', () => {
    const sheet = sheetOf(['项目编码', '问题描述', '状态'], ['JJ-1', '征迁进度慢', '已销号']);
    const { plan } = previewImport(ledger(), sheet, 'problems', new Map(), options());
    expect(plan.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, '权限', 'empty'],
      [2, '提出日期', 'empty'],
    ]);
  });

  it('imports the good rows when told to leave out the bad ones', () => {
    const sheet = sheetOf(
      HEADER,
      ['', 'JJ-1', '征迁进度慢', '本级', '2018-02-01', '', '', '', ''],
      ['', 'NOPE', '无此项目', '本级', '2018-02-01', '', '', '', ''],
    );
    const { plan } = previewImport(
      ledger(),
      sheet,
      'problems',
      new Map(),
      options({ skipRejected: true }),
    );
    expect(plan.blocking).toBe(false);
    expect(okDoc(applyCommand(ledger(), plan.command!)).problems).toHaveLength(1);
  });

  it('reads back its own export of the sample’s problems unchanged, in both languages', () => {
    const doc = buildSampleCampaign();
    for (const locale of ['zh-CN', 'en'] as const) {
      const table = exportTable('problems', doc, { locale, asOf: '2018-02-12', year: 2018 });
      const sheet = sheetOf(
        table.columns.map((c) => c.header),
        ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
      );
      expect(guessTable(sheet)).toBe('problems');
      const { plan } = previewImport(doc, sheet, 'problems', new Map(), options({ locale }));
      expect(plan.problems).toEqual([]);
      expect(plan.counts).toMatchObject({ unchanged: doc.problems.length, changed: 0, new: 0 });
      expect(plan.command).toBeNull();
    }
  });

  it('exports only the problems a filter shows, in its order', () => {
    const doc = ledger([anOpenProblem(), anOpenProblem({ id: 'YH-02', projectId: 'b' })]);
    const ctx = { locale: 'zh-CN' as const, asOf: '2018-02-12', year: 2018 };
    const table = exportTable('problems', doc, { ...ctx, problemIds: ['YH-02', 'gone', 'YH-01'] });
    expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
      ['YH-02', '0101'],
      ['YH-01', 'JJ-1'],
    ]);
  });
});
