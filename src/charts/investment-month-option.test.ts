import { describe, expect, it } from 'vitest';
import { aDoc, aProject, entries } from '../core/test-factories.ts';
import { investmentMonthData, investmentMonthOption } from './investment-month-option.ts';

const doc = aDoc({
  projects: [
    aProject({
      annualPlan: 800,
      investments: entries(['2018-01-05', 100], ['2018-01-31', 50], ['2018-02-05', 30]),
    }),
    // Recorded after the as-of date: not counted yet.
    aProject({ annualPlan: 400, investments: entries(['2018-02-20', 70]) }),
  ],
});

type Bar = { name: string; data: (number | null)[] };

describe('investmentMonthData', () => {
  it('sums what was done in each month to the as-of date', () => {
    const data = investmentMonthData(doc, '2018-02-12');
    expect(data.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data.done).toEqual([150, 30, ...Array<null>(10).fill(null)]);
    expect(data.total).toBe(180);
  });

  it('asks of each month the growth of the planned cumulative figure', () => {
    const data = investmentMonthData(doc, '2018-02-12');
    // 1,200 万元 spread over the days: 102 by Jan 31 (1,200 × 31/365), 194 by Feb 28.
    expect(data.planned[0]).toBe(102);
    expect(data.planned[1]).toBe(92);
    expect(data.planned.reduce((s, p) => (s ?? 0) + (p ?? 0), 0)).toBe(1200);
  });

  it('has no plan without annual planned investment', () => {
    const data = investmentMonthData(
      aDoc({ projects: [aProject({ investments: entries(['2018-03-01', 5]) })] }),
      '2018-12-31',
    );
    expect(data.planned.every((p) => p === null)).toBe(true);
    expect(data.done[2]).toBe(5);
  });
});

describe('investmentMonthOption', () => {
  it('draws the planned and the done bars per month, in 万元', () => {
    const data = investmentMonthData(doc, '2018-02-12');
    const option = investmentMonthOption(data, 'zh-CN');
    const [planned, done] = option.series as Bar[];
    expect(planned?.name).toBe('当月计划');
    expect(planned?.data).toEqual(data.planned);
    expect(done?.name).toBe('当月完成');
    expect(done?.data).toEqual(data.done);
    expect((option.xAxis as { data: string[] }).data[1]).toBe('2月');
    expect((option.yAxis as { name: string }).name).toBe('万元');
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toContain('当月完成：150 万元');
  });

  it('labels months in English', () => {
    const option = investmentMonthOption(investmentMonthData(doc, '2018-02-12'), 'en');
    expect((option.xAxis as { data: string[] }).data.slice(0, 2)).toEqual(['Jan', 'Feb']);
    expect((option.series as Bar[])[1]?.name).toBe('Done in month');
  });
});
