import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../core/calendar-date.ts';
import { WEEKENDS_ONLY, isNonWorkingDay, nonWorkingRuns } from './non-working-days.ts';

const d = toDayNumber;

describe('non-working days', () => {
  it('shades Saturdays and Sundays as one run each weekend', () => {
    // 2018-02-10 was a Saturday.
    expect(nonWorkingRuns('2018-02-05', '2018-02-18', WEEKENDS_ONLY)).toEqual([
      [d('2018-02-10'), d('2018-02-12')],
      [d('2018-02-17'), d('2018-02-19')],
    ]);
  });

  it('joins holidays to the weekend beside them and un-shades make-up working days', () => {
    // Spring Festival 2018: 02-15…02-21 off; Sunday 02-11 and Saturday 02-24 worked (调休).
    const calendar = {
      holidays: new Set(['2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20', '2018-02-21']),
      makeUpWorkdays: new Set(['2018-02-11', '2018-02-24']),
    };
    expect(isNonWorkingDay('2018-02-11', calendar)).toBe(false);
    expect(nonWorkingRuns('2018-02-10', '2018-02-25', calendar)).toEqual([
      [d('2018-02-10'), d('2018-02-11')],
      [d('2018-02-15'), d('2018-02-22')],
      [d('2018-02-25'), d('2018-02-26')],
    ]);
  });

  it('is empty for a working week', () => {
    expect(nonWorkingRuns('2018-02-12', '2018-02-16', WEEKENDS_ONLY)).toEqual([]);
  });
});
