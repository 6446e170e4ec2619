import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/bench/lib/stats.mjs';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([5, 1, 9, 3, 7])).toBe(5);
    expect(median([42])).toBe(42);
  });

  it('takes the mean of the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is not moved by one wild sample', () => {
    expect(median([10, 11, 12, 13, 5000])).toBe(12);
  });

  it('leaves the samples as they were', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples at all', () => {
    expect(() => median([])).toThrow(/no samples/);
  });
});
