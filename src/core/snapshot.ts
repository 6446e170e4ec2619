// 旬 snapshots: a campaign's figures and per-project facts frozen on a date, and what changed
// between two of them. A snapshot is written once and never edited; it keeps what the campaign
// looked like then, even after the ledger is corrected later.
import { isCalendarDate, makeDate, type CalendarDate } from './calendar-date.ts';
import { dekadEnd, dekadFromIndex, dekadStart, type Dekad } from './dekad.ts';
import { periodOf } from './period.ts';
import { isOpenAt } from './problems.ts';
import { investmentDone } from './project.ts';
import { campaignFigures, type CampaignFigures } from './rollups.ts';
import type { FigureKey } from './types.ts';
import { countLights, projectStatus, type Light } from './status.ts';
import type { StatusRules } from './status-rules.ts';
import {
  BATCHES,
  BATCH_MILESTONE,
  type BatchKey,
  type CampaignDoc,
  type Problem,
  type Project,
} from './types.ts';

/** Bumped when the stored shape changes; restoreSnapshot reads every version it knows. */
export const SNAPSHOT_VERSION = 1;

/** Who a line of a report or a difference is about. */
export interface ProjectRef {
  id: string;
  code: string;
  name: string;
  town: string;
  unit: string;
}

export interface ProjectFacts extends ProjectRef {
  light: Light;
  /** Actual dates of the batch milestones that count: in the campaign year, on or before as-of. */
  batches: Partial<Record<BatchKey, CalendarDate>>;
  /** 万元 done in the campaign year up to the as-of date. */
  investmentDone: number;
  /** Problems raised on or before the as-of date and not resolved by then. */
  openProblems: number;
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  campaignId: string;
  campaignName: string;
  year: number;
  /** The 旬 key of the as-of date, e.g. 2018-02-1. */
  period: string;
  asOf: CalendarDate;
  /** Taken by the user ("立即快照") rather than frozen when the 旬 closed. */
  manual: boolean;
  /** The clock's date when it was taken. */
  takenOn: CalendarDate;
  /** Order of taking within the campaign, so that two snapshots of one day still sort. */
  serial: number;
  figures: CampaignFigures;
  lights: Record<Light, number>;
  /** `overdue` is null when no overdue rule was given. */
  problems: { open: number; overdue: number | null };
  projects: readonly ProjectFacts[];
}

export interface SnapshotOptions {
  manual?: boolean;
  takenOn?: CalendarDate;
  serial?: number;
  /** Whether an open problem is past its due date on `asOf` (the problems module's rule). */
  isOverdue?: (problem: Problem, asOf: CalendarDate) => boolean;
}

/** One fresh value per batch. */
export function perBatch<T>(make: (batch: BatchKey) => T): Record<BatchKey, T> {
  const record: Partial<Record<BatchKey, T>> = {};
  for (const b of BATCHES) record[b] = make(b);
  return record as Record<BatchKey, T>;
}

export const refOf = (p: ProjectRef): ProjectRef => ({
  id: p.id,
  code: p.code,
  name: p.name,
  town: p.town,
  unit: p.unit,
});

/** The campaign as it stands on `asOf`, from the facts in `doc`. */
export function takeSnapshot(
  doc: CampaignDoc,
  asOf: CalendarDate,
  rules: StatusRules,
  options: SnapshotOptions = {},
): Snapshot {
  const { campaign } = doc;
  const yearStart = makeDate(campaign.year, 1, 1);
  const yearEnd = makeDate(campaign.year, 12, 31);
  const countTo = asOf < yearEnd ? asOf : yearEnd;
  const open = new Map<string, number>();
  const overdue = new Map<string, number>();
  let openTotal = 0;
  let overdueTotal = 0;
  for (const problem of doc.problems) {
    if (!isOpenAt(problem, asOf)) continue;
    open.set(problem.projectId, (open.get(problem.projectId) ?? 0) + 1);
    openTotal += 1;
    if (options.isOverdue?.(problem, asOf)) {
      overdue.set(problem.projectId, (overdue.get(problem.projectId) ?? 0) + 1);
      overdueTotal += 1;
    }
  }
  const projects = doc.projects.map((p): ProjectFacts => {
    const status = projectStatus(p, {
      asOf,
      year: campaign.year,
      rules,
      overdueProblems: overdue.get(p.id) ?? 0,
    });
    return {
      ...refOf(p),
      light: status.light,
      batches: countedBatches(p, yearStart, countTo),
      investmentDone: investmentDone(p, yearStart, countTo),
      openProblems: open.get(p.id) ?? 0,
    };
  });
  return {
    version: SNAPSHOT_VERSION,
    campaignId: campaign.id,
    campaignName: campaign.name,
    year: campaign.year,
    period: periodOf('dekad', asOf).key,
    asOf,
    manual: options.manual ?? false,
    takenOn: options.takenOn ?? asOf,
    serial: options.serial ?? 0,
    figures: campaignFigures(doc, asOf),
    lights: countLights(projects.map((p) => p.light)),
    problems: { open: openTotal, overdue: options.isOverdue ? overdueTotal : null },
    projects,
  };
}

