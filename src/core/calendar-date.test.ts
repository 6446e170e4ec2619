import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysInMonth,
  daysInYear,
  fromDayNumber,
  isBetween,
  isCalendarDate,
  isLeapYear,
  makeDate,
  partsOf,
  toDayNumber,
  todayFrom,
  weekday,
  yearOf,
} from './calendar-date.ts';

// An independent oracle: the platform's UTC calendar (proleptic Gregorian, no time zone).
const MS_PER_DAY = 86_400_000;
const utcDayNumber = (y: number, m: number, d: number): number =>
  Date.UTC(y, m - 1, d) / MS_PER_DAY;
const isRealDay = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const ymd = fc
  .record({
    year: fc.integer({ min: 1900, max: 2400 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isRealDay(year, month, day));

const FIRST = utcDayNumber(1900, 1, 1);
const LAST = utcDayNumber(2400, 12, 31);
const dayNumber = fc.integer({ min: FIRST, max: LAST });

describe('day numbers', () => {
  it('counts days from 1970-01-01 = 0', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('gives known day numbers', () => {
    expect(toDayNumber('1900-01-01')).toBe(-25567);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(toDayNumber('2018-01-01')).toBe(17532);
    expect(toDayNumber('2018-02-09')).toBe(17571);
    expect(fromDayNumber(17571)).toBe('2018-02-09');
  });

  it('agrees with the UTC calendar for every date 1900–2400', () => {
    fc.assert(
      fc.property(ymd, ({ year, month, day }) => {
        expect(toDayNumber(makeDate(year, month, day))).toBe(utcDayNumber(year, month, day));
      }),
    );
  });

  it('round-trips date → day number → date', () => {
    fc.assert(
      fc.property(ymd, ({ year, month, day }) => {
        const date = makeDate(year, month, day);
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });

  it('round-trips day number → date → day number, always naming a real date', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const date = fromDayNumber(n);
        expect(isCalendarDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });

  it('orders day numbers like the date strings', () => {
    fc.assert(
      fc.property(dayNumber, dayNumber, (a, b) => {
        const [da, db] = [fromDayNumber(a), fromDayNumber(b)];
        expect(da < db).toBe(a < b);
        expect(da === db).toBe(a === b);
      }),
    );
  });
});

describe('weekday', () => {
  it('knows 1970-01-01 was a Thursday', () => {
    expect(weekday('1970-01-01')).toBe(4);
  });

  it('knows the weekdays of the 2018 campaign and of a leap day', () => {
    expect(weekday('2018-02-09')).toBe(5); // Friday: 42 projects signed
    expect(weekday('2018-02-16')).toBe(5); // Friday: Spring Festival
    expect(weekday('2024-02-29')).toBe(4); // Thursday
    expect(weekday('2018-02-12')).toBe(1); // Monday
    expect(weekday('2018-02-11')).toBe(0); // Sunday
    expect(weekday('2018-02-10')).toBe(6); // Saturday
  });

  it('stays in 0…6 before 1970 (negative day numbers)', () => {
    expect(weekday('1969-12-28')).toBe(0); // Sunday
    expect(weekday('1969-12-31')).toBe(3); // Wednesday
    expect(weekday('1900-01-01')).toBe(1); // Monday
  });

  it('agrees with the UTC calendar', () => {
    fc.assert(
      fc.property(ymd, ({ year, month, day }) => {
        const expected = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        expect(weekday(makeDate(year, month, day))).toBe(expected);
      }),
    );
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [1900, false],
    [2000, true],
    [2018, false],
    [2023, false],
    [2024, true],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInYear(year)).toBe(leap ? 366 : 365);
  });

  it('gives the length of every month', () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const leap = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(common.map((_, i) => daysInMonth(2018, i + 1))).toEqual(common);
    expect(leap.map((_, i) => daysInMonth(2024, i + 1))).toEqual(leap);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('month lengths add up to the year and agree with the UTC calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2400 }), (year) => {
        let sum = 0;
        for (let month = 1; month <= 12; month++) {
          const n = daysInMonth(year, month);
          expect(isRealDay(year, month, n)).toBe(true);
          expect(isRealDay(year, month, n + 1)).toBe(false);
          sum += n;
        }
        expect(sum).toBe(daysInYear(year));
      }),
    );
  });
});

describe('isCalendarDate', () => {
  it.each(['2018-02-09', '2018-02-28', '2024-02-29', '2000-02-29', '1900-01-01', '2018-12-31'])(
    'accepts %s',
    (text) => {
      expect(isCalendarDate(text)).toBe(true);
    },
  );

  it.each([
    '2018-02-29',
    '1900-02-29',
    '2100-02-29',
    '2018-02-30',
    '2018-04-31',
    '2018-13-01',
    '2018-00-10',
    '2018-01-00',
    '2018-01-32',
    '2018-2-9',
    '2018-02-9',
    '18-02-09',
    '2018/02/09',
    '20180209',
    ' 2018-02-09',
    '2018-02-09 ',
    '2018-02-09T00:00',
    '2018-0a-09',
    '2018--2-09',
    '+018-02-09',
    '201８-02-09',
    '1899-12-31',
    '',
    'abc',
  ])('rejects %j', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it.each([[20180209], [null], [undefined], [new Date(2018, 1, 9)], [{}], [['2018-02-09']]])(
    'rejects the non-string %j',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('accepts exactly the real days (1900 on)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2400 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          expect(isCalendarDate(makeDate(y, m, d))).toBe(isRealDay(y, m, d));
        },
      ),
    );
  });
});

describe('makeDate, partsOf, yearOf', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(makeDate(2018, 2, 9)).toBe('2018-02-09');
    expect(makeDate(2018, 12, 31)).toBe('2018-12-31');
  });

  it('reads the parts back', () => {
    expect(partsOf('2018-02-09')).toEqual({ year: 2018, month: 2, day: 9 });
    expect(yearOf('2024-02-29')).toBe(2024);
  });

  it('throws on text that is not YYYY-MM-DD', () => {
    expect(() => partsOf('2018/2/9')).toThrow(/not a calendar date/);
    expect(() => toDayNumber('abc')).toThrow();
  });

  it('round-trips parts', () => {
    fc.assert(
      fc.property(ymd, (parts) => {
        expect(partsOf(makeDate(parts.year, parts.month, parts.day))).toEqual(parts);
      }),
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2018-01-31', 1, '2018-02-01'],
    ['2018-02-28', 1, '2018-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2018-12-31', 1, '2019-01-01'],
    ['2019-01-01', -1, '2018-12-31'],
    ['2018-03-01', -1, '2018-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2018-02-09', 0, '2018-02-09'],
    ['2018-02-09', 365, '2019-02-09'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2018-01-22', 40, '2018-03-03'],
  ] as const)('%s %+i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('moves the day number by exactly n, and back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST + 1000, max: LAST - 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (n, days) => {
          const date = fromDayNumber(n);
          const moved = addDays(date, days);
          expect(toDayNumber(moved) - toDayNumber(date)).toBe(days);
          expect(addDays(moved, -days)).toBe(date);
        },
      ),
    );
  });

  it('adding one day steps to the next day of the calendar', () => {
    fc.assert(
      fc.property(ymd, ({ year, month, day }) => {
        const next = partsOf(addDays(makeDate(year, month, day), 1));
        if (day < daysInMonth(year, month)) expect(next).toEqual({ year, month, day: day + 1 });
        else if (month < 12) expect(next).toEqual({ year, month: month + 1, day: 1 });
        else expect(next).toEqual({ year: year + 1, month: 1, day: 1 });
      }),
    );
  });
});

describe('isBetween and todayFrom', () => {
  it('includes both ends', () => {
    expect(isBetween('2018-01-01', '2018-01-01', '2018-12-31')).toBe(true);
    expect(isBetween('2018-12-31', '2018-01-01', '2018-12-31')).toBe(true);
    expect(isBetween('2017-12-31', '2018-01-01', '2018-12-31')).toBe(false);
    expect(isBetween('2019-01-01', '2018-01-01', '2018-12-31')).toBe(false);
  });

  it('reads today from the injected clock', () => {
    expect(todayFrom(() => ({ year: 2018, month: 2, day: 9 }))).toBe('2018-02-09');
  });
});
