// Edits to the working-day calendar: one day at a time, or a whole imported list.
import { isCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { CalendarDay, WorkCalendar } from './working-days.ts';

export type CalendarCommand =
  | { type: 'setCalendarDay'; date: CalendarDate; day: CalendarDay | null }
  | { type: 'replaceCalendar'; calendar: WorkCalendar }
  /**
   * An imported list: each year it names is replaced by its days (a file of 2026's notice
   * replaces 2026 and leaves 2025 alone); `source` says where the calendar now comes from.
   */
  | {
      type: 'importCalendarYears';
      days: Readonly<Record<CalendarDate, CalendarDay>>;
      source: string;
    };

export type CalendarResult =
  | { ok: true; calendar: WorkCalendar }
  | { ok: false; reason: 'notADate' | 'badKind'; value: string };

function invalidDay(days: Readonly<Record<string, CalendarDay>>): CalendarResult | null {
  for (const [date, day] of Object.entries(days)) {
    if (!isCalendarDate(date)) return { ok: false, reason: 'notADate', value: date };
    if (day.kind !== 'holiday' && day.kind !== 'workday')
      return { ok: false, reason: 'badKind', value: String(day.kind) };
  }
  return null;
}

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
      return invalidDay(cmd.calendar.days) ?? { ok: true, calendar: cmd.calendar };
    case 'importCalendarYears': {
      const invalid = invalidDay(cmd.days);
      if (invalid) return invalid;
      const years = new Set(Object.keys(cmd.days).map((d) => d.slice(0, 4)));
      const kept = Object.entries(calendar.days).filter(([d]) => !years.has(d.slice(0, 4)));
      const imported = Object.entries(cmd.days).map(([d, day]): [CalendarDate, CalendarDay] => [
        d,
        { kind: day.kind, name: day.name.trim() },
      ]);
      return {
        ok: true,
        calendar: { days: Object.fromEntries([...kept, ...imported]), source: cmd.source },
      };
    }
  }
}
