// Edits to the working-day calendar: one day at a time, or a whole imported list.
import { isCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { CalendarDay, WorkCalendar } from './working-days.ts';

export type CalendarCommand =
  | { type: 'setCalendarDay'; date: CalendarDate; day: CalendarDay | null }
  | { type: 'replaceCalendar'; calendar: WorkCalendar };

export type CalendarResult =
  | { ok: true; calendar: WorkCalendar }
  | { ok: false; reason: 'notADate' | 'badKind'; value: string };

export function applyCalendarCommand(calendar: WorkCalendar, cmd: CalendarCommand): CalendarResult {
  switch (cmd.type) {
    case 'setCalendarDay': {
      if (!isCalendarDate(cmd.date))
        return { ok: false, reason: 'notADate', value: String(cmd.date) };
      const days = { ...calendar.days };
      if (cmd.day === null) delete days[cmd.date];
      else if (cmd.day.kind !== 'holiday' && cmd.day.kind !== 'workday') {
        return { ok: false, reason: 'badKind', value: String(cmd.day.kind) };
      } else days[cmd.date] = { kind: cmd.day.kind, name: cmd.day.name.trim() };
      return { ok: true, calendar: { ...calendar, days } };
    }
    case 'replaceCalendar':
      for (const [date, day] of Object.entries(cmd.calendar.days)) {
        if (!isCalendarDate(date)) return { ok: false, reason: 'notADate', value: date };
        if (day.kind !== 'holiday' && day.kind !== 'workday')
          return { ok: false, reason: 'badKind', value: String(day.kind) };
      }
      return { ok: true, calendar: cmd.calendar };
  }
}
