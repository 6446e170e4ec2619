import { describe, expect, it } from 'vitest';
import { findHeaderRow, headerIndex, mapHeaders, normaliseHeader } from './headers.ts';
import type { RawRow } from './sheet.ts';
import { PROJECTS_TABLE, TABLES, TARGETS_TABLE, WORKSTREAMS_TABLE } from './tables.ts';

const sheet = (...rows: string[][]): RawRow[] => rows.map((cells, i) => ({ line: i + 1, cells }));

describe('normaliseHeader', () => {
  it('ignores width, case, spaces and a unit in brackets, and keeps the unit', () => {
    expect(normaliseHeader(' 总投资（亿元） ')).toEqual({ name: '总投资', unit: '亿元' });
    expect(normaliseHeader('Total Investment (万元)')).toEqual({
      name: 'totalinvestment',
      unit: '万元',
    });
    expect(normaliseHeader('*项目名称：')).toEqual({ name: '项目名称', unit: null });
  });
});

describe('the column tables', () => {
  it('give every header name to one column only, within each table', () => {
    for (const table of [PROJECTS_TABLE, WORKSTREAMS_TABLE, TARGETS_TABLE]) {
      const seen = new Map<string, string>();
      for (const column of table.columns.filter((c) => !c.exportOnly)) {
        for (const text of [
          column.title['zh-CN'],
          column.title.en,
          column.key,
          ...column.aliases,
        ]) {
          const { name } = normaliseHeader(text);
          const owner = seen.get(name);
          expect(owner === undefined || owner === column.key, `${table.kind}: ${text}`).toBe(true);
          seen.set(name, column.key);
        }
      }
    }
  });

  it('read back every header they write, in both languages', () => {
    for (const table of Object.values(TABLES)) {
      const index = headerIndex(table);
      for (const column of table.columns.filter((c) => !c.exportOnly)) {
        expect(index.get(normaliseHeader(column.title['zh-CN']).name)).toBe(column.key);
        expect(index.get(normaliseHeader(column.title.en).name)).toBe(column.key);
      }
    }
  });
});

describe('mapHeaders', () => {
  it('maps Chinese, English and alias headers to fields', () => {
    const m = mapHeaders(
      sheet(['编号', 'Project Name', '总投资(亿元)', '实际签约时间', '计划开工日期', '下一步计划']),
      PROJECTS_TABLE,
    );
    expect(m.keys).toEqual([
      'code',
      'name',
      'totalInvestment',
      'signed.actual',
      'started.plan',
      'nextStep',
    ]);
    expect(m.units[2]).toBe('亿元');
    expect(m.problems).toEqual([]);
  });

  it('lists unknown columns, including __proto__, as ignorable', () => {
    const m = mapHeaders(
      sheet(['项目编码', '__proto__', '项目名称', 'constructor']),
      PROJECTS_TABLE,
    );
    expect(m.keys).toEqual(['code', null, 'name', null]);
    expect(m.problems.map((p) => [p.reason, p.column, p.blocking])).toEqual([
      ['unknownColumn', '__proto__', false],
      ['unknownColumn', 'constructor', false],
    ]);
  });

  it('reports duplicate headers instead of renaming them, and blocks', () => {
    const m = mapHeaders(sheet(['项目编码', '项目名称', '名称']), PROJECTS_TABLE);
    expect(m.problems).toEqual([
      { reason: 'duplicateColumn', line: 1, column: '名称', value: '项目名称', blocking: true },
    ]);
  });

  it('reports an empty header over data, but not an empty trailing column', () => {
    const m = mapHeaders(sheet(['项目编码', '', ''], ['A', 'x', '']), PROJECTS_TABLE);
    expect(m.problems.map((p) => [p.reason, p.column])).toEqual([['emptyHeader', '#2']]);
  });

  it('blocks when the key column is missing', () => {
    const m = mapHeaders(sheet(['项目名称', '镇街']), PROJECTS_TABLE);
    expect(m.problems).toEqual([
      { reason: 'missingColumn', line: 1, column: null, value: 'code', blocking: true },
    ]);
  });

  it('lets the user’s choices override, ignore or fix a column', () => {
    const overrides = new Map<string, string | null>([
      ['项目名称', null],
      ['工程名', 'name'],
    ]);
    const m = mapHeaders(sheet(['项目编码', '项目名称', '工程名']), PROJECTS_TABLE, overrides);
    expect(m.keys).toEqual(['code', null, 'name']);
    expect(m.problems).toEqual([]);
  });

  it('finds the header under a title row', () => {
    const rows = sheet(
      ['2018年重点项目台账'],
      [],
      ['序号', '项目编码', '项目名称'],
      ['1', 'A', 'B'],
    );
    expect(findHeaderRow(rows, PROJECTS_TABLE)).toBe(2);
    expect(mapHeaders(rows, PROJECTS_TABLE).keys).toEqual([null, 'code', 'name']);
  });

  it('says there is no header in a sheet without rows', () => {
    expect(mapHeaders([], PROJECTS_TABLE).problems.map((p) => p.reason)).toEqual(['noHeader']);
  });
});
