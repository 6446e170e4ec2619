import { describe, expect, it } from 'vitest';
import { previousDekadEnd, rankScopes } from './ranking.ts';
import { buildSampleCampaign } from './sample-campaign.ts';
import { aDoc, aProject, entries } from './test-factories.ts';

describe('rankScopes', () => {
  it('ranks towns by completion against their targets, highest first, with ties sharing a rank', () => {
    const doc = aDoc({
      campaign: {
        lists: { towns: ['甲镇', '乙镇', '丙镇', '丁镇'], units: [], leaders: [], industries: [] },
      },
      projects: [
        aProject({ town: '甲镇', annualPlan: 100, investments: entries(['2018-01-05', 50]) }),
        aProject({ town: '乙镇', annualPlan: 100, investments: entries(['2018-01-05', 80]) }),
        aProject({ town: '丙镇', annualPlan: 100, investments: entries(['2018-01-05', 80]) }),
      ],
    });
    const rows = rankScopes(doc, 'town', '2018-02-12');
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['丙镇', 1],
      ['乙镇', 1],
      ['甲镇', 3],
      ['丁镇', null],
    ]);
    expect(rows.find((r) => r.name === '甲镇')?.score).toBe(50);
  });

  it('reports the places gained since the end of the previous 旬', () => {
    const doc = aDoc({
      projects: [
        aProject({ town: '甲镇', annualPlan: 100, investments: entries(['2018-01-05', 50]) }),
        // 乙镇 overtakes 甲镇 within the current 旬 (2018-02 中旬).
        aProject({
          town: '乙镇',
          annualPlan: 100,
          investments: entries(['2018-01-05', 10], ['2018-02-12', 60]),
        }),
      ],
    });
    const rows = rankScopes(doc, 'town', '2018-02-15');
    expect(rows.map((r) => [r.name, r.rank, r.rankChange])).toEqual([
      ['乙镇', 1, 1],
      ['甲镇', 2, -1],
    ]);
  });

  it('ranks the sample’s towns and units and counts their lights', () => {
    const doc = buildSampleCampaign();
    const towns = rankScopes(doc, 'town', '2018-02-12');
    expect(towns.length).toBeGreaterThanOrEqual(19);
    expect(towns[0]?.rank).toBe(1);
    const total = towns.reduce((s, r) => s + r.projectCount, 0);
    expect(total).toBe(733);
    const lights = towns.reduce((s, r) => s + r.lights.green + r.lights.yellow + r.lights.red, 0);
    expect(lights).toBe(733);
    expect(rankScopes(doc, 'unit', '2018-02-12').reduce((s, r) => s + r.projectCount, 0)).toBe(733);
  });
});

describe('previousDekadEnd', () => {
  it('is the last day of the 旬 before', () => {
    expect(previousDekadEnd('2018-02-12')).toBe('2018-02-10');
    expect(previousDekadEnd('2018-03-05')).toBe('2018-02-28');
    expect(previousDekadEnd('2018-01-01')).toBe('2017-12-31');
  });
});
