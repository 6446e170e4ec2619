import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../core/calendar-date.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import { WEEKENDS_ONLY, nonWorkingRuns } from './non-working-days.ts';

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
    const off = { kind: 'holiday', name: '春节' } as const;
    const on = { kind: 'workday', name: '春节调休' } as const;
    const calendar: WorkCalendar = {
      source: 'test',
      days: {
        '2018-02-11': on,
        '2018-02-15': off,
        '2018-02-16': off,
        '2018-02-19': off,
        '2018-02-20': off,
        '2018-02-21': off,
        '2018-02-24': on,
      },
    };
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
