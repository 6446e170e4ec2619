// Test builders: blank projects and campaigns with just the overrides a test cares about.
// Used only by the core's unit tests; pure like the rest of the core.
import type { CalendarDate } from './calendar-date.ts';
import type { CommandResult } from './commands.ts';
import { blankCampaign, blankProject } from './project.ts';
import type {
  BatchKey,
  Campaign,
  CampaignDoc,
  InvestmentEntry,
  MilestoneDates,
  MilestoneKey,
  Problem,
  Project,
} from './types.ts';

export type ProjectOverrides = Partial<Omit<Project, 'milestones'>> & {
  /** Only the milestone sides given are set; the rest stay null. */
  milestones?: Partial<Record<MilestoneKey, Partial<MilestoneDates>>>;
};

let serial = 0;

/** A blank project (id `pN`, code `XM-pN` unless given) with `overrides` applied. */
export function aProject(overrides: ProjectOverrides = {}): Project {
  serial += 1;
  const { milestones, ...rest } = overrides;
  const id = rest.id ?? `p${serial}`;
  const base = blankProject(id, rest.code ?? `XM-${id}`);
  const merged: Record<MilestoneKey, MilestoneDates> = { ...base.milestones };
  for (const [key, dates] of Object.entries(milestones ?? {}) as [
    MilestoneKey,
    Partial<MilestoneDates>,
  ][]) {
    merged[key] = { ...merged[key], ...dates };
  }
  return { ...base, ...rest, id, milestones: merged };
}

export type CampaignOverrides = Partial<Omit<Campaign, 'targets'>> & {
  targets?: Partial<Record<BatchKey, number | null>>;
};

/** A blank 2018 campaign with `overrides` applied; `targets` merge into the blank targets. */
/** An open problem raised on 2018-02-09 against project `p1`, with `overrides` applied. */
export function aProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    id: 'x1',
    projectId: 'p1',
    description: '征迁补偿款未到位',
    scope: 'own',
    raisedOn: '2018-02-09',
    ownerUnit: '新塘街道',
    escalation: 'town',
    status: 'open',
    resolvedOn: null,
    resolution: '',
    dueOverride: null,
    history: [],
    ...overrides,
  };
}

export function aCampaign(overrides: CampaignOverrides = {}): Campaign {
  const { targets, ...rest } = overrides;
  const base = blankCampaign('c1', 'Test campaign', rest.year ?? 2018);
  return { ...base, ...rest, targets: { ...base.targets, ...targets } };
}

export function aDoc(
  options: {
    campaign?: CampaignOverrides;
    projects?: readonly Project[];
    problems?: readonly Problem[];
  } = {},
): CampaignDoc {
  return {
    campaign: aCampaign(options.campaign),
    projects: options.projects ?? [],
    problems: options.problems ?? [],
  };
}

/** Investment entries from `[date, amount]` pairs. */
export function entries(...pairs: [CalendarDate, number][]): InvestmentEntry[] {
  return pairs.map(([date, amount]) => ({ date, amount }));
}

/** The document of a successful command; throws with the reason otherwise. */
export function okDoc(result: CommandResult): CampaignDoc {
  if (!result.ok) throw new Error(`command refused: ${result.reason} (${result.value ?? ''})`);
  return result.doc;
}

/** Freezes `value` and everything reachable from it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
