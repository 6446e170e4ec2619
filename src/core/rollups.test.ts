import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from './calendar-date.ts';
import { campaignFigures, FigureShares, round1 } from './rollups.ts';
import { aDoc, aProject, entries, type CampaignOverrides } from './test-factories.ts';
import { BATCHES, BATCH_MILESTONE, MILESTONES, type MilestoneKey, type Project } from './types.ts';

const started = (actual: string | null, plan: string | null = null): Project =>
  aProject({ milestones: { started: { plan, actual } } });
const figuresOf = (projects: Project[], asOf: string, campaign: CampaignOverrides = {}) =>
  campaignFigures(aDoc({ campaign, projects }), asOf);

describe('campaignFigures: batches', () => {
  it('counts an actual date from Jan 1 to the as-of day, both included', () => {
    const projects = [
      started('2018-01-01'),
      started('2018-01-22'),
      started('2018-02-12'),
      started('2018-02-13'),
      started('2017-12-31'),
      started(null, '2018-01-10'),
      started(null),
    ];
    expect(figuresOf(projects, '2018-02-12').figures.started.actual).toBe(3);
  });

  it('counts a date on the as-of day, not the day after', () => {
    expect(figuresOf([started('2018-02-12')], '2018-02-12').figures.started.actual).toBe(1);
    expect(figuresOf([started('2018-02-13')], '2018-02-12').figures.started.actual).toBe(0);
  });

  it('does not count the previous year', () => {
    expect(figuresOf([started('2017-12-31')], '2018-12-31').figures.started.actual).toBe(0);
  });

  it('does not count the next year when looking back from after the campaign year', () => {
    const f = figuresOf([started('2018-06-01'), started('2019-01-15')], '2019-03-01');
    expect(f.figures.started.actual).toBe(1);
  });

  it('counts nothing when the as-of date is before the campaign year', () => {
    expect(figuresOf([started('2018-01-22')], '2017-12-31').figures.started.actual).toBe(0);
  });

  it('counts each batch by its own milestone, and ignores other milestones', () => {
    for (const milestone of MILESTONES) {
      const p = aProject({ milestones: { [milestone]: { actual: '2018-02-09' } } });
      const f = figuresOf([p], '2018-02-12').figures;
      for (const b of BATCHES) expect(f[b].actual).toBe(BATCH_MILESTONE[b] === milestone ? 1 : 0);
    }
  });

  it('counts one project into every batch it reached', () => {
    const all = Object.fromEntries(MILESTONES.map((m) => [m, { actual: '2018-02-01' }])) as Record<
      MilestoneKey,
      { actual: string }
    >;
    const f = figuresOf([aProject({ milestones: all })], '2018-02-12').figures;
    for (const b of BATCHES) expect(f[b].actual).toBe(1);
  });

  it('equals a plain count of the actual dates in [Jan 1, min(as-of, Dec 31)]', () => {
    const day = fc.integer({ min: -100, max: 500 }).map((n) => addDays('2018-01-01', n));
    fc.assert(
      fc.property(fc.array(fc.option(day), { maxLength: 20 }), day, (dates, asOf) => {
        const f = figuresOf(
          dates.map((d) => started(d)),
          asOf,
        );
        const expected = dates.filter(
          (d) => d !== null && d >= '2018-01-01' && d <= asOf && d <= '2018-12-31',
        ).length;
        expect(f.figures.started.actual).toBe(expected);
      }),
    );
  });
});

describe('campaignFigures: targets and percent', () => {
  const signed = (n: number): Project[] =>
    Array.from({ length: n }, () => aProject({ milestones: { signed: { actual: '2018-02-09' } } }));

  it('gives actual / target in percent', () => {
    const f = figuresOf(signed(42), '2018-02-12', { targets: { signed: 50 } }).figures;
    expect(f.signed).toEqual({ actual: 42, target: 50, percent: 84 });
  });

  it('rounds the percent to one decimal', () => {
    expect(
      figuresOf(signed(1), '2018-02-12', { targets: { signed: 3 } }).figures.signed.percent,
    ).toBe(33.3);
    expect(
      figuresOf(signed(2), '2018-02-12', { targets: { signed: 3 } }).figures.signed.percent,
    ).toBe(66.7);
    expect(
      figuresOf(signed(33), '2018-02-12', { targets: { signed: 70 } }).figures.signed.percent,
    ).toBe(47.1);
  });

  it('has no percent without a target, or with a zero target', () => {
    const f = figuresOf(signed(5), '2018-02-12', { targets: { planned: 0 } }).figures;
    expect(f.signed).toEqual({ actual: 5, target: null, percent: null });
    expect(f.planned).toEqual({ actual: 0, target: 0, percent: null });
  });

  it('may exceed 100 percent', () => {
    const f = figuresOf(signed(3), '2018-02-12', { targets: { signed: 2 } }).figures;
    expect(f.signed.percent).toBe(150);
  });
});

