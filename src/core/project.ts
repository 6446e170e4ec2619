// Building blank projects and campaigns, and reading a project's derived facts.
import type { CalendarDate } from './calendar-date.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import {
  BATCHES,
  WORKSTREAMS,
  type BatchKey,
  type Campaign,
  type MilestoneDates,
  type MilestoneKey,
  type Project,
  type Workstream,
  type WorkstreamKey,
} from './types.ts';

/**
 * A milestone with neither date, shared by every blank project: an import makes 10,000 of them.
 * Frozen, as a date is set by replacing a milestone's pair (see project-fields.ts), never in it.
 */
const NO_DATES: MilestoneDates = Object.freeze({ plan: null, actual: null });

export function blankMilestones(): Record<MilestoneKey, MilestoneDates> {
  // A literal, not built from MILESTONES: adding keys one by one costs several times as much.
  // `satisfies` keeps it complete.
  return {
    planned: NO_DATES,
    signed: NO_DATES,
    approved: NO_DATES,
    landCleared: NO_DATES,
    started: NO_DATES,
    completed: NO_DATES,
    operating: NO_DATES,
    upgraded: NO_DATES,
  } satisfies Record<MilestoneKey, MilestoneDates>;
}

export function blankWorkstreams(): Record<WorkstreamKey, Workstream> {
  const blank: Workstream = {
    planStart: null,
    planEnd: null,
    actualStart: null,
    actualEnd: null,
    percent: null,
    owner: '',
    note: '',
  };
  return Object.fromEntries(WORKSTREAMS.map((k) => [k, { ...blank }])) as Record<
    WorkstreamKey,
    Workstream
  >;
}

export function blankProject(id: string, code: string): Project {
  return {
    id,
    code,
    name: '',
    tier: 'key',
    industry: '',
    town: '',
    unit: '',
    leader: '',
    battles: [],
    totalInvestment: null,
    annualPlan: null,
    investments: [],
    stage: 'planning',
    milestones: blankMilestones(),
    workstreams: null,
    notes: '',
    nextStep: '',
  };
}

export function blankCampaign(id: string, name: string, year: number): Campaign {
  return {
    id,
    name,
    year,
    isSample: false,
    asOf: null,
    sprint: null,
    targets: Object.fromEntries(BATCHES.map((b) => [b, null])) as Record<BatchKey, number | null>,
    lists: { towns: [], units: [], leaders: [], industries: [] },
    statusRules: DEFAULT_STATUS_RULES,
    cumulativePlans: {},
    scopeTargets: { town: {}, unit: {} },
  };
}

/** Investment done (万元) on dates from `from` to `to`, both included. */
export function investmentDone(project: Project, from: CalendarDate, to: CalendarDate): number {
  let sum = 0;
  for (const e of project.investments) if (e.date >= from && e.date <= to) sum += e.amount;
  return sum;
}
