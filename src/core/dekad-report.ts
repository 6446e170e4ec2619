// The 旬报 (dekad report): what happened in one 旬, read from the facts — milestone dates, dated
// investment entries, problems raised and closed — plus the colour changes since the previous 旬's
// frozen snapshot.
import { makeDate, type CalendarDate } from './calendar-date.ts';
import { dekadEnd, dekadFromIndex, dekadIndex, dekadStart, type Dekad } from './dekad.ts';
import { periodOf, type Period } from './period.ts';
import { investmentDone } from './project.ts';
import { campaignFigures, type CampaignFigures } from './rollups.ts';
import {
  byDateThenCode,
  closedDekads,
  compareText,
  diffSnapshots,
  perBatch,
  refOf,
  takeSnapshot,
  type ColourChange,
  type DatedRef,
  type ProjectRef,
  type Snapshot,
  type SnapshotHead,
  type SnapshotOptions,
} from './snapshot.ts';
import type { StatusRules } from './status-rules.ts';
import {
  BATCHES,
  BATCH_MILESTONE,
  type BatchKey,
  type CampaignDoc,
  type Problem,
  type ProblemScope,
} from './types.ts';

export interface InvestmentLine {
  project: ProjectRef;
  /** 万元 recorded within the 旬. */
  amount: number;
  /** 万元 done in the campaign year up to the report's last day. */
  yearToDate: number;
}

export interface ProblemLine {
  id: string;
  /** null when the problem's project is no longer in the ledger. */
  project: ProjectRef | null;
  description: string;
  scope: ProblemScope;
  ownerUnit: string;
  date: CalendarDate;
}

export interface DekadReport {
  dekad: Dekad;
  period: Period;
  /** The report's last day: the 旬's end, or the as-of date while the 旬 is still running. */
  through: CalendarDate;
  isClosed: boolean;
  /** Projects whose batch milestone's actual date falls within the 旬, by date then code. */
  batches: Record<BatchKey, DatedRef[]>;
  investment: { total: number; lines: InvestmentLine[] };
  problems: { raised: ProblemLine[]; closed: ProblemLine[] };
  /** The cumulative figures on `through`. */
  totals: CampaignFigures;
  /** null when there is no frozen snapshot of the previous 旬 to compare with. */
  colours: { since: SnapshotHead; changes: ColourChange[] } | null;
}

export interface DekadReportInput {
  asOf: CalendarDate;
  rules: StatusRules;
  /** The snapshot frozen when the previous 旬 closed. */
  previous?: Snapshot | null;
  /** The snapshot frozen when this 旬 closed; without it the lights are read from today's facts. */
  closing?: Snapshot | null;
  isOverdue?: SnapshotOptions['isOverdue'];
}

export function previousDekad(d: Dekad): Dekad {
  return dekadFromIndex(d.year, dekadIndex(d) - 1);
}

export function dekadReport(doc: CampaignDoc, dekad: Dekad, input: DekadReportInput): DekadReport {
  const start = dekadStart(dekad);
  const end = dekadEnd(dekad);
  const isClosed = end < input.asOf;
  const through = isClosed ? end : input.asOf;
  const within = (date: CalendarDate | null): date is CalendarDate =>
    date !== null && date >= start && date <= through;
  const yearStart = makeDate(doc.campaign.year, 1, 1);

  const batches = perBatch((): DatedRef[] => []);
  const lines: InvestmentLine[] = [];
  let total = 0;
  for (const p of doc.projects) {
    for (const b of BATCHES) {
      const date = p.milestones[BATCH_MILESTONE[b]].actual;
      if (within(date)) batches[b].push({ project: refOf(p), date });
    }
    const amount = investmentDone(p, start, through);
    if (amount !== 0) {
      total += amount;
      lines.push({ project: refOf(p), amount, yearToDate: investmentDone(p, yearStart, through) });
    }
  }
  for (const b of BATCHES) batches[b].sort(byDateThenCode);
  lines.sort((x, y) => y.amount - x.amount || compareText(x.project.code, y.project.code));

  const byId = new Map(doc.projects.map((p) => [p.id, p]));
  const line = (q: Problem, date: CalendarDate): ProblemLine => {
    const p = byId.get(q.projectId);
    return {
      id: q.id,
      project: p ? refOf(p) : null,
      description: q.description,
      scope: q.scope,
      ownerUnit: q.ownerUnit,
      date,
    };
  };
  const raised = doc.problems.filter((q) => within(q.raisedOn)).map((q) => line(q, q.raisedOn));
  const closed = doc.problems
    .filter((q) => q.status === 'resolved' && within(q.resolvedOn))
    .map((q) => line(q, q.resolvedOn ?? through));
  const byDate = (x: ProblemLine, y: ProblemLine): number => compareText(x.date, y.date);

  let colours: DekadReport['colours'] = null;
  const previous = input.previous;
  if (previous) {
    const closing =
      input.closing ??
      takeSnapshot(doc, through, input.rules, { isOverdue: input.isOverdue, manual: true });
    const diff = diffSnapshots(previous, closing);
    colours = { since: diff.from, changes: diff.colours };
  }

  return {
    dekad,
    period: periodOf('dekad', start),
    through,
    isClosed,
    batches,
    investment: { total, lines },
    problems: { raised: raised.sort(byDate), closed: closed.sort(byDate) },
    totals: campaignFigures(doc, through),
    colours,
  };
}

/** The 旬 a report opens on: the last closed one, or the first while none has closed. */
export function defaultReportDekad(year: number, asOf: CalendarDate): Dekad {
  return closedDekads(year, asOf).at(-1) ?? dekadFromIndex(year, 0);
}

/** The 旬 of `year` a report can be made for on `asOf`: every one begun by then. */
export function reportableDekads(year: number, asOf: CalendarDate): Dekad[] {
  const list: Dekad[] = [];
  for (let i = 0; i < 36; i += 1) {
    const d = dekadFromIndex(year, i);
    if (dekadStart(d) <= asOf) list.push(d);
  }
  return list;
}
