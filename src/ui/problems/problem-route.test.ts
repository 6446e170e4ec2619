import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../core/problems.ts';
import { briefHash, listHash, parseProblemsHash } from './problem-route.ts';

describe('the problems view’s address', () => {
  it('keeps the list’s filters, and round-trips them', () => {
    const filter = {
      status: 'open',
      unit: '市交通运输局',
      leader: '副市长(交通)',
      overdueOnly: true,
    } as const;
    const hash = listHash(filter);
    expect(parseProblemsHash(hash)).toEqual({ view: 'list', filter });
    expect(listHash(NO_FILTER)).toBe('#/problems');
    expect(parseProblemsHash('#/problems?status=nonsense')).toEqual({
      view: 'list',
      filter: NO_FILTER,
    });
  });

  it('names a leader’s brief, slashes and brackets included', () => {
    expect(parseProblemsHash(briefHash('副市长(交通)'))).toEqual({
      view: 'brief',
      leader: '副市长(交通)',
    });
    expect(parseProblemsHash(briefHash('A/B'))).toEqual({ view: 'brief', leader: 'A/B' });
    expect(parseProblemsHash('#/problems/brief')).toEqual({ view: 'brief', leader: null });
  });
});
