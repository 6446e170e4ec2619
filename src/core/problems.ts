// The clock on each problem (问题): its due date on the working-day calendar, where it stands at the
// as-of date, and the counts planners report per unit and per linked leader (挂钩领导).
import { toDayNumber, type CalendarDate } from './calendar-date.ts';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from './working-days.ts';
import { projectStatus, type Status } from './status.ts';
import type { CampaignDoc, Problem, ProblemScope, Project } from './types.ts';
import { compareChinese } from './chinese-order.ts';

/**
 * "本级权限问题严格在5个工作日内协调落实、外部权限问题2个工作日内对接协调": the days each scope
 * gets, counted from the day after the problem was raised.
 */
export const DUE_WORKING_DAYS: Readonly<Record<ProblemScope, number>> = { own: 5, external: 2 };

/** The due date the rule gives, ignoring any override. */
export function ruleDueDate(p: Problem, calendar: WorkCalendar): CalendarDate {
  return addWorkingDays(p.raisedOn, DUE_WORKING_DAYS[p.scope], calendar);
}

/** The due date in force: the user's override, or the rule's. */
export function dueDate(p: Problem, calendar: WorkCalendar): CalendarDate {
  return p.dueOverride?.date ?? ruleDueDate(p, calendar);
}

/**
 * Where a problem stands on the as-of date. Looking back to an earlier as-of date shows it as it
 * was then: not raised yet, or still open although it has since been closed.
 */
export type ProblemClock =
  | { state: 'notRaised'; due: CalendarDate }
  | { state: 'resolved'; due: CalendarDate; resolvedOn: CalendarDate; late: boolean }
  /** `workingDaysLeft` counts the working days after the as-of date up to the due date. */
  | { state: 'open'; due: CalendarDate; workingDaysLeft: number }
  | { state: 'dueToday'; due: CalendarDate }
  /** Calendar days since the due date: a deadline missed on Friday is 3 days late on Monday. */
  | { state: 'overdue'; due: CalendarDate; daysOverdue: number };

export type ClockState = ProblemClock['state'];

export function problemClock(p: Problem, asOf: CalendarDate, calendar: WorkCalendar): ProblemClock {
  const due = dueDate(p, calendar);
  if (p.raisedOn > asOf) return { state: 'notRaised', due };
  if (p.status === 'resolved' && p.resolvedOn !== null && p.resolvedOn <= asOf) {
    return { state: 'resolved', due, resolvedOn: p.resolvedOn, late: p.resolvedOn > due };
  }
  if (asOf > due) {
    return { state: 'overdue', due, daysOverdue: toDayNumber(asOf) - toDayNumber(due) };
  }
  if (asOf === due) return { state: 'dueToday', due };
  return { state: 'open', due, workingDaysLeft: workingDaysBetween(asOf, due, calendar) };
}

/** Open on the as-of date: raised by then and not closed by then. */
export function isOpenAt(p: Problem, asOf: CalendarDate): boolean {
  if (p.raisedOn > asOf) return false;
  return !(p.status === 'resolved' && p.resolvedOn !== null && p.resolvedOn <= asOf);
}

/** Open on the as-of date and past its due date. */
export function isOverdue(p: Problem, asOf: CalendarDate, calendar: WorkCalendar): boolean {
  return isOpenAt(p, asOf) && asOf > dueDate(p, calendar);
}

