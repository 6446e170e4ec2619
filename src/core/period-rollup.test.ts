import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './calendar-date.ts';
import {
  DEKADS_PER_YEAR,
  dekadBuckets,
  periodSlots,
  rollUp,
  type Granularity,
} from './period-rollup.ts';
import { buildSampleCampaign } from './sample-campaign.ts';
import { campaignFigures } from './rollups.ts';
import { aProject, entries } from './test-factories.ts';

describe('periodSlots', () => {
  it('covers the year without gaps for every granularity', () => {
    for (const g of ['dekad', 'month', 'quarter', 'year'] as Granularity[]) {
      const slots = periodSlots(g, 2024);
      expect(slots[0]?.start).toBe('2024-01-01');
      expect(slots.at(-1)?.end).toBe('2024-12-31');
      for (let i = 1; i < slots.length; i++)
        expect(slots[i]?.start).toBe(addDays(slots[i - 1]!.end, 1));
    }
    expect(periodSlots('dekad', 2024)).toHaveLength(36);
    expect(periodSlots('quarter', 2018)[0]).toMatchObject({
      start: '2018-01-01',
      end: '2018-03-31',
    });
    expect(periodSlots('dekad', 2024)[5]).toMatchObject({ start: '2024-02-21', end: '2024-02-29' });
  });
});

describe('dekadBuckets and rollUp', () => {
  it('puts each fact in its 旬 and ignores facts after the count date or outside the year', () => {
    const p = aProject({
      milestones: {
        signed: { plan: null, actual: '2018-02-10' },
        started: { plan: null, actual: '2018-02-11' },
      },
      investments: entries(
        ['2017-12-31', 5],
        ['2018-01-10', 10],
        ['2018-01-11', 20],
        ['2018-03-01', 40],
      ),
    });
    const b = dekadBuckets([p], 2018, '2018-02-28');
    expect(b.signed[3]).toBe(1); // 2018-02 上旬
    expect(b.started[4]).toBe(1); // 2018-02 中旬
    expect(b.investment.slice(0, 2)).toEqual([10, 20]);
    expect(b.investment.reduce((a, x) => a + x, 0)).toBe(30);
  });

  it('agrees with the campaign figures at the as-of date (the sample)', () => {
    const doc = buildSampleCampaign();
    const b = dekadBuckets(doc.projects, 2018, '2018-02-12');
    const figures = campaignFigures(doc, '2018-02-12').figures;
    const year = rollUp(b.investment, 'year', 2018)[0];
    expect(year?.cumulative).toBe(figures.investment.actual);
    expect(rollUp(b.signed, 'month', 2018)[1]?.amount).toBe(42);
  });

  it('a roll-up over 旬 equals the roll-up over months and quarters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), {
          minLength: DEKADS_PER_YEAR,
          maxLength: DEKADS_PER_YEAR,
        }),
        (buckets) => {
          const dekads = rollUp(buckets, 'dekad', 2018);
          const months = rollUp(buckets, 'month', 2018);
          const quarters = rollUp(buckets, 'quarter', 2018);
          months.forEach((m, i) => expect(m.cumulative).toBe(dekads[i * 3 + 2]?.cumulative));
          quarters.forEach((q, i) => expect(q.cumulative).toBe(months[i * 3 + 2]?.cumulative));
          expect(rollUp(buckets, 'year', 2018)[0]?.cumulative).toBe(quarters[3]?.cumulative);
        },
      ),
    );
  });
});
