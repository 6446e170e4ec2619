// The domain's objects: a campaign, its targets and its project ledger. Plain, immutable data.
import type { CalendarDate } from './calendar-date.ts';
import type { StatusRules } from './status-rules.ts';

/** Milestones of a project, in the order they usually happen. */
export const MILESTONES = [
  'planned',
  'signed',
  'approved',
  'landCleared',
  'started',
  'completed',
  'operating',
  'upgraded',
] as const;
export type MilestoneKey = (typeof MILESTONES)[number];

export interface MilestoneDates {
  plan: CalendarDate | null;
  actual: CalendarDate | null;
}

/** The five batches (五个一批) and the milestone whose actual date counts a project into each. */
export const BATCHES = ['planned', 'signed', 'started', 'completed', 'upgraded'] as const;
export type BatchKey = (typeof BATCHES)[number];
export const BATCH_MILESTONE: Record<BatchKey, MilestoneKey> = {
  planned: 'planned',
  signed: 'signed',
  started: 'started',
  completed: 'completed',
  upgraded: 'upgraded',
};

/** The five battles (五大攻坚战). */
export const BATTLES = [
  'investment',
  'clearance',
  'progress',
  'preparatory',
  'attraction',
] as const;
export type BattleKey = (typeof BATTLES)[number];

export const TIERS = ['key', 'major'] as const;
export type Tier = (typeof TIERS)[number];

export const STAGES = [
  'planning',
  'preparatory',
  'construction',
  'completed',
  'operating',
] as const;
export type Stage = (typeof STAGES)[number];

/** The five workstreams of the stage ledger (精细台账) kept for major projects. */
export const WORKSTREAMS = ['signing', 'approval', 'land', 'infrastructure', 'funding'] as const;
export type WorkstreamKey = (typeof WORKSTREAMS)[number];

export interface Workstream {
  planStart: CalendarDate | null;
  planEnd: CalendarDate | null;
  actualStart: CalendarDate | null;
  actualEnd: CalendarDate | null;
  /** 0…100 */
  percent: number | null;
  owner: string;
  note: string;
}

/** Investment done, in 万元, reported on a date (usually a 旬's last day). */
export interface InvestmentEntry {
  date: CalendarDate;
  amount: number;
}

export interface Project {
  /** Internal identity; never shown, never changes. */
  id: string;
  /** The user's stable project code: unique within a campaign, the key of CSV upserts. */
  code: string;
  name: string;
  tier: Tier;
  industry: string;
  town: string;
  unit: string;
  leader: string;
  battles: readonly BattleKey[];
  /** 万元 */
  totalInvestment: number | null;
  /** 万元, this campaign year's planned investment. */
  annualPlan: number | null;
  investments: readonly InvestmentEntry[];
  stage: Stage;
  milestones: Readonly<Record<MilestoneKey, MilestoneDates>>;
  workstreams: Readonly<Record<WorkstreamKey, Workstream>> | null;
  notes: string;
  nextStep: string;
}

export type Targets = Readonly<Record<BatchKey, number | null>>;

/** The five batches and the investment: the figures a campaign counts. */
export type FigureKey = BatchKey | 'investment';

/** Towns/streets (镇街) and responsible units (责任单位): the scopes that get their own targets. */
export type ScopeKind = 'town' | 'unit';

/** Lists that the ledger's dropdowns offer; campaign data the user can extend. */
export interface CampaignLists {
  towns: readonly string[];
  units: readonly string[];
  leaders: readonly string[];
  industries: readonly string[];
}

export interface Campaign {
  id: string;
  name: string;
  year: number;
  isSample: boolean;
  /** null means "today", read from the injected clock. */
  asOf: CalendarDate | null;
  sprint: { name: string; start: CalendarDate; end: CalendarDate } | null;
  targets: Targets;
  lists: CampaignLists;
  statusRules: StatusRules;
  /**
   * Planned cumulative figures the user set for period ends (以旬保月): figure → the period's last
   * day → value. A month and the quarter ending with it share that day, so they cannot disagree.
   * Periods without a value are interpolated from the annual target.
   */
  cumulativePlans: Readonly<Partial<Record<FigureKey, Readonly<Record<CalendarDate, number>>>>>;
  /** Annual batch targets per town and per unit (their investment target is their plans' sum). */
  scopeTargets: Readonly<Record<ScopeKind, Readonly<Record<string, Partial<Targets>>>>>;
}

/** 本级权限 (within the city's own authority) or 外部权限 (needs an outside authority). */
export const PROBLEM_SCOPES = ['own', 'external'] as const;
export type ProblemScope = (typeof PROBLEM_SCOPES)[number];

/** 四级挂钩: who a problem is escalated to. */
export const ESCALATION_LEVELS = ['project', 'town', 'leader', 'city'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface ProblemChange {
  /** The as-of date on which the change was made. */
  on: CalendarDate;
  kind: 'raised' | 'closed' | 'reopened' | 'edited';
  note: string;
  /** For 'edited': the field changed ('due' for the due date), and its new value as text. */
  field?: string;
  /** For 'edited' the new value ('' when cleared); for 'closed' the resolved-on date. */
  value?: string;
}

/** A blocker raised on a project, with its clock and close-out (销号). */
export interface Problem {
  id: string;
  projectId: string;
  description: string;
  scope: ProblemScope;
  raisedOn: CalendarDate;
  ownerUnit: string;
  escalation: EscalationLevel;
  status: 'open' | 'resolved';
  resolvedOn: CalendarDate | null;
  resolution: string;
  /** A due date the user set instead of the derived one, and why. */
  dueOverride: { date: CalendarDate; reason: string } | null;
  history: readonly ProblemChange[];
}

/** One open campaign with its ledger and problems: the unit that commands change. */
export interface CampaignDoc {
  campaign: Campaign;
  projects: readonly Project[];
  problems: readonly Problem[];
}
