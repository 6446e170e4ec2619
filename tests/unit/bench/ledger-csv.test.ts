import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ledgerCsv } from '../../../scripts/bench/lib/ledger-csv.mjs';

describe('ledgerCsv', () => {
  const text = ledgerCsv(100);
  const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });

  it('writes a header and exactly the rows asked for, with CRLF line ends', () => {
    expect(errors).toEqual([]);
    expect(data).toHaveLength(101);
    expect(data[0]).toEqual([
      '项目编码',
      '项目名称',
      '级别',
      '镇街',
      '责任单位',
      '总投资(万元)',
      '年度计划投资(万元)',
      '计划开工',
      '实际开工',
      '备注',
    ]);
    expect(text.split('\r\n')).toHaveLength(102);
  });

  it('gives every row ten cells, a unique code, both date styles and a quoted note', () => {
    const rows = data.slice(1);
    expect(rows.every((cells) => cells.length === 10)).toBe(true);
    expect(new Set(rows.map((cells) => cells[0])).size).toBe(100);
    expect(rows[6]).toEqual([
      'B-00007',
      '示例项目 00007',
      '重大',
      '英林镇',
      '市发改局',
      '259',
      '91',
      '2018-08-01',
      '2018年8月15日',
      '备注 00007，含逗号',
    ]);
  });

  it('is the same file every time', () => {
    expect(ledgerCsv(100)).toBe(text);
  });
});
