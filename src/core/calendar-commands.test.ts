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
});
