import { describe, expect, it } from 'vitest';
import { monthlyInvestment, withInvestment, withoutInvestment } from './investments.ts';
import { aProject, entries } from './test-factories.ts';

describe('investment entries', () => {
  it('sums the entries of each month of the year', () => {
    const p = aProject({
      investments: entries(
        ['2017-12-31', 50],
        ['2018-01-10', 100],
        ['2018-01-20', 0.1],
        ['2018-01-31', 0.2],
        ['2018-02-10', 300],
      ),
    });
    const months = monthlyInvestment(p, 2018);
    expect(months.slice(0, 3)).toEqual([100.3, 300, 0]);
    expect(months).toHaveLength(12);
  });

  it('returns the same project when nothing changes', () => {
    const p = aProject({ investments: entries(['2018-01-10', 100]) });
    expect(withInvestment(p, '2018-01-10', 100)).toBe(p);
    expect(withoutInvestment(p, '2018-01-11')).toBe(p);
  });
});
