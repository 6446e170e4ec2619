import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, partsOf, toDayNumber } from './calendar-date.ts';
import { parseDate, parseMoney, parsePercent } from './parse.ts';

const date = fc
  .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2400-12-31') })
  .map(fromDayNumber);

describe('parseDate', () => {
  it.each([
    ['2018-02-09', '2018-02-09'],
    ['2018-2-9', '2018-02-09'],
    ['2018/2/9', '2018-02-09'],
    ['2018/02/09', '2018-02-09'],
    ['2018.2.9', '2018-02-09'],
    ['2018.02.09', '2018-02-09'],
    ['2018年2月9日', '2018-02-09'],
    ['2018年2月9', '2018-02-09'],
    ['2018年02月09日', '2018-02-09'],
    ['2024/2/29', '2024-02-29'],
    ['  2018-02-09  ', '2018-02-09'],
    ['\t2018/2/9\n', '2018-02-09'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '   ', '\t'])('reads empty text %j as no date', (text) => {
    expect(parseDate(text)).toEqual({ ok: true, value: null });
  });

  it.each([
    '2018-02-30',
    '2018-02-29',
    '2018/13/1',
    '2018年2月30日',
    '2018-00-10',
    '2/9/2018',
    '09.02.2018',
    '18-2-9',
    '2018-02',
    '20180209',
    '2018-02/09',
    '2018-02-09T08:00',
    '2018-02-09 08:00',
    '1899-12-31',
    'abc',
    '明天',
  ])('refuses %j', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'notADate' });
  });

  it('reads every real date in each form to the same ISO date', () => {
    fc.assert(
      fc.property(date, (d) => {
        const { year, month, day } = partsOf(d);
        for (const text of [
          d,
          `${year}/${month}/${day}`,
          `${year}.${month}.${day}`,
          `${year}年${month}月${day}日`,
          `${year}年${month}月${day}`,
          ` ${year}-${month}-${day} `,
        ]) {
          expect(parseDate(text)).toEqual({ ok: true, value: d });
        }
      }),
    );
  });
});

describe('parseMoney', () => {
  it.each([
    ['6000', 6000],
    ['1,234.5', 1234.5],
    ['1，234', 1234],
    ['12,345,678', 12345678],
    ['7.9亿', 79000],
    ['6000万', 6000],
    ['57.5亿元', 575000],
    ['27.6亿', 276000],
    ['330万元', 330],
    ['2.5 亿', 25000],
    ['50000元', 5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['+8', 8],
    ['0', 0],
    ['  6000  ', 6000],
  ])('reads %j as %d 万元', (text, expected) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['0.1亿', 1000],
    ['0.3亿', 3000],
    ['1.1亿', 11000],
    ['4.5亿', 45000],
    ['0.0001亿', 1],
    ['175亿', 1750000],
    ['668.6亿', 6686000],
  ])('converts %s without binary noise: exactly %d', (text, expected) => {
    const parsed = parseMoney(text);
    expect(parsed.ok && parsed.value).toBe(expected);
  });

  it.each(['', '   '])('reads empty text %j as no amount', (text) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: null });
  });

  it.each(['-5', '-5亿', '-1,234.5'])('refuses the negative %j', (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason: 'negative' });
  });

  it.each(['abc', '1.2.3', '12abc', '亿', '5千', '1e5', '1.', '$5', '5 美元', '约6000'])(
    'refuses %j as not a number',
    (text) => {
      expect(parseMoney(text)).toEqual({ ok: false, reason: 'notANumber' });
    },
  );

  it('reads whole 万元 amounts, with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseMoney(String(n))).toEqual({ ok: true, value: n });
        expect(parseMoney(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n });
        expect(parseMoney(`${n}万元`)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads plain digits (read without the pattern) as the pattern reads them', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (digits) => {
        expect(parseMoney(digits)).toEqual(parseMoney(`${digits}万`));
        expect(parseMoney(` ${digits} `)).toEqual(parseMoney(`${digits}万元`));
      }),
    );
    expect(parseMoney('0099')).toEqual({ ok: true, value: 99 });
    expect(parseMoney('1'.repeat(400))).toEqual({ ok: false, reason: 'notANumber' });
  });

  it('reads 亿 amounts with up to four decimals exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (wan) => {
        const yi = (wan / 10000).toFixed(4);
        expect(parseMoney(`${yi}亿`)).toEqual({ ok: true, value: wan });
        expect(parseMoney(`${yi}亿元`)).toEqual({ ok: true, value: wan });
      }),
    );
  });
});

describe('parsePercent', () => {
  it.each([
    ['50', 50],
    ['50%', 50],
    ['8.6%', 8.6],
    [' 12.5% ', 12.5],
    ['0', 0],
    ['100', 100],
    ['100%', 100],
  ])('reads %j as %d', (text, expected) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '  '])('reads empty text %j as null', (text) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: null });
  });

  it.each(['101', '-1', '100.1', '-0.5%'])('refuses %j as out of 0…100', (text) => {
    expect(parsePercent(text)).toEqual({ ok: false, reason: 'notAPercent' });
  });

  it.each(['abc', '50%%', 'half', 'Infinity'])('refuses %j as not a number', (text) => {
    expect(parsePercent(text)).toEqual({ ok: false, reason: 'notANumber' });
  });
});
