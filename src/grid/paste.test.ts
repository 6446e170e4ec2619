import { describe, expect, it } from 'vitest';
import { placeBlock } from './paste.ts';

describe('placeBlock', () => {
  const block = [
    ['a', 'b'],
    ['c', 'd'],
  ];

  it('puts the block at the selection’s top-left cell', () => {
    const { cells, clipped } = placeBlock(block, { row: 3, col: 1, rows: 1, cols: 1 }, 10);
    expect(cells).toEqual([
      { row: 3, col: 1, value: 'a' },
      { row: 3, col: 2, value: 'b' },
      { row: 4, col: 1, value: 'c' },
      { row: 4, col: 2, value: 'd' },
    ]);
    expect(clipped).toBe(0);
  });

  it('repeats the block over a selection that is a multiple of it', () => {
    const { cells } = placeBlock([['x']], { row: 0, col: 0, rows: 3, cols: 2 }, 10);
    expect(cells).toHaveLength(6);
    expect(new Set(cells.map((c) => c.value))).toEqual(new Set(['x']));
    const once = placeBlock(block, { row: 0, col: 0, rows: 3, cols: 2 }, 10);
    expect(once.cells).toHaveLength(4);
  });

  it('runs past the last row (new rows) but leaves out cells past the last column', () => {
    const { cells, clipped } = placeBlock(block, { row: 9, col: 4, rows: 1, cols: 1 }, 5);
    expect(cells).toEqual([
      { row: 9, col: 4, value: 'a' },
      { row: 10, col: 4, value: 'c' },
    ]);
    expect(clipped).toBe(2);
  });

  it('places nothing for an empty block', () => {
    expect(placeBlock([], { row: 0, col: 0, rows: 1, cols: 1 }, 5)).toEqual({
      cells: [],
      clipped: 0,
    });
  });
});
