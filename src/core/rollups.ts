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

/**
 * One pass over the ledger. A batch counts a project when its milestone's actual date falls in the
 * campaign year on or before the as-of date; the investment target is the sum of annual plans.
 */
export function campaignFigures(doc: CampaignDoc, asOf: CalendarDate): CampaignFigures {
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
    for (const b of BATCHES) {
      const actual = p.milestones[BATCH_MILESTONE[b]].actual;
      if (actual !== null && actual >= yearStart && actual <= countTo) counts[b] += 1;
    }
    done += investmentDone(p, yearStart, countTo);
    plan += p.annualPlan ?? 0;
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
