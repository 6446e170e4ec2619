import { describe, expect, it } from 'vitest';
import { selectionStats } from './selection-stats.ts';

describe('selectionStats', () => {
  it('counts cells, filled cells and numbers, and sums the numbers', () => {
    expect(selectionStats([6000, '安海镇', null, '', 0.1, 0.2])).toEqual({
      cells: 6,
      filled: 4,
      numbers: 3,
      sum: 6000.3,
    });
  });

  it('is all zero for no cells', () => {
    expect(selectionStats([])).toEqual({ cells: 0, filled: 0, numbers: 0, sum: 0 });
  });
});
