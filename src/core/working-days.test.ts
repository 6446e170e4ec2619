import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import data from 'chinese-days/dist/chinese-days.json';
import { addDays } from './calendar-date.ts';
import {
  EMPTY_CALENDAR,
  addWorkingDays,
  calendarFromChineseDays,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

// The real calendar, as the app seeds it.
const cn = calendarFromChineseDays(data, 'chinese-days');

describe('the official calendar', () => {
  it('knows 2018’s Spring Festival and its make-up Sundays and Saturdays', () => {
    expect(cn.days['2018-02-16']).toEqual({ kind: 'holiday', name: '春节' });
    expect(isWorkingDay('2018-02-15', cn)).toBe(false); // Thursday, holiday
    expect(isWorkingDay('2018-02-11', cn)).toBe(true); // Sunday, make-up working day
    expect(isWorkingDay('2018-02-24', cn)).toBe(true); // Saturday, make-up working day
    expect(isWorkingDay('2018-02-25', cn)).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2018-02-12', cn)).toBe(true); // an ordinary Monday
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend: raised on a Friday, 2 working days → Tuesday; 5 → next Friday', () => {
    expect(addWorkingDays('2018-03-02', 2, EMPTY_CALENDAR)).toBe('2018-03-06');
    expect(addWorkingDays('2018-03-02', 5, EMPTY_CALENDAR)).toBe('2018-03-09');
  });

  it('counts the make-up Sunday before the Spring Festival and skips the holiday', () => {
    // Friday 2018-02-09 + 1 → Sunday 02-11 (调休 working day); +2 → Monday 02-12.
    expect(addWorkingDays('2018-02-09', 1, cn)).toBe('2018-02-11');
    // Raised Wednesday 02-14: Thu 15 … Wed 21 are off; Thu 22, Fri 23, Sat 24 (调休), Mon 26, Tue 27.
    expect(addWorkingDays('2018-02-14', 5, cn)).toBe('2018-02-27');
    expect(addWorkingDays('2018-02-14', 2, cn)).toBe('2018-02-23');
  });

  it('raised during the holiday, counts from its end', () => {
    expect(addWorkingDays('2018-02-17', 2, cn)).toBe('2018-02-23');
  });

  it('raised on a make-up working Saturday counts the following days only', () => {
    expect(addWorkingDays('2018-02-24', 2, cn)).toBe('2018-02-27');
  });

  it('always lands on a working day, later than the start, with n working days in between', () => {
    const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2005-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 15 }), (start, n) => {
        const due = addWorkingDays(start, n, cn);
        expect(isWorkingDay(due, cn)).toBe(true);
        expect(due > start).toBe(true);
        expect(workingDaysBetween(start, due, cn)).toBe(n);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('is zero for the same day and antisymmetric', () => {
    expect(workingDaysBetween('2018-02-12', '2018-02-12', cn)).toBe(0);
    expect(workingDaysBetween('2018-02-12', '2018-02-26', cn)).toBe(6);
    expect(workingDaysBetween('2018-02-26', '2018-02-12', cn)).toBe(-6);
  });
});
