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

function plannedEnds(p: Project): SpanEnd[] {
  const ends: SpanEnd[] = [];
  for (const milestone of MILESTONES) {
    const date = p.milestones[milestone].plan;
    if (date !== null) ends.push({ date, milestone });
  }
  return ends;
}

export function plannedSpan(p: Project): PlannedSpan | null {
  const ends = plannedEnds(p);
  if (ends.length === 0) return null;
  const byDate = ends.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const earliest = byDate[0] as SpanEnd;
  const latest = byDate[byDate.length - 1] as SpanEnd;
  const start = ends.find((e) => e.milestone === SPAN_START) ?? earliest;
  const end = ends.find((e) => e.milestone === SPAN_END) ?? latest;
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
