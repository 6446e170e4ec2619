import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from './calendar-date.ts';
import { PERIOD_KINDS, periodOf, timeProgress, type PeriodKind } from './period.ts';

const KINDS: PeriodKind[] = ['dekad', 'month', 'quarter', 'year'];
const kind = fc.constantFrom(...KINDS);
const date = fc
  .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2400-12-31') })
  .map(fromDayNumber);
const length = (start: string, end: string): number => toDayNumber(end) - toDayNumber(start) + 1;

describe('periodOf', () => {
  it('knows the four kinds', () => {
    expect(Object.keys(PERIOD_KINDS).sort()).toEqual([...KINDS].sort());
  });

  it.each([
    ['2018-02-09', { kind: 'dekad', key: '2018-02-1', start: '2018-02-01', end: '2018-02-10' }],
    ['2018-02-16', { kind: 'dekad', key: '2018-02-2', start: '2018-02-11', end: '2018-02-20' }],
    ['2018-02-21', { kind: 'dekad', key: '2018-02-3', start: '2018-02-21', end: '2018-02-28' }],
    ['2024-02-29', { kind: 'dekad', key: '2024-02-3', start: '2024-02-21', end: '2024-02-29' }],
    ['2018-12-31', { kind: 'dekad', key: '2018-12-3', start: '2018-12-21', end: '2018-12-31' }],
  ])('dekad of %s', (d, expected) => {
    expect(periodOf('dekad', d)).toEqual(expected);
  });

  it.each([
    ['2018-02-09', { kind: 'month', key: '2018-02', start: '2018-02-01', end: '2018-02-28' }],
    ['2024-02-10', { kind: 'month', key: '2024-02', start: '2024-02-01', end: '2024-02-29' }],
    ['2018-04-30', { kind: 'month', key: '2018-04', start: '2018-04-01', end: '2018-04-30' }],
    ['2018-12-01', { kind: 'month', key: '2018-12', start: '2018-12-01', end: '2018-12-31' }],
  ])('month of %s', (d, expected) => {
    expect(periodOf('month', d)).toEqual(expected);
  });

  it.each([
    ['2018-01-01', '2018-Q1', '2018-01-01', '2018-03-31'],
    ['2018-02-12', '2018-Q1', '2018-01-01', '2018-03-31'],
    ['2018-03-31', '2018-Q1', '2018-01-01', '2018-03-31'],
    ['2018-04-01', '2018-Q2', '2018-04-01', '2018-06-30'],
    ['2018-06-30', '2018-Q2', '2018-04-01', '2018-06-30'],
    ['2018-07-01', '2018-Q3', '2018-07-01', '2018-09-30'],
    ['2018-09-30', '2018-Q3', '2018-07-01', '2018-09-30'],
    ['2018-10-01', '2018-Q4', '2018-10-01', '2018-12-31'],
    ['2018-12-31', '2018-Q4', '2018-10-01', '2018-12-31'],
  ])('quarter of %s is %s', (d, key, start, end) => {
    expect(periodOf('quarter', d)).toEqual({ kind: 'quarter', key, start, end });
  });

  it('year of a date', () => {
    expect(periodOf('year', '2018-02-12')).toEqual({
      kind: 'year',
      key: '2018',
      start: '2018-01-01',
      end: '2018-12-31',
    });
  });

  it('contains its date', () => {
    fc.assert(
      fc.property(kind, date, (k, d) => {
        const p = periodOf(k, d);
        expect(p.kind).toBe(k);
        expect(p.start <= d && d <= p.end).toBe(true);
        expect(periodOf(k, p.start)).toEqual(p);
        expect(periodOf(k, p.end)).toEqual(p);
      }),
    );
  });

  it('tiles time: the day after a period starts the next one', () => {
    fc.assert(
      fc.property(kind, date, (k, d) => {
        const p = periodOf(k, d);
        const next = periodOf(k, addDays(p.end, 1));
        expect(next.start).toBe(addDays(p.end, 1));
        expect(next.key > p.key).toBe(true);
      }),
    );
  });

  it('has keys that sort in time order within a kind', () => {
    fc.assert(
      fc.property(kind, date, date, (k, a, b) => {
        const [pa, pb] = [periodOf(k, a), periodOf(k, b)];
        const samePeriod = pa.start === pb.start;
        expect(pa.key === pb.key).toBe(samePeriod);
        if (!samePeriod) expect(pa.key < pb.key).toBe(a < b);
      }),
    );
  });

  it('sorting keys as text sorts a list of dates’ periods by time', () => {
    fc.assert(
      fc.property(kind, fc.array(date, { maxLength: 30 }), (k, dates) => {
        const byTime = [...dates].sort().map((d) => periodOf(k, d).key);
        const byKey = dates.map((d) => periodOf(k, d).key).sort();
        expect(byKey).toEqual(byTime);
      }),
    );
  });
});

describe('timeProgress', () => {
  const q1 = periodOf('quarter', '2018-02-12');
  const year2018 = periodOf('year', '2018-06-01');

  it('is 0 before the period starts', () => {
    expect(timeProgress(q1, '2017-12-31')).toBe(0);
    expect(timeProgress(q1, '2010-06-01')).toBe(0);
  });

  it('counts the first day as elapsed: 1 / length', () => {
    expect(timeProgress(q1, '2018-01-01')).toBe(1 / 90);
    expect(timeProgress(year2018, '2018-01-01')).toBe(1 / 365);
    expect(timeProgress(periodOf('year', '2024-01-01'), '2024-01-01')).toBe(1 / 366);
  });

  it('is 1 on and after the last day', () => {
    expect(timeProgress(q1, '2018-03-31')).toBe(1);
    expect(timeProgress(q1, '2018-04-01')).toBe(1);
    expect(timeProgress(year2018, '2018-12-31')).toBe(1);
    expect(timeProgress(year2018, '2030-01-01')).toBe(1);
  });

  it('is 43/365 for 2018-02-12 in the year 2018', () => {
    expect(timeProgress(year2018, '2018-02-12')).toBe(43 / 365);
  });

  it('counts days within a short 下旬', () => {
    const feb3 = periodOf('dekad', '2018-02-25');
    expect(timeProgress(feb3, '2018-02-21')).toBe(1 / 8);
    expect(timeProgress(feb3, '2018-02-24')).toBe(4 / 8);
    expect(timeProgress(periodOf('dekad', '2024-02-25'), '2024-02-24')).toBe(4 / 9);
  });

  it('is elapsed days / length inside the period, and grows with the as-of date', () => {
    fc.assert(
      fc.property(kind, date, fc.integer({ min: -400, max: 400 }), (k, d, offset) => {
        const p = periodOf(k, d);
        const asOf = addDays(d, offset);
        const t = timeProgress(p, asOf);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1);
        if (asOf < p.start) expect(t).toBe(0);
        else if (asOf >= p.end) expect(t).toBe(1);
        else expect(t).toBe(length(p.start, asOf) / length(p.start, p.end));
        expect(timeProgress(p, addDays(asOf, 1))).toBeGreaterThanOrEqual(t);
      }),
    );
  });
});