/** Overdue problems per project id, for the status lights (an overdue problem makes a project red). */
export function overdueByProject(
  problems: readonly Problem[],
  asOf: CalendarDate,
  calendar: WorkCalendar,
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) {
    if (isOverdue(p, asOf, calendar)) counts.set(p.projectId, (counts.get(p.projectId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Each project's status light with its overdue problems counted in: what every view that shows
 * lights should use, so an overdue problem turns its project red everywhere.
 */
export function projectStatuses(
  doc: CampaignDoc,
  asOf: CalendarDate,
  calendar: WorkCalendar,
): Map<string, Status> {
  const overdue = overdueByProject(doc.problems, asOf, calendar);
  const input = { asOf, year: doc.campaign.year, rules: doc.campaign.statusRules };
  return new Map(
    doc.projects.map((p) => [
      p.id,
      projectStatus(p, { ...input, overdueProblems: overdue.get(p.id) ?? 0 }),
    ]),
  );
}

export interface OpenCount {
  name: string;
  open: number;
  overdue: number;
}

export interface ProblemCounts {
  open: number;
  overdue: number;
  /** By the problem's owner unit (责任单位). */
  byUnit: readonly OpenCount[];
  /** By the linked leader (挂钩领导) of the problem's project. */
  byLeader: readonly OpenCount[];
}

/** Most overdue first, then most open, then by name: the order a meeting goes through them. */
function ranked(counts: Map<string, OpenCount>): OpenCount[] {
  return [...counts.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || compareChinese(a.name, b.name),
  );
}

export function problemCounts(
  doc: CampaignDoc,
  asOf: CalendarDate,
  calendar: WorkCalendar,
): ProblemCounts {
  const projects = new Map(doc.projects.map((p) => [p.id, p]));
  const byUnit = new Map<string, OpenCount>();
  const byLeader = new Map<string, OpenCount>();
  const add = (into: Map<string, OpenCount>, name: string, overdue: boolean): void => {
    const count = into.get(name) ?? { name, open: 0, overdue: 0 };
    into.set(name, { name, open: count.open + 1, overdue: count.overdue + (overdue ? 1 : 0) });
  };
  let open = 0;
  let overdue = 0;
  for (const p of doc.problems) {
    if (!isOpenAt(p, asOf)) continue;
    const late = isOverdue(p, asOf, calendar);
    open += 1;
    if (late) overdue += 1;
    add(byUnit, p.ownerUnit, late);
    add(byLeader, projects.get(p.projectId)?.leader ?? '', late);
  }
  return { open, overdue, byUnit: ranked(byUnit), byLeader: ranked(byLeader) };
}

export interface ProblemFilter {
  /** 'open' and 'resolved' are read at the as-of date, like the clock. */
  status: 'all' | 'open' | 'resolved';
  /** An owner unit, or null for all. */
  unit: string | null;
  /** A linked leader of the problem's project, or null for all. */
  leader: string | null;
  overdueOnly: boolean;
}

export const NO_FILTER: ProblemFilter = {
  status: 'all',
  unit: null,
  leader: null,
  overdueOnly: false,
};

export function filterProblems(
  problems: readonly Problem[],
  projects: ReadonlyMap<string, Project>,
  filter: ProblemFilter,
  asOf: CalendarDate,
  calendar: WorkCalendar,
): Problem[] {
  return problems.filter((p) => {
    if (filter.unit !== null && p.ownerUnit !== filter.unit) return false;
    if (filter.leader !== null && (projects.get(p.projectId)?.leader ?? '') !== filter.leader)
      return false;
    if (filter.status === 'open' && !isOpenAt(p, asOf)) return false;
    if (filter.status === 'resolved' && problemClock(p, asOf, calendar).state !== 'resolved')
      return false;
    return !filter.overdueOnly || isOverdue(p, asOf, calendar);
  });
}

/**
 * The order a coordination meeting goes through problems: open ones by due date (the most overdue
 * first), then those not raised yet at the as-of date, then closed ones, the latest closed first.
 */
export function reviewOrder(
  problems: readonly Problem[],
  asOf: CalendarDate,
  calendar: WorkCalendar,
): Problem[] {
  const rank = (c: ProblemClock): number =>
    c.state === 'notRaised' ? 1 : c.state === 'resolved' ? 2 : 0;
  const keyed = problems.map((p) => {
    const clock = problemClock(p, asOf, calendar);
    // Closed ones: the newest closing day first, so its day number counts down.
    const key =
      clock.state === 'resolved' ? -toDayNumber(clock.resolvedOn) : toDayNumber(clock.due);
    return { p, rank: rank(clock), key };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.key - b.key);
  return keyed.map((k) => k.p);
}
