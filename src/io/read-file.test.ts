import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-read.ts';
import { readFile } from './read-file.ts';
import { bytesOf, fixture } from './test/fixtures.ts';

const cells = (text: string) => readCsv(text, '').sheet.rows.map((r) => r.cells);
const lines = (text: string) => readCsv(text, '').sheet.rows.map((r) => r.line);

describe('readCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(cells('a,b\r\n"x,1","say ""hi"""\r\n"two\r\nlines",z\r\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"'],
      ['two\r\nlines', 'z'],
    ]);
  });

  it('numbers rows by the line they start on, past multi-line cells', () => {
    expect(lines('a,b\n"1\n2\n3",x\n\nlast,y\n')).toEqual([1, 2, 5, 6]);
  });

  it('detects the delimiter among comma, tab, semicolon and bar', () => {
    for (const d of [',', '\t', ';', '|']) {
      const read = readCsv(`项目编码${d}项目名称${d}镇街\nA${d}B${d}C\n`, '');
      expect(read.delimiter).toBe(d);
      expect(read.sheet.rows[1]?.cells).toEqual(['A', 'B', 'C']);
    }
  });

  it('reads CR, LF and CRLF line ends', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      expect(cells(`a,b${eol}1,2${eol}`)).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
    }
  });

  it('reports an unclosed quote on the line where it opens', () => {
    const read = readCsv('项目编码,项目名称\r\nQ-1,"没有结束\r\nQ-2,下一行\r\n', '');
    expect(read.problems).toEqual([
      { reason: 'unclosedQuote', line: 2, column: null, value: null, blocking: true },
    ]);
  });

  it('reports a stray quote after a quoted field once, on its line', () => {
    const read = readCsv('a,b\r\nQ-3,"名称"多余\r\nQ-4,正常\r\n', '');
    expect(read.problems.map((p) => [p.reason, p.line])).toEqual([['strayQuote', 2]]);
  });

  it('keeps a very long cell whole', () => {
    const long = '长'.repeat(200_000);
    expect(cells(`a,b\r\n1,"${long}"\r\n`)[1]?.[1]).toHaveLength(200_000);
  });

  it('takes the formula guard off exported text cells', () => {
    expect(cells("a\r\n'=1+1\r\n'0101\r\n")).toEqual([['a'], ['=1+1'], ["'0101"]]);
  });

  it('reports progress up to the whole text', () => {
    const seen: number[] = [];
    readCsv('a,b\n' + `x,${'y'.repeat(100)}\n`.repeat(30_000), '', (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('readFile', () => {
  it('reads a GBK file into rows with Chinese intact', async () => {
    const read = await readFile(fixture('projects-gbk.csv'), null);
    expect(read.encoding).toBe('gb18030');
    expect(read.sheets[0]?.rows[1]?.cells.slice(0, 2)).toEqual(['GBK-0101', '晋江市域8号路(二期)']);
    expect(read.sheets[0]?.rows[1]?.cells[8]).toBe('含引号"与,逗号');
  });

  it('reads Excel’s Unicode text (UTF-16, tabs)', async () => {
    const read = await readFile(fixture('projects-utf16le.txt'), null);
    expect(read.sheets[0]?.rows.map((r) => r.cells)).toEqual([
      ['项目编码', '项目名称', '总投资（万元）'],
      ['U16-0001', '东石镇南环路', '1,234.5'],
    ]);
  });

  it('drops the BOM before the header', async () => {
    const read = await readFile(fixture('projects-utf8-bom.csv'), null);
    expect(read.sheets[0]?.rows[0]?.cells[0]).toBe('项目编码');
  });

  it('reads CR-only line ends, with a CR inside a quoted cell', async () => {
    const read = await readFile(fixture('cr-only.csv'), null);
    expect(read.sheets[0]?.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [1, '项目编码', '项目名称'],
      [2, 'CR-0001', '菌柄桥'],
      [3, 'CR-0002', '两行\r名称'],
    ]);
  });

  it('says an empty file is empty', async () => {
    const read = await readFile(fixture('empty.csv'), null);
    expect(read.problems.map((p) => p.reason)).toEqual(['emptyFile']);
    expect(read.sheets).toEqual([]);
  });

  it('reads a header-only file as a header and no rows', async () => {
    const read = await readFile(fixture('header-only.csv'), null);
    expect(read.sheets[0]?.rows.map((r) => r.cells)).toEqual([['项目编码', '项目名称', '镇街']]);
    expect(read.problems).toEqual([]);
  });

  it('leaves the encoding to the user when none reads the bytes, and marks what a forced one loses', async () => {
    const bytes = new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x80, 0xff, 0x2c, 0x63, 0x0a]);
    const unsure = await readFile(bytes, null);
    expect(unsure.encoding).toBeNull();
    expect(unsure.sheets).toEqual([]);
    const forced = await readFile(bytes, 'utf-8');
    expect(forced.problems.map((p) => [p.reason, p.line])).toEqual([['lossyDecoding', 2]]);
  });

  it('reads an XLSX workbook: every sheet, text codes whole, dates as calendar dates', async () => {
    const read = await readFile(fixture('projects.xlsx'), null);
    expect(read.format).toBe('xlsx');
    expect(read.sheets.map((s) => s.name)).toEqual(['项目台账', '目标']);
    const rows = read.sheets[0]?.rows ?? [];
    expect(rows[0]?.cells[0]).toBe('2018年重点项目台账');
    expect(rows[2]?.cells).toEqual(['0101', '晋华集成电路', '3700000', '2018-02-09', '新塘街道']);
    expect(rows[3]?.cells.slice(0, 3)).toEqual(['350582199001011234', '百宏差别化化纤', '1234.5']);
  });

  it('says a damaged workbook is not a spreadsheet', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const read = await readFile(bytes, null);
    expect(read.problems.map((p) => p.reason)).toEqual(['notASpreadsheet']);
  });

  it('reads UTF-8 text without a BOM', async () => {
    const read = await readFile(bytesOf('code;name\nS-1;外曾桥\n'), null);
    expect(read.sheets[0]?.rows[1]?.cells).toEqual(['S-1', '外曾桥']);
  });
});
