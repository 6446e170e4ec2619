import { describe, expect, it } from 'vitest';
import { aDoc, aProject, entries } from '../core/test-factories.ts';
import type { CampaignDoc } from '../core/types.ts';
import { cumulativeData, cumulativeOption } from './cumulative-option.ts';

type Series = { name: string; data: unknown[]; markLine?: { data: { xAxis: string }[] } };
const series = (option: ReturnType<typeof cumulativeOption>): Series[] => option.series as Series[];
const tooltip = (option: ReturnType<typeof cumulativeOption>, dataIndex: number): string =>
  (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex }]);

/** Three signings in January and February, one after the as-of date; a target of 10. */
function signings(plans: Record<string, number> = {}): CampaignDoc {
  const signed = ['2018-01-05', '2018-01-15', '2018-02-11', '2018-02-15'];
  return aDoc({
    campaign: { targets: { signed: 10 }, cumulativePlans: { signed: plans } },
    projects: signed.map((d, i) =>
      aProject({ id: `s${i}`, code: `S${i}`, milestones: { signed: { actual: d } } }),
    ),
  });
}

describe('cumulativeData', () => {
  it('sums the actual figure 旬 by 旬 up to the as-of date, and stops at its 旬', () => {
    const data = cumulativeData(signings(), 'signed', '2018-02-12');
    expect(data.dekads).toHaveLength(36);
    expect(data.dekads[4]).toEqual({ month: 2, part: 2, start: '2018-02-11', end: '2018-02-20' });
    // Jan 上/中/下, Feb 上, Feb 中 (the as-of 旬: the signing on the 15th is still ahead).
    expect(data.actual.slice(0, 6)).toEqual([1, 2, 2, 2, 3, null]);
    expect(data.actual.filter((a) => a === null)).toHaveLength(31);
    expect(data.asOfIndex).toBe(4);
    expect(data.actualAtAsOf).toBe(3);
  });

  it('spreads the annual target over the days when no checkpoint is set', () => {
    const data = cumulativeData(signings(), 'signed', '2018-02-12');
    expect(data.annual).toBe(10);
    // 10 × 31/365 = 0.85 at the end of January; whole projects.
    expect(data.plan[2]).toBe(1);
    expect(data.plan[35]).toBe(10);
    expect(data.timeLine[2]).toBe(0.8);
    expect(data.timeLine[35]).toBe(10);
    expect(data.timeProgress[2]).toBe(8.5);
    expect(data.timeProgress[35]).toBe(100);
    expect(data.timeProgressAtAsOf).toBe(11.8);
  });

  it('keeps a set checkpoint and interpolates from it (以旬保月)', () => {
    const data = cumulativeData(signings({ '2018-01-31': 3 }), 'signed', '2018-02-12');
    expect(data.plan.slice(0, 3)).toEqual([1, 2, 3]);
    // Between 3 on Jan 31 and 10 on Dec 31: 3 + 7 × 12/334 on Feb 12.
    expect(data.planAtAsOf).toBe(3);
    // The time-progress line does not follow checkpoints: it is the target spread over the days.
    expect(data.timeLine[2]).toBe(0.8);
  });

  it('has no time-progress line without an annual target', () => {
    const doc = signings();
    const data = cumulativeData(
      { ...doc, campaign: { ...doc.campaign, targets: { ...doc.campaign.targets, signed: null } } },
      'signed',
      '2018-02-12',
    );
    expect(data.annual).toBeNull();
    expect(data.timeLine.every((v) => v === null)).toBe(true);
    expect(data.plan.every((v) => v === null)).toBe(true);
    expect(data.actualAtAsOf).toBe(3);
  });

  it('marks an as-of date outside the year and counts the whole year after it', () => {
    expect(cumulativeData(signings(), 'signed', '2017-12-31').asOfIndex).toBe(-1);
    expect(cumulativeData(signings(), 'signed', '2017-12-31').actual.every((a) => a === null)).toBe(
      true,
    );
    const after = cumulativeData(signings(), 'signed', '2019-03-01');
    expect(after.asOfIndex).toBe(36);
    expect(after.actual[35]).toBe(4);
    expect(after.actualAtAsOf).toBe(4);
    expect(after.planAtAsOf).toBe(10);
  });

  it('sums investment entries in 万元', () => {
    const doc = aDoc({
      projects: [
        aProject({
          annualPlan: 36_500,
          investments: entries(['2018-01-03', 100], ['2018-01-25', 250], ['2018-02-12', 50]),
        }),
      ],
    });
    const data = cumulativeData(doc, 'investment', '2018-02-12');
    expect(data.annual).toBe(36_500);
    expect(data.actual.slice(0, 6)).toEqual([100, 100, 350, 350, 400, null]);
    // 100 万元 a day.
    expect(data.plan[0]).toBe(1000);
    expect(data.timeLine[0]).toBe(1000);
  });
});

describe('cumulativeOption', () => {
  it('draws the plan, the actual and the time-progress line from the data', () => {
    const data = cumulativeData(signings({ '2018-01-31': 3 }), 'signed', '2018-02-12');
    const option = cumulativeOption(data, 'zh-CN');
    const [plan, actual, time] = series(option);
    expect(plan?.name).toBe('计划累计');
    expect(plan?.data).toEqual(data.plan);
    expect(actual?.name).toBe('实际累计');
    expect(actual?.data).toEqual(data.actual);
    expect(time?.name).toBe('时序进度线');
    expect(time?.data).toEqual(data.timeLine);
    expect((option.xAxis as { data: string[] }).data.slice(3, 6)).toEqual([
      '2月上旬',
      '2月中旬',
      '2月下旬',
    ]);
    expect(actual?.markLine?.data).toEqual([{ xAxis: '2月中旬' }]);
    expect((option.yAxis as { name: string }).name).toBe('个');
  });

  it('says in the tooltip the plan, the actual and its share of the annual target', () => {
    const option = cumulativeOption(cumulativeData(signings(), 'signed', '2018-02-12'), 'zh-CN');
    const text = tooltip(option, 4);
    expect(text).toContain('2月中旬');
    expect(text).toContain('实际累计：3 个');
    expect(text).toContain('占年度目标 30.0%');
    expect(tooltip(option, 5)).toContain('实际累计：—');
  });

  it('puts amounts on a 亿元 axis once they reach one 亿, in English too', () => {
    const doc = aDoc({
      projects: [aProject({ annualPlan: 250_000, investments: entries(['2018-01-03', 5000]) })],
    });
    const option = cumulativeOption(cumulativeData(doc, 'investment', '2018-02-12'), 'en');
    const y = option.yAxis as { name: string; axisLabel: { formatter: (v: number) => string } };
    expect(y.name).toBe('亿元');
    expect(y.axisLabel.formatter(150_000)).toBe('15');
    expect(series(option)[0]?.name).toBe('Planned (cumulative)');
    expect(tooltip(option, 0)).toContain('Actual (cumulative): 5,000 万元');
  });

  it('draws no as-of line before the campaign year', () => {
    const option = cumulativeOption(cumulativeData(signings(), 'signed', '2017-06-01'), 'zh-CN');
    expect(series(option)[1]?.markLine).toBeUndefined();
  });
});
