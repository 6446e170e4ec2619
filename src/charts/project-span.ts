// Which stretch of time a project's bar covers. The planned bar is the construction period as
// planned: 开工 (started) to 竣工 (completed). A project without those plan dates falls back to its
// earliest and latest planned milestone, so a project still in preparation shows its preparation.
// The actual bar measures the same thing: from the actual date of the milestone that starts the
// planned bar to the actual date of the one that ends it, or to the as-of date while it runs.
import type { CalendarDate } from '../core/calendar-date.ts';
import { MILESTONES, type MilestoneKey, type Project } from '../core/types.ts';

export interface SpanEnd {
  date: CalendarDate;
  /** The milestone whose planned date this end is: dragging the end edits it. */
  milestone: MilestoneKey;
}

export interface PlannedSpan {
  start: SpanEnd;
  end: SpanEnd;
}

export interface ActualSpan {
  start: CalendarDate;
  end: CalendarDate;
  /** Still running: the bar ends at the as-of date, not at an actual completion. */
  running: boolean;
}

const SPAN_START: MilestoneKey = 'started';
const SPAN_END: MilestoneKey = 'completed';

export function plannedSpan(p: Project): PlannedSpan | null {
  // One pass over the milestones, as a stable sort by date would order them: the earliest is the
  // first of the earliest dates, the latest the last of the latest. Called for every project when
  // a map opens, so it sorts nothing and builds few ends.
  let earliest: SpanEnd | null = null;
  let latest: SpanEnd | null = null;
  for (const milestone of MILESTONES) {
    const date = p.milestones[milestone].plan;
    if (date === null) continue;
    if (earliest === null || date < earliest.date) earliest = { date, milestone };
    if (latest === null || date >= latest.date) latest = { date, milestone };
  }
  if (earliest === null || latest === null) return null;
  const startPlan = p.milestones[SPAN_START].plan;
  const endPlan = p.milestones[SPAN_END].plan;
  const start = startPlan === null ? earliest : { date: startPlan, milestone: SPAN_START };
  const end = endPlan === null ? latest : { date: endPlan, milestone: SPAN_END };
  // Data typed the wrong way round still draws as a bar, from the earlier date to the later.
  return start.date <= end.date ? { start, end } : { start: end, end: start };
}

/** An actual date counts only on or before the as-of date: looking back hides later facts. */
export function actualOn(
  p: Project,
  milestone: MilestoneKey,
  asOf: CalendarDate,
): CalendarDate | null {
  const actual = p.milestones[milestone].actual;
  return actual !== null && actual <= asOf ? actual : null;
}

export function actualSpan(
  p: Project,
  planned: PlannedSpan | null,
  asOf: CalendarDate,
): ActualSpan | null {
  const startMilestone = planned?.start.milestone ?? SPAN_START;
  const endMilestone = planned?.end.milestone ?? SPAN_END;
  const start = actualOn(p, startMilestone, asOf);
  if (start === null) return null;
  const end = actualOn(p, endMilestone, asOf);
  if (end !== null && end >= start) return { start, end, running: false };
  return { start, end: asOf, running: true };
}
