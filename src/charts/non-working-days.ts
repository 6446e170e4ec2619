// Weekends and public holidays to shade at fine zoom, as runs of consecutive days. Holidays and
// the make-up working weekends (调休) are parameters: the working-day calendar that the user edits
// lives elsewhere; until it is passed in, both sets are empty and only weekends are shaded.
import { fromDayNumber, toDayNumber, weekday, type CalendarDate } from '../core/calendar-date.ts';

export interface WorkingCalendar {
  holidays: ReadonlySet<CalendarDate>;
  /** Weekend days worked instead of a holiday (调休上班). */
  makeUpWorkdays: ReadonlySet<CalendarDate>;
}

export const WEEKENDS_ONLY: WorkingCalendar = { holidays: new Set(), makeUpWorkdays: new Set() };

export function isNonWorkingDay(date: CalendarDate, calendar: WorkingCalendar): boolean {
  if (calendar.holidays.has(date)) return true;
  if (calendar.makeUpWorkdays.has(date)) return false;
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Runs of non-working days from `from` to `to`, as [first day number, one past the last). */
export function nonWorkingRuns(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkingCalendar,
): [number, number][] {
  const runs: [number, number][] = [];
  const last = toDayNumber(to);
  let open: [number, number] | null = null;
  for (let day = toDayNumber(from); day <= last; day += 1) {
    if (isNonWorkingDay(fromDayNumber(day), calendar)) {
      if (open) open[1] = day + 1;
      else {
        open = [day, day + 1];
        runs.push(open);
      }
    } else open = null;
  }
  return runs;
}