function countedBatches(
  p: Project,
  from: CalendarDate,
  to: CalendarDate,
): Partial<Record<BatchKey, CalendarDate>> {
  const counted: Partial<Record<BatchKey, CalendarDate>> = {};
  for (const b of BATCHES) {
    const actual = p.milestones[BATCH_MILESTONE[b]].actual;
    if (actual !== null && actual >= from && actual <= to) counted[b] = actual;
  }
  return counted;
}

/** A stored snapshot of a version this app knows, or null for anything else. */
export function restoreSnapshot(stored: unknown): Snapshot | null {
  if (stored === null || typeof stored !== 'object') return null;
  const s = stored as Partial<Snapshot>;
  if (s.version !== SNAPSHOT_VERSION) return null;
  if (!isCalendarDate(s.asOf) || !Array.isArray(s.projects) || !s.figures) return null;
  return s as Snapshot;
}

export interface SnapshotHead {
  period: string;
  asOf: CalendarDate;
  manual: boolean;
  serial: number;
}

export interface DatedRef {
  project: ProjectRef;
  date: CalendarDate;
}

export interface BatchChange {
  /** Counted in B and not in A: new signings, starts, … */
  added: DatedRef[];
  /** Counted in A and no longer in B (a date corrected or removed). */
  removed: DatedRef[];
  /** Counted in both with a different date. */
  moved: { project: ProjectRef; from: CalendarDate; to: CalendarDate }[];
}

export interface InvestmentMove {
  project: ProjectRef;
  from: number;
  to: number;
  delta: number;
}

export interface ColourChange {
  project: ProjectRef;
  from: Light;
  to: Light;
}

export interface SnapshotDiff {
  from: SnapshotHead;
  to: SnapshotHead;
  figures: Record<FigureKey, { from: number; to: number; delta: number }>;
  batches: Record<BatchKey, BatchChange>;
  /** Investment done between A and B: the total, and the projects that moved most. */
  investment: { delta: number; movers: InvestmentMove[]; moved: number };
  colours: ColourChange[];
  projects: { added: ProjectRef[]; removed: ProjectRef[] };
  /** Nothing differs but the dates of the two snapshots. */
  isEmpty: boolean;
}

const headOf = (s: Snapshot): SnapshotHead => ({
  period: s.period,
  asOf: s.asOf,
  manual: s.manual,
  serial: s.serial,
});

/**
 * Plain code-unit order: dates and codes sort the same on every machine, and fast (localeCompare
 * costs tens of milliseconds over ten thousand projects).
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Order of projects in lists: by date, then code. */
export const byDateThenCode = (a: DatedRef, b: DatedRef): number =>
  compareText(a.date, b.date) || compareText(a.project.code, b.project.code);

/** Sums differing only by binary noise (0.1 + 0.2) are equal. */
const isZero = (x: number): boolean => Math.abs(x) < 1e-6;

