import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from './tsv.ts';

describe('parseTsv', () => {
  it('reads rows and cells as Excel writes them, ignoring the final line break', () => {
    expect(parseTsv('JJ-1\t安踏一体化产业园\t6000万\r\nJJ-2\t晋华集成电路\t7.9亿\r\n')).toEqual([
      ['JJ-1', '安踏一体化产业园', '6000万'],
      ['JJ-2', '晋华集成电路', '7.9亿'],
    ]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes', () => {
    const text = '"第一行\n第二行"\t"含\t制表符"\t"他说""好"""\n下一行\t\t';
    expect(parseTsv(text)).toEqual([
      ['第一行\n第二行', '含\t制表符', '他说"好"'],
      ['下一行', '', ''],
    ]);
  });

  it('keeps quotes that do not wrap the whole cell as text', () => {
    expect(parseTsv('"甲" 乙\t丙"丁"')).toEqual([['"甲" 乙', '丙"丁"']]);
    expect(parseTsv('"未闭合')).toEqual([['"未闭合']]);
  });

  it('reads one cell, empty cells and empty lines', () => {
    expect(parseTsv('1,234.5')).toEqual([['1,234.5']]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\t\n\n')).toEqual([['', ''], ['']]);
  });

  it('accepts LF, CRLF and CR line breaks', () => {
    expect(parseTsv('a\nb\r\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('writes what it reads back', () => {
    const rows = [
      ['编码', '名称\n(二期)', '说"明"'],
      ['1', '', 'a\tb'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
