// The battle map's zoom levels (旬 / 月 / 季 / 年) as data, after Frappe Gantt's table of view
// modes: one row says which periods tick the time axis, which head it, how many days the first view
// spans and whether non-working days are shaded. Adding a level is adding a row.
import { addDays, toDayNumber, type CalendarDate } from '../core/calendar-date.ts';
import { periodOf, type Period, type PeriodKind } from '../core/period.ts';
import { periodLabel, type ChartWords } from './chart-words.ts';

export const VIEW_MODE_KEYS = ['dekad', 'month', 'quarter', 'year'] as const;
export type ViewModeKey = (typeof VIEW_MODE_KEYS)[number];

export interface ViewMode {
  key: ViewModeKey;
  /** The periods between the axis ticks. */
  tick: PeriodKind;
  /** The coarser periods named above the ticks; null for none. */
  header: PeriodKind | null;
  /** Days shown when the level is chosen; null shows the whole chart. */
  windowDays: number | null;
  /** How much of the window lies before the as-of date when the level is chosen. */
  leadShare: number;
  shadeNonWorkingDays: boolean;
}

export const VIEW_MODES: Record<ViewModeKey, ViewMode> = {
  dekad: {
    key: 'dekad',
    tick: 'dekad',
    header: 'month',
    windowDays: 150,
    leadShare: 0.4,
    shadeNonWorkingDays: true,
  },
  month: {
    key: 'month',
    tick: 'month',
    header: 'year',
    windowDays: 550,
    leadShare: 0.35,
    shadeNonWorkingDays: false,
  },
  quarter: {
    key: 'quarter',
    tick: 'quarter',
    header: 'year',
    windowDays: 1460,
    leadShare: 0.4,
    shadeNonWorkingDays: false,
  },
  year: {
    key: 'year',
    tick: 'year',
    header: null,
    windowDays: null,
    leadShare: 0.5,
    shadeNonWorkingDays: false,
  },
};

/** The periods of `kind` that overlap `from`…`to`, in order. */
export function periodsBetween(kind: PeriodKind, from: CalendarDate, to: CalendarDate): Period[] {
  const periods: Period[] = [];
  let period = periodOf(kind, from);
  while (period.start <= to) {
    periods.push(period);
    period = periodOf(kind, addDays(period.end, 1));
  }
  return periods;
}

export interface AxisScale {
  /** Day numbers where one period ends and the next begins. */
  ticks: number[];
  /** Each period as [first day number, one past its last) with its label. */
  periods: { from: number; to: number; label: string }[];
}

/**
 * Ticks and labels for `kind` from `from` to `to`. A day occupies [day, day + 1) on the axis, so a
 * period's bar runs from its first day number to one past its last.
 */
export function axisScale(
  kind: PeriodKind,
  from: CalendarDate,
  to: CalendarDate,
  words: ChartWords,
  header: boolean,
): AxisScale {
  const periods = periodsBetween(kind, from, to).map((period) => ({
    from: toDayNumber(period.start),
    to: toDayNumber(period.end) + 1,
    label: periodLabel(period, words, header),
  }));
  const last = periods[periods.length - 1];
  return { ticks: [...periods.map((p) => p.from), ...(last ? [last.to] : [])], periods };
}

/**
 * Labels centred in the part of each period that is in view, by the day number of that centre: a
 * month cut by the window's edge is still named where it can be seen.
 */
export function labelsInView(
  scale: AxisScale,
  view: { from: number; to: number },
): Map<number, string> {
  const labels = new Map<number, string>();
  for (const p of scale.periods) {
    const from = Math.max(p.from, view.from);
    const to = Math.min(p.to, view.to);
    if (to > from) labels.set((from + to) / 2, p.label);
  }
  return labels;
}