describe('campaignFigures: investment', () => {
  it('sums the entries from Jan 1 to the as-of date, both included', () => {
    const p = aProject({
      annualPlan: 100000,
      investments: entries(
        ['2017-12-31', 1],
        ['2018-01-01', 10],
        ['2018-01-31', 100],
        ['2018-02-12', 1000],
        ['2018-02-13', 10000],
      ),
    });
    expect(figuresOf([p], '2018-02-12').figures.investment.actual).toBe(1110);
  });

  it('sums across projects, against the sum of the annual plans', () => {
    const projects = [
      aProject({ annualPlan: 6_000_000, investments: entries(['2018-02-10', 500_000]) }),
      aProject({ annualPlan: 686_000, investments: entries(['2018-02-01', 75_000]) }),
      aProject({ annualPlan: null }),
    ];
    // Jinjiang's 733 key projects: 57.5亿 done of about 668.6亿 = 8.6%.
    expect(figuresOf(projects, '2018-02-12').figures.investment).toEqual({
      actual: 575000,
      target: 6686000,
      percent: 8.6,
    });
  });

  it('has no target without annual plans', () => {
    const p = aProject({ investments: entries(['2018-02-10', 6000]) });
    expect(figuresOf([p], '2018-02-12').figures.investment).toEqual({
      actual: 6000,
      target: null,
      percent: null,
    });
  });

  it('does not count investment after the campaign year', () => {
    const p = aProject({
      annualPlan: 1000,
      investments: entries(['2018-12-31', 100], ['2019-01-02', 50]),
    });
    expect(figuresOf([p], '2019-03-01').figures.investment.actual).toBe(100);
  });
});

describe('campaignFigures: time progress and counts', () => {
  it.each([
    ['2017-12-31', 0],
    ['2018-01-01', 0.3],
    ['2018-02-12', 11.8],
    ['2018-07-02', 50.1],
    ['2018-12-30', 99.7],
    ['2018-12-31', 100],
    ['2019-06-01', 100],
  ])('as of %s is %d percent of the year', (asOf, percent) => {
    expect(figuresOf([], asOf).timeProgress).toBe(percent);
  });

  it('uses the campaign year, not the as-of year', () => {
    expect(figuresOf([], '2024-02-29', { year: 2024 }).timeProgress).toBe(16.4);
    expect(figuresOf([], '2018-02-12', { year: 2019 }).timeProgress).toBe(0);
  });

  it('echoes the as-of date and counts the projects', () => {
    const f = figuresOf([started(null), started(null)], '2018-02-12');
    expect(f.asOf).toBe('2018-02-12');
    expect(f.projectCount).toBe(2);
  });

  it('gives all zeros for an empty ledger', () => {
    const f = figuresOf([], '2018-02-12', { targets: { planned: 200 } });
    expect(f.figures.planned).toEqual({ actual: 0, target: 200, percent: 0 });
    expect(f.figures.investment).toEqual({ actual: 0, target: null, percent: null });
    expect(f.projectCount).toBe(0);
  });
});

describe('campaignFigures with remembered shares', () => {
  const money = (amount: number, date = '2018-01-20') => ({ date, amount });
  const ledger = (): Project[] =>
    Array.from({ length: 40 }, (_, i) =>
      aProject({
        annualPlan: i % 3 === 0 ? null : 1000 + i * 0.1,
        investments: [money(0.1 * i), money(0.2, '2018-03-02'), money(3.3, '2017-12-31')],
        milestones: {
          signed: { plan: null, actual: i % 2 === 0 ? '2018-02-01' : null },
          started: { plan: null, actual: i % 5 === 0 ? '2018-02-20' : null },
        },
      }),
    );

  it('gives exactly the figures of a fresh count, through edits and as-of moves', () => {
    const shares = new FigureShares();
    let doc = aDoc({ projects: ledger(), campaign: { targets: { signed: 30 } } });
    const check = (asOf: string) =>
      expect(campaignFigures(doc, asOf, shares)).toEqual(campaignFigures(doc, asOf));
    check('2018-02-12');
    // An edit replaces one project object; the others are shared with the previous document.
    const projects = doc.projects.slice();
    projects[7] = { ...projects[7]!, annualPlan: 5, investments: [money(0.7)] };
    doc = { ...doc, projects };
    check('2018-02-12');
    check('2018-03-31');
    check('2018-02-12');
    doc = { ...doc, projects: doc.projects.slice(0, 20) };
    check('2018-02-12');
  });
});

describe('round1', () => {
  it.each([
    [8.6000001, 8.6],
    [8.64, 8.6],
    [8.65001, 8.7],
    [33.333, 33.3],
    [0, 0],
    [100, 100],
  ])('round1(%d) is %d', (x, expected) => {
    expect(round1(x)).toBe(expected);
  });
});
