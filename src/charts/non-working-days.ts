// Weekends and public holidays to shade at fine zoom, as runs of consecutive days. Which days are
// off is the user's working-day calendar (holidays and make-up working weekends, 调休); without
// one only weekends are shaded.
import { fromDayNumber, toDayNumber, type CalendarDate } from '../core/calendar-date.ts';
import { EMPTY_CALENDAR, isWorkingDay, type WorkCalendar } from '../core/working-days.ts';

export const WEEKENDS_ONLY: WorkCalendar = EMPTY_CALENDAR;

/** Runs of non-working days from `from` to `to`, as [first day number, one past the last). */
export function nonWorkingRuns(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkCalendar,
): [number, number][] {
  const runs: [number, number][] = [];
  const last = toDayNumber(to);
  let open: [number, number] | null = null;
  for (let day = toDayNumber(from); day <= last; day += 1) {
    if (!isWorkingDay(fromDayNumber(day), calendar)) {
      if (open) open[1] = day + 1;
      else {
        open = [day, day + 1];
        runs.push(open);
      }
    } else open = null;
  }
  return runs;
}
