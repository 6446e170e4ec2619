import { describe, expect, it } from 'vitest';
import { applyCalendarCommand } from './calendar-commands.ts';
import { EMPTY_CALENDAR, isWorkingDay } from './working-days.ts';

describe('calendar commands', () => {
  it('marks a day off, a make-up working day, and removes a mark', () => {
    const off = applyCalendarCommand(EMPTY_CALENDAR, {
      type: 'setCalendarDay',
      date: '2030-10-01',
      day: { kind: 'holiday', name: ' 国庆节 ' },
    });
    if (!off.ok) throw new Error(off.reason);
    expect(off.calendar.days['2030-10-01']).toEqual({ kind: 'holiday', name: '国庆节' });
    expect(isWorkingDay('2030-10-01', off.calendar)).toBe(false);
    const back = applyCalendarCommand(off.calendar, {
      type: 'setCalendarDay',
      date: '2030-10-01',
      day: null,
    });
    if (!back.ok) throw new Error(back.reason);
    expect(isWorkingDay('2030-10-01', back.calendar)).toBe(true);
    expect(EMPTY_CALENDAR.days).toEqual({});
  });

  it('refuses bad dates and kinds, whole imports included', () => {
    expect(
      applyCalendarCommand(EMPTY_CALENDAR, {
        type: 'setCalendarDay',
        date: '2030-02-30',
        day: null,
      }),
    ).toMatchObject({
      ok: false,
      reason: 'notADate',
    });
    const bad = { source: 'x', days: { '2030-01-01': { kind: 'party' as 'holiday', name: '' } } };
    expect(
      applyCalendarCommand(EMPTY_CALENDAR, { type: 'replaceCalendar', calendar: bad }),
    ).toMatchObject({
      ok: false,
      reason: 'badKind',
    });
  });

  it('replaces the years an import names and keeps the others', () => {
    const before = {
      source: 'chinese-days 1.5.7',
      days: {
        '2029-10-01': { kind: 'holiday' as const, name: '国庆节' },
        '2030-01-01': { kind: 'holiday' as const, name: '元旦' },
        '2030-02-03': { kind: 'workday' as const, name: '春节' },
      },
    };
    const result = applyCalendarCommand(before, {
      type: 'importCalendarYears',
      days: { '2030-05-01': { kind: 'holiday', name: ' 劳动节 ' } },
      source: '2030.csv',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.calendar).toEqual({
      source: '2030.csv',
      days: {
        '2029-10-01': { kind: 'holiday', name: '国庆节' },
        '2030-05-01': { kind: 'holiday', name: '劳动节' },
      },
    });
    expect(before.days['2030-01-01']).toBeDefined();
  });

  it('refuses an import with a bad day and changes nothing', () => {
    const result = applyCalendarCommand(EMPTY_CALENDAR, {
      type: 'importCalendarYears',
      days: { '2030-13-01': { kind: 'holiday', name: '' } },
      source: 'x.csv',
    });
    expect(result).toEqual({ ok: false, reason: 'notADate', value: '2030-13-01' });
  });
});
