import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysInYear, makeDate, toDayNumber } from './calendar-date.ts';
import {
  dekadEnd,
  dekadFromIndex,
  dekadIndex,
  dekadOf,
  dekadStart,
  type Dekad,
  type DekadPart,
} from './dekad.ts';

const year = fc.integer({ min: 1900, max: 2400 });
const dekad: fc.Arbitrary<Dekad> = fc.record({
  year,
  month: fc.integer({ min: 1, max: 12 }),
  part: fc.constantFrom<DekadPart>(1, 2, 3),
});

describe('dekadOf', () => {
  it.each([
    ['2018-02-01', 1],
    ['2018-02-10', 1],
    ['2018-02-11', 2],
    ['2018-02-20', 2],
    ['2018-02-21', 3],
    ['2018-02-28', 3],
    ['2024-02-29', 3],
    ['2018-04-30', 3],
    ['2018-01-31', 3],
  ] as const)('%s is in part %i', (date, part) => {
    expect(dekadOf(date)).toEqual({
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      part,
    });
  });
});

describe('dekadStart and dekadEnd', () => {
  it('上旬 is days 1–10, 中旬 11–20', () => {
    expect(dekadStart({ year: 2018, month: 2, part: 1 })).toBe('2018-02-01');
    expect(dekadEnd({ year: 2018, month: 2, part: 1 })).toBe('2018-02-10');
    expect(dekadStart({ year: 2018, month: 2, part: 2 })).toBe('2018-02-11');
    expect(dekadEnd({ year: 2018, month: 2, part: 2 })).toBe('2018-02-20');
    expect(dekadStart({ year: 2018, month: 2, part: 3 })).toBe('2018-02-21');
  });

  it.each([
    [2018, 2, '2018-02-28'],
    [2024, 2, '2024-02-29'],
    [1900, 2, '1900-02-28'],
    [2000, 2, '2000-02-29'],
    [2018, 4, '2018-04-30'],
    [2018, 11, '2018-11-30'],
    [2018, 1, '2018-01-31'],
    [2018, 12, '2018-12-31'],
  ])('下旬 of %i-%i ends on the month’s last day, %s', (y, month, end) => {
    expect(dekadEnd({ year: y, month, part: 3 })).toBe(end);
  });
});

describe('dekadIndex and dekadFromIndex', () => {
  it('numbers the year’s dekads 0…35', () => {
    expect(dekadIndex({ year: 2018, month: 1, part: 1 })).toBe(0);
    expect(dekadIndex({ year: 2018, month: 1, part: 3 })).toBe(2);
    expect(dekadIndex({ year: 2018, month: 2, part: 2 })).toBe(4);
    expect(dekadIndex({ year: 2018, month: 12, part: 3 })).toBe(35);
  });

  it.each([
    [0, { year: 2018, month: 1, part: 1 }],
    [4, { year: 2018, month: 2, part: 2 }],
    [35, { year: 2018, month: 12, part: 3 }],
    [36, { year: 2019, month: 1, part: 1 }],
    [71, { year: 2019, month: 12, part: 3 }],
    [72, { year: 2020, month: 1, part: 1 }],
    [-1, { year: 2017, month: 12, part: 3 }],
    [-36, { year: 2017, month: 1, part: 1 }],
    [-37, { year: 2016, month: 12, part: 3 }],
  ])('index %i from 2018 is %j', (index, expected) => {
    expect(dekadFromIndex(2018, index)).toEqual(expected);
  });

  it('round-trips any dekad', () => {
    fc.assert(
      fc.property(dekad, (d) => {
        expect(dekadFromIndex(d.year, dekadIndex(d))).toEqual(d);
      }),
    );
  });

  it('round-trips any index, negative or past the year', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: -2000, max: 2000 }), (y, index) => {
        const d = dekadFromIndex(y, index);
        expect(d.month).toBeGreaterThanOrEqual(1);
        expect(d.month).toBeLessThanOrEqual(12);
        expect([1, 2, 3]).toContain(d.part);
        expect((d.year - y) * 36 + dekadIndex(d)).toBe(index);
      }),
    );
  });

  it('consecutive indexes are consecutive dekads in time', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: -100, max: 100 }), (y, index) => {
        const here = dekadFromIndex(y, index);
        const next = dekadFromIndex(y, index + 1);
        expect(addDays(dekadEnd(here), 1)).toBe(dekadStart(next));
      }),
    );
  });
});

describe('36 dekads a year', () => {
  it('cover every day of the year exactly once', () => {
    fc.assert(
      fc.property(year, (y) => {
        const dekads = Array.from({ length: 36 }, (_, i) => dekadFromIndex(y, i));
        expect(dekads.every((d) => d.year === y)).toBe(true);
        let date = makeDate(y, 1, 1);
        let days = 0;
        while (date <= makeDate(y, 12, 31)) {
          const holders = dekads.filter((d) => dekadStart(d) <= date && date <= dekadEnd(d));
          expect(holders).toHaveLength(1);
          expect(holders[0]).toEqual(dekadOf(date));
          days += 1;
          date = addDays(date, 1);
        }
        expect(days).toBe(daysInYear(y));
        const lengths = dekads.map(
          (d) => toDayNumber(dekadEnd(d)) - toDayNumber(dekadStart(d)) + 1,
        );
        expect(lengths.reduce((a, b) => a + b, 0)).toBe(daysInYear(y));
      }),
      { numRuns: 40 },
    );
  });

  it('上旬 and 中旬 are 10 days; 下旬 is 8 to 11', () => {
    fc.assert(
      fc.property(dekad, (d) => {
        const length = toDayNumber(dekadEnd(d)) - toDayNumber(dekadStart(d)) + 1;
        if (d.part === 3) {
          expect(length).toBeGreaterThanOrEqual(8);
          expect(length).toBeLessThanOrEqual(11);
        } else {
          expect(length).toBe(10);
        }
      }),
    );
  });
});
