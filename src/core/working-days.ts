// Working days on China's official calendar: Monday–Friday, minus public holidays, plus the make-up
// working weekends (调休). The holiday list is data the user can edit and import, never code.
import { addDays, weekday, type CalendarDate } from './calendar-date.ts';

export type DayKind = 'holiday' | 'workday';

export interface CalendarDay {
  kind: DayKind;
  /** e.g. 春节, 国庆节 */
  name: string;
}

/** Dates that differ from the Monday–Friday rule. */
export interface WorkCalendar {
  days: Readonly<Record<CalendarDate, CalendarDay>>;
  /** Where the list came from, shown to the user (e.g. the package and version it was seeded from). */
  source: string;
}

export const EMPTY_CALENDAR: WorkCalendar = { days: {}, source: '' };

export function isWorkingDay(date: CalendarDate, calendar: WorkCalendar): boolean {
  const special = calendar.days[date];
  if (special) return special.kind === 'workday';
  const d = weekday(date);
  return d !== 0 && d !== 6;
}

/** Longest run of days off that can occur (the Spring Festival with weekends is 9 at most). */
const MAX_DAYS_OFF_IN_A_ROW = 60;

/**
 * The `n`th working day after `date` (the start day itself is not counted): a problem raised on a
 * Friday with 2 working days is due on Tuesday.
 */
export function addWorkingDays(
  date: CalendarDate,
  n: number,
  calendar: WorkCalendar,
): CalendarDate {
  let day = date;
  let left = n;
  let idle = 0;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) {
      left -= 1;
      idle = 0;
    } else if (++idle > MAX_DAYS_OFF_IN_A_ROW) {
      throw new Error(`no working day for ${MAX_DAYS_OFF_IN_A_ROW} days after ${day}`);
    }
  }
  return day;
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkCalendar,
): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/**
 * Reads the `chinese-days` package's data (`{ holidays, workdays }`, each date → "English,中文,n").
 * Kept as a plain function over plain data so the core stays free of the package.
 */
export function calendarFromChineseDays(
  data: { holidays: Record<string, string>; workdays: Record<string, string> },
  source: string,
): WorkCalendar {
  const days: Record<CalendarDate, CalendarDay> = {};
  const nameOf = (text: string): string => text.split(',')[1] ?? text;
  for (const [date, text] of Object.entries(data.holidays))
    days[date] = { kind: 'holiday', name: nameOf(text) };
  for (const [date, text] of Object.entries(data.workdays))
    days[date] = { kind: 'workday', name: nameOf(text) };
  return { days, source };
}
