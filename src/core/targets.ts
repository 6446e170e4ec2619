// Targets and their breakdown over the year's periods (以旬保月、以月保季、以季保年): the annual
// target of a scope, the planned cumulative figure at each period end, and the actuals beside it.
import { makeDate, toDayNumber, type CalendarDate } from './calendar-date.ts';
import { dekadBuckets, rollUp, type Granularity, type PeriodSlot } from './period-rollup.ts';
import { periodOf, timeProgress } from './period.ts';
import { round1 } from './rollups.ts';
import type { StatusRules } from './status-rules.ts';
import type { Light } from './status.ts';
import type { CampaignDoc, FigureKey, Project, ScopeKind } from './types.ts';

export type Scope = { kind: 'campaign' } | { kind: ScopeKind; name: string };

export const WHOLE_CAMPAIGN: Scope = { kind: 'campaign' };

export function scopedProjects(doc: CampaignDoc, scope: Scope): readonly Project[] {
  if (scope.kind === 'campaign') return doc.projects;
  return doc.projects.filter((p) => (scope.kind === 'town' ? p.town : p.unit) === scope.name);
}

/** Investment: the scope's annual plans summed. Batches: the target the user set, if any. */
export function annualTarget(doc: CampaignDoc, scope: Scope, figure: FigureKey): number | null {
  if (figure === 'investment') {
    const sum = scopedProjects(doc, scope).reduce((s, p) => s + (p.annualPlan ?? 0), 0);
    return sum > 0 ? sum : null;
  }
  if (scope.kind === 'campaign') return doc.campaign.targets[figure];
  return doc.campaign.scopeTargets[scope.kind][scope.name]?.[figure] ?? null;
}

/**
 * The planned cumulative figure at `date`: the user's value for that period end if set, otherwise
 * a straight line between the neighbouring set values (0 before the year, the annual target at its
 * end). Counts are rounded to whole projects, amounts to whole 万元.
 */
export function planAt(
  figure: FigureKey,
  annual: number | null,
  set: Readonly<Record<CalendarDate, number>> | undefined,
  year: number,
  date: CalendarDate,
): number | null {
  const exact = set?.[date];
  if (exact !== undefined) return exact;
  const anchors: [number, number][] = [[toDayNumber(makeDate(year, 1, 1)) - 1, 0]];
  for (const [d, v] of Object.entries(set ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
    anchors.push([toDayNumber(d), v]);
  if (annual === null && anchors.length === 1) return null;
  const yearEnd = toDayNumber(makeDate(year, 12, 31));
  if (annual !== null && !(anchors.at(-1)![0] >= yearEnd)) anchors.push([yearEnd, annual]);
  const day = toDayNumber(date);
  let before = anchors[0]!;
  for (const anchor of anchors) {
    if (anchor[0] >= day) {
      const [d0, v0] = before;
      const [d1, v1] = anchor;
      const value = d1 === d0 ? v1 : v0 + ((v1 - v0) * (day - d0)) / (d1 - d0);
      return Math.round(value);
    }
    before = anchor;
  }
  // Past the last anchor (no annual target): hold the last planned value.
  return before[1];
}

export interface TargetRow {
  slot: PeriodSlot;
  plan: number | null;
  /** The user set this period's plan (otherwise it is interpolated). */
  planIsSet: boolean;
  /** Cumulative actual at the period end, or at the as-of date for the current period; null ahead. */
  actual: number | null;
  /** What happened within the period (to the as-of date). */
  amount: number | null;
  gap: number | null;
  /** Actual against the period's plan, in percent. */
  planPercent: number | null;
  /** Actual against the annual target, in percent. */
  annualPercent: number | null;
  /** Share of the year elapsed at the period end (or the as-of date, within it), in percent. */
  timeProgress: number;
}

export interface TargetTable {
  figure: FigureKey;
  annual: number | null;
  rows: TargetRow[];
  light: Light;
}

const percentOf = (x: number | null, of: number | null): number | null =>
  x === null || of === null || of <= 0 ? null : round1((x / of) * 100);

export function targetTable(
  doc: CampaignDoc,
  scope: Scope,
  figure: FigureKey,
  granularity: Granularity,
  asOf: CalendarDate,
): TargetTable {
  const { year } = doc.campaign;
  const annual = annualTarget(doc, scope, figure);
  const set = scope.kind === 'campaign' ? doc.campaign.cumulativePlans[figure] : undefined;
  const buckets = dekadBuckets(scopedProjects(doc, scope), year, asOf)[figure];
  const yearPeriod = periodOf('year', makeDate(year, 1, 1));
  const rows = rollUp(buckets, granularity, year).map(({ slot, amount, cumulative }): TargetRow => {
    const started = slot.start <= asOf;
    const plan = planAt(figure, annual, set, year, slot.end);
    const actual = started ? cumulative : null;
    return {
      slot,
      plan,
      planIsSet: set?.[slot.end] !== undefined,
      actual,
      amount: started ? amount : null,
      gap: actual === null || plan === null ? null : actual - plan,
      planPercent: percentOf(actual, plan),
      annualPercent: percentOf(actual, annual),
      // Within the current period: progress to the as-of date; elsewhere: to the period's end.
      timeProgress: round1(
        timeProgress(yearPeriod, started && asOf < slot.end ? asOf : slot.end) * 100,
      ),
    };
  });
  return { figure, annual, rows, light: targetLight(rows, asOf, doc.campaign.statusRules) };
}

/**
 * A target's light: red when a plan the user set for a closed period was missed (以旬保月: each
 * checkpoint must be kept);
 * yellow when the year's completion trails time progress by more than the margin; green otherwise.
 */
export function targetLight(
  rows: readonly TargetRow[],
  asOf: CalendarDate,
  rules: StatusRules,
): Light {
  const closed = rows.filter((r) => r.planIsSet && r.slot.end < asOf && r.actual !== null);
  const last = closed.at(-1);
  if (last && (last.actual ?? 0) < (last.plan ?? 0)) return 'red';
  const current = rows.find((r) => r.slot.start <= asOf && asOf <= r.slot.end) ?? rows.at(-1);
  if (
    current?.annualPercent != null &&
    current.annualPercent < current.timeProgress - rules.behindMarginPoints
  ) {
    return 'yellow';
  }
  return 'green';
}
