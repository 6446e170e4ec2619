import { describe, expect, it } from 'vitest';
import { campaignFigures } from '../../../src/core/rollups.ts';
import { buildSampleCampaign } from '../../../src/core/sample-campaign.ts';
import { aDoc, aProject, entries } from '../../../src/core/test-factories.ts';
import { BATCHES, BATCH_MILESTONE, type Problem, type Project } from '../../../src/core/types.ts';
import { scaleCampaign, withWorkstreams } from '../../../bench/lib/scale-campaign.ts';

const sample = buildSampleCampaign();
const AS_OF = '2018-02-12';

/** Only what the scaler reads of a problem; the rest of its fields are the core's business. */
const aProblem = (id: string, projectId: string): Problem =>
  ({ id, projectId, description: `problem ${id}` }) as Problem;

const withoutIdentity = ({ id: _id, code: _code, ...rest }: Project) => rest;

describe('scaleCampaign', () => {
  it.each([0, 1, 733, 1000, 10_000])('makes exactly %i projects with unique ids and codes', (n) => {
    const { projects } = scaleCampaign(sample, n);
    expect(projects).toHaveLength(n);
    expect(new Set(projects.map((p) => p.id)).size).toBe(n);
    expect(new Set(projects.map((p) => p.code)).size).toBe(n);
  });

  it('builds the same campaign every time from the same seed', () => {
    expect(scaleCampaign(sample, 2000)).toEqual(scaleCampaign(sample, 2000));
  });

  it('varies the repeated rows with the seed, and only them', () => {
    const a = scaleCampaign(sample, 1466, 1);
    const b = scaleCampaign(sample, 1466, 2);
    expect(a.projects.slice(0, 733)).toEqual(b.projects.slice(0, 733));
    expect(a.projects.slice(733)).not.toEqual(b.projects.slice(733));
  });

  it('keeps the sample ledger itself as the first round, under new ids and codes', () => {
    const scaled = scaleCampaign(sample, 733);
    expect(scaled.projects.map(withoutIdentity)).toEqual(sample.projects.map(withoutIdentity));
    expect(campaignFigures(scaled, AS_OF).figures).toEqual(campaignFigures(sample, AS_OF).figures);
  });

  it('repeats the dates of every row, so each batch grows with the number of repeats', () => {
    const n = 10_000;
    const scaled = campaignFigures(scaleCampaign(sample, n), AS_OF).figures;
    const base = campaignFigures(sample, AS_OF).figures;
    const repeats = (i: number): number => Math.floor(n / 733) + (i < n % 733 ? 1 : 0);
    for (const batch of BATCHES) {
      const counted = sample.projects.reduce((sum, p, i) => {
        const date = p.milestones[BATCH_MILESTONE[batch]].actual;
        return sum + (date !== null && date >= '2018-01-01' && date <= AS_OF ? repeats(i) : 0);
      }, 0);
      expect(scaled[batch].actual, batch).toBe(counted);
      expect(scaled[batch].actual).toBeGreaterThanOrEqual(base[batch].actual * 13);
    }
  });

  it('scales the amounts of a repeat by one seeded factor between 0.5 and 1.49', () => {
    const template = aProject({
      id: 't',
      name: '样例',
      totalInvestment: 10_000,
      annualPlan: 2000,
      investments: entries(['2018-01-10', 100]),
    });
    const [first, second] = scaleCampaign(aDoc({ projects: [template] }), 2).projects;
    expect(first).toMatchObject({ name: '样例', totalInvestment: 10_000, annualPlan: 2000 });
    const factor = second!.totalInvestment! / 10_000;
    expect(factor).toBeGreaterThanOrEqual(0.5);
    expect(factor).toBeLessThan(1.5);
    expect(second).toMatchObject({
      name: '样例·2',
      annualPlan: Math.round(2000 * factor),
      investments: [{ date: '2018-01-10', amount: Math.round(100 * factor) }],
    });
  });

  it('repeats problems with the projects they belong to', () => {
    const base = aDoc({
      projects: [aProject({ id: 'a' }), aProject({ id: 'b' })],
      problems: [aProblem('q1', 'b')],
    });
    const scaled = scaleCampaign(base, 5);
    const byId = new Map(scaled.projects.map((p) => [p.id, p]));
    expect(scaled.problems).toHaveLength(2);
    expect(new Set(scaled.problems.map((q) => q.id)).size).toBe(2);
    for (const problem of scaled.problems) {
      expect(problem.description).toBe('problem q1');
      expect(byId.has(problem.projectId)).toBe(true);
    }
  });

  it('names a campaign of its own that the app does not take for the sample', () => {
    expect(scaleCampaign(sample, 10_000).campaign).toMatchObject({
      id: 'bench-10000',
      isSample: false,
      year: 2018,
      asOf: AS_OF,
    });
  });

  it('refuses a negative or fractional count, and an empty ledger to grow from', () => {
    expect(() => scaleCampaign(sample, -1)).toThrow(/bad count/);
    expect(() => scaleCampaign(sample, 1.5)).toThrow(/bad count/);
    expect(() => scaleCampaign(aDoc(), 3)).toThrow(/empty/);
    expect(scaleCampaign(aDoc(), 0).projects).toEqual([]);
  });
});

describe('withWorkstreams', () => {
  it('gives every project its five workstreams and changes nothing else', () => {
    const scaled = scaleCampaign(sample, 1000);
    const full = withWorkstreams(scaled);
    expect(full.projects.every((p) => p.workstreams !== null)).toBe(true);
    expect(full.projects.map(({ workstreams: _w, ...rest }) => rest)).toEqual(
      scaled.projects.map(({ workstreams: _w, ...rest }) => rest),
    );
    // Projects that had workstreams keep their own.
    scaled.projects.forEach((p, i) => {
      if (p.workstreams) expect(full.projects[i]).toBe(p);
    });
  });
});
