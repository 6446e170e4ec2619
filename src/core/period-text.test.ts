import { describe, expect, it } from 'vitest';
import { dekadEnd, dekadFromIndex } from './dekad.ts';
import { parsePeriodEnd, periodEndLabel } from './period-text.ts';

describe('parsePeriodEnd', () => {
  const cases: [string, string | null][] = [
    ['', null],
    ['全年', null],
    ['2018年', null],
    ['2018年度', null],
    ['Year', null],
    ['3月上旬', '2018-03-10'],
    ['2018年3月中旬', '2018-03-20'],
    ['2月下旬', '2018-02-28'],
    ['Late Feb 2018', '2018-02-28'],
    ['early mar', '2018-03-10'],
    ['3月', '2018-03-31'],
    ['2018年11月份', '2018-11-30'],
    ['2018-04', '2018-04-30'],
    ['Mar 2018', '2018-03-31'],
    ['September', '2018-09-30'],
    ['一季度', '2018-03-31'],
    ['第二季度', '2018-06-30'],
    ['2018年三季度', '2018-09-30'],
    ['Q4', '2018-12-31'],
    ['2018-Q1', '2018-03-31'],
    ['Ｑ２', '2018-06-30'],
    ['上半年', '2018-06-30'],
    ['2018-03-20', '2018-03-20'],
    ['2018年2月28日', '2018-02-28'],
  ];
  it.each(cases)('reads “%s” as %s', (text, end) => {
    expect(parsePeriodEnd(text, 2018)).toEqual({ ok: true, value: end });
  });

  it('refuses what names no period, or a day inside one', () => {
    for (const text of ['13月', '第五季度', '春节前', '2018-03-15', 'Q5']) {
      expect(parsePeriodEnd(text, 2018)).toEqual({ ok: false, reason: 'notAPeriod' });
    }
  });

  it('refuses a period of another year than the campaign’s', () => {
    for (const text of ['2017年3月', '2019-Q1', '2017年', '2019-03-31', 'Mar 2017']) {
      expect(parsePeriodEnd(text, 2018)).toEqual({ ok: false, reason: 'otherYear' });
    }
  });
});

describe('periodEndLabel', () => {
  it('names a month end by its month and another 旬 end by its 旬; all 36 read back', () => {
    expect(periodEndLabel('2018-03-31', 'zh-CN')).toBe('2018年3月');
    expect(periodEndLabel('2018-03-10', 'zh-CN')).toBe('2018年3月上旬');
    expect(periodEndLabel('2018-02-28', 'en')).toBe('Feb 2018');
    expect(periodEndLabel('2018-02-20', 'en')).toBe('Mid Feb 2018');
    for (let index = 0; index < 36; index++) {
      const end = dekadEnd(dekadFromIndex(2018, index));
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(parsePeriodEnd(periodEndLabel(end, locale), 2018)).toEqual({ ok: true, value: end });
      }
    }
  });
});
