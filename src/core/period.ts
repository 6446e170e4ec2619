// Period kinds (旬 / month / quarter / year) as data, and time progress (时序进度) within them.
import { daysInMonth, makeDate, partsOf, toDayNumber, type CalendarDate } from './calendar-date.ts';
import { dekadEnd, dekadOf, dekadStart } from './dekad.ts';

export type PeriodKind = 'dekad' | 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  /** Sorts in time order within one kind: `2018-02-1`, `2018-02`, `2018-Q1`, `2018`. */
  key: string;
  start: CalendarDate;
  end: CalendarDate;
}

type PeriodRule = (date: CalendarDate) => Period;

export const PERIOD_KINDS: Record<PeriodKind, PeriodRule> = {
  dekad: (date) => {
    const d = dekadOf(date);
    const key = `${d.year}-${String(d.month).padStart(2, '0')}-${d.part}`;
    return { kind: 'dekad', key, start: dekadStart(d), end: dekadEnd(d) };
  },
  month: (date) => {
    const { year, month } = partsOf(date);
    const key = `${year}-${String(month).padStart(2, '0')}`;
    return {
      kind: 'month',
      key,
      start: makeDate(year, month, 1),
      end: makeDate(year, month, daysInMonth(year, month)),
    };
  },
  quarter: (date) => {
    const { year, month } = partsOf(date);
    const q = Math.ceil(month / 3);
    const last = q * 3;
    return {
      kind: 'quarter',
      key: `${year}-Q${q}`,
      start: makeDate(year, last - 2, 1),
      end: makeDate(year, last, daysInMonth(year, last)),
    };
  },
  year: (date) => {
    const { year } = partsOf(date);
    return {
      kind: 'year',
      key: String(year),
      start: makeDate(year, 1, 1),
      end: makeDate(year, 12, 31),
    };
  },
};

export function periodOf(kind: PeriodKind, date: CalendarDate): Period {
  return PERIOD_KINDS[kind](date);
}

/** Share (0…1) of the period's days elapsed on `asOf`, counting `asOf` itself as elapsed. */
export function timeProgress(period: Period, asOf: CalendarDate): number {
  const start = toDayNumber(period.start);
  const end = toDayNumber(period.end);
  const now = toDayNumber(asOf);
  if (now < start) return 0;
  if (now >= end) return 1;
  return (now - start + 1) / (end - start + 1);
}
