// Investment done is kept as dated entries (万元), so it can be summed by 旬, month and quarter.
// Recording sets the amount reported on a date; there is at most one entry per date.
import { isCalendarDate, makeDate, partsOf, type CalendarDate } from './calendar-date.ts';
import type { InvestmentEntry, Project } from './types.ts';

const byDate = (a: InvestmentEntry, b: InvestmentEntry): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** The project with `amount` reported on `date`, replacing an entry already on that date. */
export function withInvestment(p: Project, date: CalendarDate, amount: number): Project {
  const same = p.investments.find((e) => e.date === date);
  if (same?.amount === amount) return p;
  const rest = p.investments.filter((e) => e.date !== date);
  return { ...p, investments: [...rest, { date, amount }].sort(byDate) };
}

export function withoutInvestment(p: Project, date: CalendarDate): Project {
  if (!p.investments.some((e) => e.date === date)) return p;
  return { ...p, investments: p.investments.filter((e) => e.date !== date) };
}

/** Investment done in each month of `year` (index 0 is January), in 万元. */
export function monthlyInvestment(p: Project, year: number): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const e of p.investments) {
    if (!isCalendarDate(e.date)) continue;
    const { year: y, month } = partsOf(e.date);
    if (y === year) months[month - 1] = (months[month - 1] ?? 0) + e.amount;
  }
  return months.map((x) => Math.round(x * 10000) / 10000);
}

export const monthStart = (year: number, month: number): CalendarDate => makeDate(year, month, 1);
