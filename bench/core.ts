// The pure core at scale, timed in the browser beside its physical floor. Each sample is the mean
// of `reps` repetitions, so the timer's coarse resolution (0.1 ms without cross-origin isolation)
// does not matter; the driver takes the median of the samples.
import { makeDate, type CalendarDate } from '../src/core/calendar-date.ts';
import { applyCommand } from '../src/core/commands.ts';
import { dekadBuckets, FIGURES, GRANULARITIES, rollUp } from '../src/core/period-rollup.ts';
import { campaignFigures, FigureShares } from '../src/core/rollups.ts';
import { buildSampleCampaign } from '../src/core/sample-campaign.ts';
import { BATCHES, BATCH_MILESTONE, type CampaignDoc } from '../src/core/types.ts';
import { collectChanges, emptyChanges } from '../src/persistence/changes.ts';
import { exposeBenchApi } from './lib/page-api.ts';
import { scaleCampaign } from './lib/scale-campaign.ts';

let doc: CampaignDoc | null = null;
let asOf: CalendarDate = '2018-12-31';
let edits = 0;
/** Results are summed here so the engine cannot drop work whose result goes unused. */
let sink = 0;

function prepare(count: number): number {
  doc = scaleCampaign(buildSampleCampaign(), count);
  asOf = doc.campaign.asOf ?? makeDate(doc.campaign.year, 12, 31);
  return doc.projects.length;
}

function opened(): CampaignDoc {
  if (!doc) throw new Error('call prepare(count) first');
  return doc;
}

function timed(reps: number, once: () => void): number {
  const start = performance.now();
  for (let i = 0; i < reps; i++) once();
  return (performance.now() - start) / reps;
}

/** The Workspace's memory of each project's part of the figures (src/state/workspace.svelte.ts). */
const shares = new FigureShares();

/**
 * What the Workspace does, synchronously, for one edit in the ledger: the command, the autosave's
 * change detection, and the dashboard's figures. Each edit starts from the same document and
 * touches a different row.
 */
function editToFigures(reps: number): number {
  const base = opened();
  return timed(reps, () => {
    edits += 1;
    const project = base.projects[(edits * 7919) % base.projects.length]!;
    const result = applyCommand(base, {
      type: 'setProjectField',
      projectId: project.id,
      field: 'annualPlan',
      value: 1000 + (edits % 997),
    });
    if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
    const changes = collectChanges(base, result.doc, emptyChanges());
    sink +=
      changes.projects.put.size +
      campaignFigures(result.doc, asOf, shares).figures.investment.actual;
  });
}

/** The physical floor: one plain loop reading the facts the figures need, allocating nothing. */
function floorLoop(reps: number): number {
  const { projects } = opened();
  return timed(reps, () => {
    let plan = 0;
    let done = 0;
    let counted = 0;
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i]!;
      plan += p.annualPlan ?? 0;
      for (const e of p.investments) if (e.date <= asOf) done += e.amount;
      for (const b of BATCHES) {
        const actual = p.milestones[BATCH_MILESTONE[b]].actual;
        if (actual !== null && actual <= asOf) counted += 1;
      }
    }
    sink += plan + done + counted;
  });
}

/**
 * The 旬 roll-ups the targets view needs: every figure bucketed by 旬 in one pass, then summed to
 * 旬, months, quarters and the year. Counted to the year's end, so every fact is in (worst case).
 */
function dekadRollups(reps: number): number {
  const { projects, campaign } = opened();
  const yearEnd = makeDate(campaign.year, 12, 31);
  const granularities = Object.keys(GRANULARITIES) as (keyof typeof GRANULARITIES)[];
  return timed(reps, () => {
    const buckets = dekadBuckets(projects, campaign.year, yearEnd);
    for (const figure of FIGURES) {
      for (const g of granularities) sink += rollUp(buckets[figure], g, campaign.year).length;
    }
  });
}

exposeBenchApi({ prepare, editToFigures, floorLoop, dekadRollups, sink: () => sink });
