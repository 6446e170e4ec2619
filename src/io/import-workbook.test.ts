import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { buildSampleCampaign } from '../core/sample-campaign.ts';
import { aDoc, aProject, okDoc } from '../core/test-factories.ts';
import { exportTable } from './export-table.ts';
import { guessTable, looksLikeTable, previewWorkbook } from './import-table.ts';
import type { PlanOptions } from './plan.ts';
import { readFile } from './read-file.ts';
import type { RawSheet } from './sheet.ts';
import { TABLE_KINDS } from './tables.ts';
import { toXlsx } from './xlsx-write.ts';

let ids = 0;
const options: PlanOptions = {
  asOf: '2018-02-12',
  locale: 'zh-CN',
  newId: () => `id-${++ids}`,
  deleteMissing: false,
  skipRejected: false,
  blankClears: false,
};
const sheetOf = (name: string, ...lines: string[][]): RawSheet => ({
  name,
  rows: lines.map((cells, i) => ({ line: i + 1, cells })),
});
const noOverrides = () => new Map<string, string | null>();

const doc = () =>
  aDoc({ projects: [aProject({ id: 'a', code: 'JJ-1', name: '安踏一体化产业园' })] });

const problems = sheetOf(
  '问题',
  ['项目编码', '问题描述', '权限', '提出日期'],
  ['WB-1', '电力接入未批复', '外部权限', '2018-02-10'],
);
const projects = sheetOf(
  '项目',
  ['项目编码', '项目名称', '镇街'],
  ['WB-1', '南联新能源汽车综合体', '英林镇'],
  ['JJ-1', '安踏一体化产业园', '安海镇'],
);
const targets = sheetOf('目标', ['指标', '期间', '目标'], ['签约', '一季度', '15']);
const notes = sheetOf('说明', ['本表由英林镇填报'], ['联系人：王伟']);

describe('a workbook of several sheets', () => {
  it('tells the sheets that hold a table from notes', () => {
    expect([problems, projects, targets, notes].map(looksLikeTable)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('plans each sheet on what the sheets before it leave, and commits all as one step', () => {
    const choices = [problems, targets, projects].map((sheet) => ({
      sheet,
      table: guessTable(sheet),
    }));
    const preview = previewWorkbook(doc(), choices, noOverrides, options);
    // Projects first, so the problem can name the project the same workbook adds.
    expect(preview.sheets.map((s) => [s.sheet.name, s.table])).toEqual([
      ['项目', 'projects'],
      ['目标', 'targets'],
      ['问题', 'problems'],
    ]);
    expect(preview.sheets.map((s) => s.plan.counts)).toMatchObject([
      { new: 1, changed: 1 },
      { new: 1 },
      { new: 1 },
    ]);
    expect(preview.counts).toEqual({ new: 3, changed: 1, unchanged: 0, rejected: 0, deleted: 0 });
    expect(preview.command?.type).toBe('batch');
    const after = okDoc(applyCommand(doc(), preview.command!));
    const added = after.projects.find((p) => p.code === 'WB-1');
    expect(after.problems).toMatchObject([{ projectId: added?.id, scope: 'external' }]);
    expect(after.campaign.cumulativePlans.signed).toEqual({ '2018-03-31': 15 });
    expect(after.projects.find((p) => p.code === 'JJ-1')?.town).toBe('安海镇');
  });

  it('commits nothing while any sheet has a blocking problem', () => {
    const bad = sheetOf('目标', ['指标', '期间', '目标'], ['签约', '13月', '15']);
    const preview = previewWorkbook(
      doc(),
      [projects, bad].map((sheet) => ({ sheet, table: guessTable(sheet) })),
      noOverrides,
      options,
    );
    expect(preview.sheets[0]?.plan.command).not.toBeNull();
    expect(preview.blocking).toBe(true);
    expect(preview.command).toBeNull();
  });

  it('reads back its own XLSX export of every table unchanged', async () => {
    const sample = buildSampleCampaign();
    const ctx = { locale: 'zh-CN' as const, asOf: '2018-02-12', year: 2018 };
    const blob = await toXlsx(TABLE_KINDS.map((kind) => exportTable(kind, sample, ctx)));
    const read = await readFile(new Uint8Array(await blob.arrayBuffer()), null);
    const choices = read.sheets.map((sheet) => ({ sheet, table: guessTable(sheet) }));
    expect(choices.map((c) => c.table)).toEqual([...TABLE_KINDS]);
    const preview = previewWorkbook(sample, choices, noOverrides, options);
    expect(preview.sheets.flatMap((s) => s.plan.problems)).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 0, changed: 0, rejected: 0 });
    expect(preview.command).toBeNull();
  });
});
