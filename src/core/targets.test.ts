import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands.ts';
import { buildSampleCampaign } from './sample-campaign.ts';
import { annualTarget, planAt, targetTable, WHOLE_CAMPAIGN } from './targets.ts';
import { aDoc, aProject, entries, okDoc } from './test-factories.ts';

describe('planAt', () => {
  it('is a straight line from 0 to the annual target without set values', () => {
    expect(planAt('signed', 365, undefined, 2018, '2018-12-31')).toBe(365);
    expect(planAt('signed', 365, undefined, 2018, '2018-01-10')).toBe(10);
    expect(planAt('signed', 365, undefined, 2018, '2018-07-02')).toBe(183);
  });

  it('takes a set value as it is and bends the line through it', () => {
    const set = { '2018-03-31': 30 };
    expect(planAt('signed', 50, set, 2018, '2018-03-31')).toBe(30);
    // Before: 0 → 30 over Jan–Mar (90 days); 2018-02-14 is day 45 → 15.
    expect(planAt('signed', 50, set, 2018, '2018-02-14')).toBe(15);
    // After: 30 → 50 over Apr–Dec.
    expect(planAt('signed', 50, set, 2018, '2018-12-31')).toBe(50);
  });

  it('is null with neither an annual target nor set values', () => {
    expect(planAt('upgraded', null, undefined, 2018, '2018-06-30')).toBeNull();
    expect(planAt('upgraded', null, { '2018-03-31': 4 }, 2018, '2018-06-30')).toBe(4);
  });
});

describe('targetTable', () => {
  const sample = buildSampleCampaign();

  it('gives the sample’s investment by month: 8.6% of the year by the as-of date', () => {
    const t = targetTable(sample, WHOLE_CAMPAIGN, 'investment', 'month', '2018-02-12');
    expect(t.annual).toBe(6686000);
    expect(t.rows).toHaveLength(12);
    expect(t.rows[1]?.actual).toBe(575000);
    expect(t.rows[1]?.annualPercent).toBe(8.6);
    expect(t.rows[2]?.actual).toBeNull(); // March has not begun
    expect(t.rows[11]?.plan).toBe(6686000);
  });

  it('keeps 旬, month and quarter consistent: a set month-end plan is the quarter’s too', () => {
    const doc = okDoc(
      applyCommand(sample, {
        type: 'setCumulativePlan',
        figure: 'signed',
        periodEnd: '2018-03-31',
        value: 20,
      }),
    );
    const month = targetTable(doc, WHOLE_CAMPAIGN, 'signed', 'month', '2018-02-12');
    const quarter = targetTable(doc, WHOLE_CAMPAIGN, 'signed', 'quarter', '2018-02-12');
    const dekad = targetTable(doc, WHOLE_CAMPAIGN, 'signed', 'dekad', '2018-02-12');
    expect(month.rows[2]).toMatchObject({ plan: 20, planIsSet: true });
    expect(quarter.rows[0]).toMatchObject({ plan: 20, planIsSet: true });
    expect(dekad.rows[8]).toMatchObject({ plan: 20, planIsSet: true });
    expect(dekad.rows[3]?.amount).toBe(42); // the 02-09 signings fall in Feb 上旬
  });

  it('is red when a closed period’s plan was missed, yellow when behind time progress, green on plan', () => {
    const p = aProject({
      stage: 'construction',
      annualPlan: 1000,
      investments: entries(['2018-01-05', 100]),
    });
    const doc = aDoc({ projects: [p] });
    expect(targetTable(doc, WHOLE_CAMPAIGN, 'investment', 'month', '2018-02-12').light).toBe(
      'green',
    );
    const missed = okDoc(
      applyCommand(doc, {
        type: 'setCumulativePlan',
        figure: 'investment',
        periodEnd: '2018-01-31',
        value: 200,
      }),
    );
    expect(targetTable(missed, WHOLE_CAMPAIGN, 'investment', 'month', '2018-02-12').light).toBe(
      'red',
    );
    expect(targetTable(doc, WHOLE_CAMPAIGN, 'investment', 'month', '2018-06-30').light).toBe(
      'yellow',
    );
  });

  it('scopes targets to a town: its projects, its own batch targets, its plans’ sum', () => {
    const a = aProject({ town: '安海镇', annualPlan: 300 });
    const b = aProject({ town: '英林镇', annualPlan: 700 });
    const doc = okDoc(
      applyCommand(aDoc({ projects: [a, b] }), {
        type: 'setScopeTarget',
        scope: 'town',
        name: '安海镇',
        batch: 'started',
        value: 4,
      }),
    );
    expect(annualTarget(doc, { kind: 'town', name: '安海镇' }, 'investment')).toBe(300);
    expect(annualTarget(doc, { kind: 'town', name: '安海镇' }, 'started')).toBe(4);
    expect(annualTarget(doc, { kind: 'town', name: '英林镇' }, 'started')).toBeNull();
  });
});

describe('target commands', () => {
  it('clears a set plan with null and refuses negatives and bad dates', () => {
    const doc = aDoc();
    const set = okDoc(
      applyCommand(doc, {
        type: 'setCumulativePlan',
        figure: 'signed',
        periodEnd: '2018-03-31',
        value: 5,
      }),
    );
    const cleared = okDoc(
      applyCommand(set, {
        type: 'setCumulativePlan',
        figure: 'signed',
        periodEnd: '2018-03-31',
        value: null,
      }),
    );
    expect(cleared.campaign.cumulativePlans.signed).toEqual({});
    expect(
      applyCommand(doc, {
        type: 'setCumulativePlan',
        figure: 'signed',
        periodEnd: '2018-03-31',
        value: -1,
      }),
    ).toMatchObject({ ok: false, reason: 'negative' });
    expect(
      applyCommand(doc, {
        type: 'setCumulativePlan',
        figure: 'signed',
        periodEnd: '2018-02-30',
        value: 1,
      }),
    ).toMatchObject({ ok: false, reason: 'notADate' });
  });

  it('sets status rules within range', () => {
    const doc = okDoc(
      applyCommand(aDoc(), {
        type: 'setStatusRules',
        rules: { behindMarginPoints: 5, dueSoonDays: 3 },
      }),
    );
    expect(doc.campaign.statusRules).toEqual({ behindMarginPoints: 5, dueSoonDays: 3 });
    expect(
      applyCommand(aDoc(), {
        type: 'setStatusRules',
        rules: { behindMarginPoints: -1, dueSoonDays: 3 },
      }).ok,
    ).toBe(false);
    expect(
      applyCommand(aDoc(), {
        type: 'setStatusRules',
        rules: { behindMarginPoints: 5, dueSoonDays: 2.5 },
      }).ok,
    ).toBe(false);
  });
});