/** What changed from snapshot A to snapshot B, project by project (matched by internal id). */
export function diffSnapshots(a: Snapshot, b: Snapshot, topMovers = 10): SnapshotDiff {
  const before = new Map(a.projects.map((p) => [p.id, p]));
  const after = new Map(b.projects.map((p) => [p.id, p]));
  const batches = perBatch((): BatchChange => ({ added: [], removed: [], moved: [] }));
  const moves: InvestmentMove[] = [];
  const colours: ColourChange[] = [];
  const added: ProjectRef[] = [];
  const removed: ProjectRef[] = [];

  for (const pb of b.projects) {
    const pa = before.get(pb.id);
    if (!pa) added.push(refOf(pb));
    for (const k of BATCHES) {
      const da = pa?.batches[k];
      const db = pb.batches[k];
      if (db !== undefined && da === undefined)
        batches[k].added.push({ project: refOf(pb), date: db });
      else if (db !== undefined && da !== undefined && da !== db)
        batches[k].moved.push({ project: refOf(pb), from: da, to: db });
    }
    const from = pa?.investmentDone ?? 0;
    if (!isZero(pb.investmentDone - from))
      moves.push({
        project: refOf(pb),
        from,
        to: pb.investmentDone,
        delta: pb.investmentDone - from,
      });
    if (pa && pa.light !== pb.light)
      colours.push({ project: refOf(pb), from: pa.light, to: pb.light });
  }
  for (const pa of a.projects) {
    const pb = after.get(pa.id);
    if (!pb) removed.push(refOf(pa));
    for (const k of BATCHES) {
      const da = pa.batches[k];
      if (da !== undefined && pb?.batches[k] === undefined)
        batches[k].removed.push({ project: refOf(pa), date: da });
    }
    if (!pb && !isZero(pa.investmentDone))
      moves.push({ project: refOf(pa), from: pa.investmentDone, to: 0, delta: -pa.investmentDone });
  }
  for (const k of BATCHES) {
    batches[k].added.sort(byDateThenCode);
    batches[k].removed.sort(byDateThenCode);
  }
  moves.sort(
    (x, y) => Math.abs(y.delta) - Math.abs(x.delta) || compareText(x.project.code, y.project.code),
  );
  colours.sort((x, y) => compareText(x.project.code, y.project.code));

  const keys: FigureKey[] = [...BATCHES, 'investment'];
  const figures = Object.fromEntries(
    keys.map((k) => {
      const from = a.figures.figures[k].actual;
      const to = b.figures.figures[k].actual;
      return [k, { from, to, delta: to - from }];
    }),
  ) as SnapshotDiff['figures'];
  const isEmpty =
    moves.length === 0 &&
    colours.length === 0 &&
    added.length === 0 &&
    removed.length === 0 &&
    BATCHES.every(
      (k) => batches[k].added.length + batches[k].removed.length + batches[k].moved.length === 0,
    );
  return {
    from: headOf(a),
    to: headOf(b),
    figures,
    batches,
    investment: {
      delta: figures.investment.delta,
      movers: moves.slice(0, topMovers),
      moved: moves.length,
    },
    colours,
    projects: { added, removed },
    isEmpty,
  };
}

/** The 旬 of `year` that have closed by `asOf`: those whose last day is before it. */
export function closedDekads(year: number, asOf: CalendarDate): Dekad[] {
  const closed: Dekad[] = [];
  for (let i = 0; i < 36; i += 1) {
    const d = dekadFromIndex(year, i);
    if (dekadEnd(d) < asOf) closed.push(d);
  }
  return closed;
}

export const dekadKey = (d: Dekad): string => periodOf('dekad', dekadStart(d)).key;

/**
 * The snapshots to freeze on `asOf`: one for every closed 旬 of the campaign year that has no
 * frozen (non-manual) snapshot yet, each taken on that 旬's last day from today's facts. Lazy, so
 * that a caller can store each before the next is computed (36 of a large ledger take seconds).
 */
export function* missingSnapshots(
  doc: CampaignDoc,
  asOf: CalendarDate,
  rules: StatusRules,
  existing: readonly Snapshot[],
  options: Omit<SnapshotOptions, 'manual'> = {},
): Generator<Snapshot, void, undefined> {
  const frozen = new Set(existing.filter((s) => !s.manual).map((s) => s.period));
  let serial = options.serial ?? Math.max(0, ...existing.map((s) => s.serial + 1));
  for (const d of closedDekads(doc.campaign.year, asOf)) {
    if (frozen.has(dekadKey(d))) continue;
    yield takeSnapshot(doc, dekadEnd(d), rules, { ...options, manual: false, serial: serial++ });
  }
}
