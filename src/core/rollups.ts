// The campaign's figures at its as-of date, derived from project facts; never stored or typed.
import { makeDate, type CalendarDate } from './calendar-date.ts';
import { periodOf, timeProgress } from './period.ts';
import { investmentDone } from './project.ts';
import {
  BATCHES,
  BATCH_MILESTONE,
  type BatchKey,
  type CampaignDoc,
  type FigureKey,
  type Project,
} from './types.ts';

export interface Figure {
  actual: number;
  /** null while the campaign has no target for it. */
  target: number | null;
  /** actual / target in percent, rounded to one decimal; null without a positive target. */
  percent: number | null;
}

export interface CampaignFigures {
  asOf: CalendarDate;
  /** Share of the campaign year elapsed on the as-of date, in percent with one decimal. */
  timeProgress: number;
  figures: Record<FigureKey, Figure>;
  projectCount: number;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

function figure(actual: number, target: number | null): Figure {
  const percent = target !== null && target > 0 ? round1((actual / target) * 100) : null;
  return { actual, target, percent };
}

/** One project's part of the figures: the batches that count it, and its investment. */
interface Share {
  counted: readonly BatchKey[];
  done: number;
  plan: number;
}

function shareOf(p: Project, yearStart: CalendarDate, countTo: CalendarDate): Share {
  const counted = BATCHES.filter((b) => {
    const actual = p.milestones[BATCH_MILESTONE[b]].actual;
    return actual !== null && actual >= yearStart && actual <= countTo;
  });
  return { counted, done: investmentDone(p, yearStart, countTo), plan: p.annualPlan ?? 0 };
}

/**
 * Each project's part of the figures, remembered by project object for one counting window.
 * Commands replace only the projects they change, so after one edit of a 10,000-project ledger
 * one part is worked out again and the others are only added up. Parts are added in ledger order,
 * so the sums are exactly those of a fresh count.
 */
export class FigureShares {
  #window = '';
  #shares = new WeakMap<Project, Share>();

  of(p: Project, yearStart: CalendarDate, countTo: CalendarDate): Share {
    const window = `${yearStart}|${countTo}`;
    if (window !== this.#window) {
      this.#window = window;
      this.#shares = new WeakMap();
    }
    let share = this.#shares.get(p);
    if (!share) {
      share = shareOf(p, yearStart, countTo);
      this.#shares.set(p, share);
    }
    return share;
  }
}

/**
 * One pass over the ledger. A batch counts a project when its milestone's actual date falls in the
 * campaign year on or before the as-of date; the investment target is the sum of annual plans.
 * `shares` remembers each project's part between calls (the open campaign's figures).
 */
export function campaignFigures(
  doc: CampaignDoc,
  asOf: CalendarDate,
  shares?: FigureShares,
): CampaignFigures {
  const { campaign, projects } = doc;
  const yearStart = makeDate(campaign.year, 1, 1);
  const yearEnd = makeDate(campaign.year, 12, 31);
  const countTo = asOf < yearEnd ? asOf : yearEnd;
  const counts: Record<BatchKey, number> = {
    planned: 0,
    signed: 0,
    started: 0,
    completed: 0,
    upgraded: 0,
  };
  let done = 0;
  let plan = 0;
  for (const p of projects) {
    const share = shares ? shares.of(p, yearStart, countTo) : shareOf(p, yearStart, countTo);
    for (const b of share.counted) counts[b] += 1;
    done += share.done;
    plan += share.plan;
  }
  const figures = Object.fromEntries(
    BATCHES.map((b) => [b, figure(counts[b], campaign.targets[b])]),
  ) as Record<FigureKey, Figure>;
  figures.investment = figure(done, plan > 0 ? plan : null);
  const year = periodOf('year', yearStart);
  return {
    asOf,
    timeProgress: round1(timeProgress(year, asOf) * 100),
    figures,
    projectCount: projects.length,
  };
}
