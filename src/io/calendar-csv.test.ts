import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../core/working-days.ts';
import { calendarCsv, kindOf, readCalendarSheet } from './calendar-csv.ts';
import { readFile } from './read-file.ts';
import { bytesOf } from './test/fixtures.ts';

const calendar: WorkCalendar = {
  source: 'test',
  days: {
    '2026-01-01': { kind: 'holiday', name: '元旦' },
    '2026-01-04': { kind: 'workday', name: '元旦' },
    '2026-02-15': { kind: 'holiday', name: '春节' },
    '2026-02-28': { kind: 'workday', name: '春节, 调休' },
    '2026-10-01': { kind: 'holiday', name: '=国庆节' },
  },
};

async function read(bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const file = await readFile(bytes, null);
  expect(file.problems).toEqual([]);
  const sheet = file.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return { encoding: file.encoding, ...readCalendarSheet(sheet, locale) };
}

describe('calendarCsv', () => {
  it('writes 日期,类型,名称 in date order, 休 and 班', () => {
    const text = calendarCsv(calendar, 'zh-CN');
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFF日期,类型,名称',
      '2026-01-01,休,元旦',
      '2026-01-04,班,元旦',
    ]);
    expect(text).toContain('2026-02-28,班,"春节, 调休"');
    // A name that looks like a formula is guarded for Excel.
    expect(text).toContain("2026-10-01,休,'=国庆节");
  });

  it('reads back what it wrote, in either language', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const back = await read(bytesOf(calendarCsv(calendar, locale)), locale);
      expect(back.problems).toEqual([]);
      expect(back.days).toEqual(calendar.days);
    }
  });
});

describe('readCalendarSheet', () => {
  it('reads a GB18030 file from Excel or WPS', async () => {
    const text = '日期,类型,名称\r\n2026-05-01,休,劳动节\r\n2026/5/9,补班,劳动节\r\n';
    const back = await read(new Uint8Array(iconv.encode(text, 'gb18030')));
    expect(back.encoding).toBe('gb18030');
    expect(back.days).toEqual({
      '2026-05-01': { kind: 'holiday', name: '劳动节' },
      '2026-05-09': { kind: 'workday', name: '劳动节' },
    });
  });

  it('takes English headers and kinds, other column orders and extra columns', async () => {
    const text = 'Note,Holiday,Type,Date\nx,New Year,Holiday,2026-01-01\ny,,workday,2026年1月4日\n';
    const back = await read(bytesOf(text), 'en');
    expect(back.days).toEqual({
      '2026-01-01': { kind: 'holiday', name: 'New Year' },
      '2026-01-04': { kind: 'workday', name: '' },
    });
  });

  it('reads a list without a header as 日期,类型,名称', async () => {
    const back = await read(bytesOf('2026-01-01,休,元旦\n\n2026-01-04,班\n'));
    expect(back.days).toEqual({
      '2026-01-01': { kind: 'holiday', name: '元旦' },
      '2026-01-04': { kind: 'workday', name: '' },
    });
  });

  it('names every bad line with its column and value, and takes no day', async () => {
    const text = [
      '日期,类型,名称',
      '2026-01-01,休,元旦',
      '2026-02-30,休,春节',
      '2026-02-16,放,春节',
      'soon,?,',
      '2026/1/1,休,again',
    ].join('\n');
    const back = await read(bytesOf(text));
    expect(back.days).toEqual({});
    expect(back.problems).toEqual([
      { reason: 'notADate', line: 3, column: '日期', value: '2026-02-30' },
      { reason: 'badKind', line: 4, column: '类型', value: '放' },
      { reason: 'notADate', line: 5, column: '日期', value: 'soon' },
      { reason: 'badKind', line: 5, column: '类型', value: '?' },
      { reason: 'duplicateDate', line: 6, column: '日期', value: '2026/1/1', first: 2 },
    ]);
  });

  it('refuses a file without the columns it needs, or without days', async () => {
    expect((await read(bytesOf('名称,备注\n元旦,x\n'))).problems).toEqual([
      { reason: 'noHeader', line: 1, column: null, value: '名称,备注' },
    ]);
    expect((await read(bytesOf('Date,Name\n2026-01-01,x\n'), 'en')).problems).toEqual([
      { reason: 'missingColumn', line: 1, column: 'Kind', value: null },
    ]);
    expect((await read(bytesOf('日期,类型,名称\r\n'))).problems).toEqual([
      { reason: 'noDays', line: null, column: null, value: null },
    ]);
  });
});

describe('kindOf', () => {
  it('knows the words for a day off and a make-up working day, full width too', () => {
    expect(kindOf(' 休 ')).toBe('holiday');
    expect(kindOf('ＨＯＬＩＤＡＹ')).toBe('holiday');
    expect(kindOf('补班')).toBe('workday');
    expect(kindOf('Workday')).toBe('workday');
    expect(kindOf('')).toBeNull();
    expect(kindOf('班休')).toBeNull();
  });
});
