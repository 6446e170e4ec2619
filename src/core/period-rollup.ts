// 以旬保月、以月保季、以季保年: the year's facts bucketed by 旬 in one pass, and every coarser
// granularity summed from those 36 buckets, so the 旬, month, quarter and year figures always agree.
import { makeDate, type CalendarDate } from './calendar-date.ts';
import { dekadEnd, dekadFromIndex, dekadIndex, dekadOf, dekadStart } from './dekad.ts';
import { BATCHES, BATCH_MILESTONE, type FigureKey, type Project } from './types.ts';

export const DEKADS_PER_YEAR = 36;

export type Granularity = 'dekad' | 'month' | 'quarter' | 'year';

/** The granularities as data: how many 旬 each period spans. */
export const GRANULARITIES: Record<Granularity, { dekads: number }> = {
  dekad: { dekads: 1 },
  month: { dekads: 3 },
  quarter: { dekads: 9 },
  year: { dekads: 36 },
};

export const FIGURES: readonly FigureKey[] = ['investment', ...BATCHES];

/** Per figure, the amount that happened in each 旬 of the year (counting facts up to `countTo`). */
export type DekadBuckets = Record<FigureKey, number[]>;

export function dekadBuckets(
  projects: readonly Project[],
  year: number,
  countTo: CalendarDate,
): DekadBuckets {
  const buckets = Object.fromEntries(
    FIGURES.map((f) => [f, new Array<number>(DEKADS_PER_YEAR).fill(0)]),
  ) as DekadBuckets;
  const yearStart = makeDate(year, 1, 1);
  const yearEnd = makeDate(year, 12, 31);
  const to = countTo < yearEnd ? countTo : yearEnd;
  const add = (figure: FigureKey, date: CalendarDate, amount: number): void => {
    if (date < yearStart || date > to) return;
    buckets[figure][dekadIndex(dekadOf(date))]! += amount;
  };
  for (const p of projects) {
    for (const b of BATCHES) {
      const actual = p.milestones[BATCH_MILESTONE[b]].actual;
      if (actual !== null) add(b, actual, 1);
    }
    for (const e of p.investments) add('investment', e.date, e.amount);
  }
  return buckets;
}

export interface PeriodSlot {
  granularity: Granularity;
  /** 0-based within the year. */
  index: number;
  start: CalendarDate;
  end: CalendarDate;
}

export function periodSlots(granularity: Granularity, year: number): PeriodSlot[] {
  const size = GRANULARITIES[granularity].dekads;
  const slots: PeriodSlot[] = [];
  for (let i = 0; i * size < DEKADS_PER_YEAR; i++) {
    slots.push({
      granularity,
      index: i,
      start: dekadStart(dekadFromIndex(year, i * size)),
      end: dekadEnd(dekadFromIndex(year, i * size + size - 1)),
    });
  }
  return slots;
}

export interface PeriodAmount {
  slot: PeriodSlot;
  /** What happened within the period. */
  amount: number;
  /** What happened from the year's start to the period's end. */
  cumulative: number;
}

/** Sums 旬 buckets into periods; the same buckets give every granularity. */
export function rollUp(
  buckets: readonly number[],
  granularity: Granularity,
  year: number,
): PeriodAmount[] {
  const size = GRANULARITIES[granularity].dekads;
  let cumulative = 0;
  return periodSlots(granularity, year).map((slot) => {
    let amount = 0;
    for (let d = slot.index * size; d < (slot.index + 1) * size; d++) amount += buckets[d] ?? 0;
    cumulative += amount;
    return { slot, amount, cumulative };
  });
}
