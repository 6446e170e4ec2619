// Status lights (红黄绿) for projects and workstreams, with the reasons behind each colour.
// The thresholds are campaign settings; the rules are here, in one place.
import { addDays, makeDate, type CalendarDate } from './calendar-date.ts';
import { periodOf, timeProgress } from './period.ts';
import { investmentDone } from './project.ts';
import type { StatusRules } from './status-rules.ts';
import { MILESTONES, type MilestoneKey, type Project, type Workstream } from './types.ts';

export type Light = 'green' | 'yellow' | 'red';

export type StatusReason =
  | { kind: 'milestoneOverdue'; milestone: MilestoneKey; plan: CalendarDate }
  | { kind: 'milestoneDueSoon'; milestone: MilestoneKey; plan: CalendarDate }
  | { kind: 'investmentBehind'; donePercent: number; timePercent: number }
  | { kind: 'problemOverdue'; count: number };

export interface Status {
  light: Light;
  reasons: StatusReason[];
}

const RED_REASONS = new Set<StatusReason['kind']>(['milestoneOverdue', 'problemOverdue']);

function lightOf(reasons: readonly StatusReason[]): Light {
  if (reasons.some((r) => RED_REASONS.has(r.kind))) return 'red';
  return reasons.length > 0 ? 'yellow' : 'green';
}

export interface ProjectStatusInput {
  asOf: CalendarDate;
  year: number;
  rules: StatusRules;
  /** Open problems of this project past their due date (counted by the problems module). */
  overdueProblems?: number;
}

// Views light thousands of projects on the same as-of date: the dates they are judged against are
// worked out once for that date, not once per project.
let lastSoon = { asOf: '', days: NaN, until: '' };
let lastYear = { asOf: '', year: NaN, start: '', timePercent: 0 };

/** The last day that counts as "due soon" on `asOf`. */
function dueSoonUntil(asOf: CalendarDate, days: number): CalendarDate {
  if (lastSoon.asOf !== asOf || lastSoon.days !== days) {
    lastSoon = { asOf, days, until: addDays(asOf, days) };
  }
  return lastSoon.until;
}

/** The campaign year's first day, and the share of the year elapsed on `asOf`, in percent. */
function yearSoFar(year: number, asOf: CalendarDate): { start: CalendarDate; timePercent: number } {
  if (lastYear.asOf !== asOf || lastYear.year !== year) {
    const start = makeDate(year, 1, 1);
    lastYear = {
      asOf,
      year,
      start,
      timePercent: timeProgress(periodOf('year', start), asOf) * 100,
    };
  }
  return lastYear;
}

/**
 * Red: a planned milestone date passed without its actual date, or an overdue problem.
 * Yellow: a milestone falls due within `dueSoonDays`, or investment done trails time progress.
 */
export function projectStatus(p: Project, input: ProjectStatusInput): Status {
  const { asOf, rules } = input;
  const soon = dueSoonUntil(asOf, rules.dueSoonDays);
  const reasons: StatusReason[] = [];
  for (const m of MILESTONES) {
    const { plan, actual } = p.milestones[m];
    if (plan === null || actual !== null) continue;
    if (plan < asOf) reasons.push({ kind: 'milestoneOverdue', milestone: m, plan });
    else if (plan <= soon) reasons.push({ kind: 'milestoneDueSoon', milestone: m, plan });
  }
  const plan = p.annualPlan ?? 0;
  if (plan > 0 && p.stage === 'construction') {
    const { start, timePercent } = yearSoFar(input.year, asOf);
    const donePercent = (investmentDone(p, start, asOf) / plan) * 100;
    if (donePercent < timePercent - rules.behindMarginPoints) {
      reasons.push({ kind: 'investmentBehind', donePercent, timePercent });
    }
  }
  if ((input.overdueProblems ?? 0) > 0)
    reasons.push({ kind: 'problemOverdue', count: input.overdueProblems ?? 0 });
  return { light: lightOf(reasons), reasons };
}

/** A workstream's light: red past its planned end unfinished; yellow when due soon or behind its plan. */
export function workstreamLight(w: Workstream, asOf: CalendarDate, rules: StatusRules): Light {
  if (w.actualEnd !== null) return 'green';
  if (w.planEnd !== null && w.planEnd < asOf) return 'red';
  if (w.planEnd !== null && w.planEnd <= dueSoonUntil(asOf, rules.dueSoonDays)) return 'yellow';
  if (w.planStart !== null && w.planEnd !== null && w.planStart <= asOf) {
    const expected =
      timeProgress({ kind: 'year', key: '', start: w.planStart, end: w.planEnd }, asOf) * 100;
    if ((w.percent ?? 0) < expected - rules.behindMarginPoints) return 'yellow';
  }
  return 'green';
}

export function countLights(lights: Iterable<Light>): Record<Light, number> {
  const counts: Record<Light, number> = { green: 0, yellow: 0, red: 0 };
  for (const l of lights) counts[l] += 1;
  return counts;
}
