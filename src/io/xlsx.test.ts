import { describe, expect, it } from 'vitest';
import { aDoc, aProject } from '../core/test-factories.ts';
import { exportTable } from './export-table.ts';
import { readFile } from './read-file.ts';
import { toXlsx } from './xlsx-write.ts';

describe('XLSX export', () => {
  it('writes one sheet per table with typed cells that read back as the same text', async () => {
    const doc = aDoc({
      projects: [
        aProject({
          code: '0101',
          name: '晋华集成电路',
          tier: 'major',
          totalInvestment: 3700000,
          milestones: { started: { plan: '2018-02-09' } },
          workstreams: null,
        }),
        aProject({ code: '350582199001011234', name: '=危险', annualPlan: 1234.5 }),
      ],
    });
    const ctx = { locale: 'zh-CN' as const, asOf: '2018-02-12', year: 2018 };
    const blob = await toXlsx([
      exportTable('projects', doc, ctx),
      exportTable('targets', doc, ctx),
    ]);
    const read = await readFile(new Uint8Array(await blob.arrayBuffer()), null);
    expect(read.sheets.map((s) => s.name)).toEqual(['项目台账', '目标与计划']);
    const [header, first, second] = read.sheets[0]!.rows.map((r) => r.cells);
    const at = (row: readonly string[] | undefined, title: string) => row?.[header!.indexOf(title)];
    expect(at(first, '项目编码')).toBe('0101');
    expect(at(first, '级别')).toBe('重大');
    expect(at(first, '总投资（万元）')).toBe('3700000');
    expect(at(first, '计划开工')).toBe('2018-02-09');
    expect(at(second, '项目编码')).toBe('350582199001011234');
    // An XLSX text cell is never a formula: it needs no guard.
    expect(at(second, '项目名称')).toBe('=危险');
    expect(at(second, '年度计划投资（万元）')).toBe('1234.5');
  });
});
