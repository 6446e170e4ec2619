import { describe, expect, it } from 'vitest';
import { aDoc, aProject, entries } from '../core/test-factories.ts';
import { rankingData, rankingHeight, rankingOption } from './ranking-option.ts';
import { LIGHT_COLORS } from './palette.ts';

const asOf = '2018-02-12';

/** Three towns: 安海镇 has done 30% of its plan, 永和镇 5%; 英林镇 has no target at all. */
const doc = aDoc({
  projects: [
    aProject({ town: '安海镇', annualPlan: 1000, investments: entries(['2018-01-10', 300]) }),
    aProject({ town: '永和镇', annualPlan: 2000, investments: entries(['2018-02-01', 100]) }),
    aProject({ town: '英林镇' }),
    aProject({ unit: '市住建局', annualPlan: 500, investments: entries(['2018-01-10', 100]) }),
  ],
});

type Bars = {
  data: { value: number; itemStyle: { color: string } }[];
  markLine: { data: { xAxis: number }[] };
};

describe('rankingData', () => {
  it('ranks towns by completion, first place first, and leaves those without targets out', () => {
    const data = rankingData(doc, 'town', asOf);
    expect(data.bars.map((b) => [b.name, b.score, b.rank])).toEqual([
      ['安海镇', 30, 1],
      ['永和镇', 5, 2],
    ]);
    // The unit's project has no town: a blank town is not a town.
    expect(data.unranked).toBe(1);
    expect(data.timeProgress).toBe(11.8);
  });

  it('ranks units the same way', () => {
    const data = rankingData(doc, 'unit', asOf);
    expect(data.kind).toBe('unit');
    expect(data.bars.map((b) => [b.name, b.score])).toEqual([['市住建局', 20]]);
  });

  it('gives every row its height', () => {
    const data = rankingData(doc, 'town', asOf);
    const many = { ...data, bars: Array.from({ length: 20 }, () => data.bars[0]!) };
    expect(rankingHeight(many)).toBeGreaterThan(rankingHeight(data));
    expect(rankingHeight(many)).toBeGreaterThanOrEqual(20 * 20);
  });
});

describe('rankingOption', () => {
  it('draws one bar per ranked town, red behind time progress and green ahead of it', () => {
    const option = rankingOption(rankingData(doc, 'town', asOf), 'zh-CN');
    const [bars] = option.series as Bars[];
    expect(bars?.data.map((d) => d.value)).toEqual([30, 5]);
    expect(bars?.data.map((d) => d.itemStyle.color)).toEqual([
      LIGHT_COLORS.green,
      LIGHT_COLORS.red,
    ]);
    expect(bars?.markLine.data).toEqual([{ xAxis: 11.8 }]);
    expect((option.yAxis as { data: string[] }).data).toEqual(['安海镇', '永和镇']);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 0 })).toContain('第 1 名');
  });

  it('escapes names in the tooltip', () => {
    const evil = aDoc({
      projects: [aProject({ town: '<img src=x onerror=alert(1)>', annualPlan: 100 })],
    });
    const option = rankingOption(rankingData(evil, 'town', asOf), 'en');
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const text = formatter({ dataIndex: 0 });
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img');
    expect(text).toContain('No. 1');
  });
});
