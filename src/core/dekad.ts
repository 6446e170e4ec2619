// 旬 (dekads): 上旬 days 1–10, 中旬 11–20, 下旬 21 to the month's end; 36 a year.
import { daysInMonth, makeDate, partsOf, type CalendarDate } from './calendar-date.ts';

export type DekadPart = 1 | 2 | 3;

export interface Dekad {
  year: number;
  month: number;
  part: DekadPart;
}

export function dekadOf(date: CalendarDate): Dekad {
  const { year, month, day } = partsOf(date);
  const part: DekadPart = day <= 10 ? 1 : day <= 20 ? 2 : 3;
  return { year, month, part };
}

export function dekadStart(d: Dekad): CalendarDate {
  return makeDate(d.year, d.month, (d.part - 1) * 10 + 1);
}

export function dekadEnd(d: Dekad): CalendarDate {
  const last = d.part === 3 ? daysInMonth(d.year, d.month) : d.part * 10;
  return makeDate(d.year, d.month, last);
}

/** Index 0…35 within the year, so that keys sort and arithmetic is simple. */
export function dekadIndex(d: Dekad): number {
  return (d.month - 1) * 3 + (d.part - 1);
}

export function dekadFromIndex(year: number, index: number): Dekad {
  const y = year + Math.floor(index / 36);
  const i = ((index % 36) + 36) % 36;
  return { year: y, month: Math.floor(i / 3) + 1, part: ((i % 3) + 1) as DekadPart };
}
