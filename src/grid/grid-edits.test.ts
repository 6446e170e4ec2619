import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { blankProject } from '../core/project.ts';
import { aDoc, aProject, deepFreeze, entries, okDoc } from '../core/test-factories.ts';
import { planEdits, type GridEdit, type PlanInput } from './grid-edits.ts';
import { parseTsv } from './tsv.ts';
import { placeBlock } from './paste.ts';
import { COLUMN_INDEX, PROJECT_COLUMNS, type ColumnContext } from './project-columns.ts';

const col = (key: string) => {
  const c = PROJECT_COLUMNS[COLUMN_INDEX.get(key) ?? -1];
  if (!c) throw new Error(key);
  return c;
};

function setup() {
  const doc = deepFreeze(
    aDoc({
      projects: [
        aProject({ id: 'a', code: 'A', name: '甲' }),
        aProject({ id: 'b', code: 'B', name: '乙', investments: entries(['2018-01-10', 100]) }),
      ],
    }),
  );
  const ctx: ColumnContext = {
    locale: 'zh-CN',
    asOf: '2018-02-12',
    year: 2018,
    lists: doc.campaign.lists,
  };
  let serial = 0;
  const input: PlanInput = {
    projects: doc.projects,
    rowIds: ['b', 'a'],
    ctx,
    newProject: (code) => blankProject(`new-${++serial}`, code),
    codePrefix: 'XM-',
  };
  return { doc, ctx, input };
}

const edit = (row: number, key: string, value: unknown): GridEdit => ({
  row,
  column: col(key),
  value,
});

describe('planEdits', () => {
  it('makes one command for many cells, mapping sheet rows to projects', () => {
    const { doc, input } = setup();
    const plan = planEdits(input, [
      edit(0, 'name', '乙改'),
      edit(1, 'signed.actual', '2018/2/9'),
      edit(1, 'annualPlan', '7.9亿'),
    ]);
    expect(plan.refused).toEqual([]);
    expect(plan.command).toEqual({
      type: 'editProjects',
      edits: [
        { projectId: 'b', field: 'name', value: '乙改' },
        { projectId: 'a', field: 'annualPlan', value: 79000 },
        { projectId: 'a', field: 'signed.actual', value: '2018-02-09' },
      ],
    });
    const next = okDoc(applyCommand(doc, plan.command!));
    expect(next.projects[0]?.milestones.signed.actual).toBe('2018-02-09');
  });

  it('keeps the accepted cells and reports the refused ones with row, column and value', () => {
    const { input } = setup();
    const plan = planEdits(input, [
      edit(0, 'totalInvestment', '-3'),
      edit(0, 'notes', '好'),
      edit(1, 'tier', '超级'),
      edit(1, 'code', 'B'),
    ]);
    expect(plan.refused.map((r) => [r.row, r.column.key, r.value, r.reason])).toEqual([
      [0, 'totalInvestment', '-3', 'negative'],
      [1, 'code', 'B', 'duplicateCode'],
      [1, 'tier', '超级', 'unknownChoice'],
    ]);
    expect(plan.command).toEqual({
      type: 'editProjects',
      edits: [{ projectId: 'b', field: 'notes', value: '好' }],
    });
  });

  it('skips cells whose value does not change, and makes no command for none', () => {
    const { input } = setup();
    expect(planEdits(input, [edit(0, 'name', '乙')]).command).toBeNull();
    expect(planEdits(input, [edit(0, 'investmentToDate', '100')]).command).toBeNull();
  });

  it('turns the year-to-date column into a dated investment record', () => {
    const { input } = setup();
    expect(planEdits(input, [edit(0, 'investmentToDate', '1.6亿')]).command).toEqual({
      type: 'setInvestmentToDate',
      projectId: 'b',
      asOf: '2018-02-12',
      total: 16000,
    });
  });

  it('adds new projects for rows past the end, in one step with their values', () => {
    const { doc, input } = setup();
    const plan = planEdits(input, [
      edit(2, 'name', '新项目一'),
      edit(3, 'tier', '坏'),
      edit(4, 'name', '新项目三'),
      edit(4, 'code', 'N-3'),
    ]);
    expect(plan.added).toHaveLength(2);
    const next = okDoc(applyCommand(doc, plan.command!));
    expect(next.projects.map((p) => [p.code, p.name])).toEqual([
      ['A', '甲'],
      ['B', '乙'],
      ['XM-0003', '新项目一'],
      ['N-3', '新项目三'],
    ]);
    expect(plan.refused).toHaveLength(1);
  });

  it('lets codes move between rows within one paste, refusing real clashes', () => {
    const { doc, input } = setup();
    const plan = planEdits(input, [edit(0, 'code', 'A2'), edit(1, 'code', 'B')]);
    expect(plan.refused).toEqual([]);
    const next = okDoc(applyCommand(doc, plan.command!));
    expect(next.projects.map((p) => p.code)).toEqual(['B', 'A2']);
  });

  it('maps an Excel paste with Chinese, quoted multi-line cells, dates and amounts', () => {
    const { doc, input } = setup();
    const clip =
      '福大晋江科教园\t"二期\n(续建)"\t2018年2月9日\t6000万\r\n晋华集成电路\t说明\t2018.2.9\t1,234.5\r\n';
    const columns = ['name', 'notes', 'started.actual', 'annualPlan'].map(col);
    const { cells } = placeBlock(parseTsv(clip), { row: 0, col: 0, rows: 1, cols: 1 }, 4);
    const plan = planEdits(
      input,
      cells.map((c) => ({ row: c.row, column: columns[c.col]!, value: c.value })),
    );
    expect(plan.refused).toEqual([]);
    const next = okDoc(applyCommand(doc, plan.command!));
    const b = next.projects.find((p) => p.id === 'b');
    const a = next.projects.find((p) => p.id === 'a');
    expect(b).toMatchObject({ name: '福大晋江科教园', notes: '二期\n(续建)', annualPlan: 6000 });
    expect(b?.milestones.started.actual).toBe('2018-02-09');
    expect(a).toMatchObject({ name: '晋华集成电路', annualPlan: 1234.5 });
  });
});
