import { describe, expect, it } from 'vitest';
import type { Lane } from './battlemap-model.ts';
import { paginate, rowsPerPage } from './print-pages.ts';

// Lanes by name only: 'G…' is a group header, 'w…' a workstream, anything else a project.
const lanes = (...names: string[]): Lane[] =>
  names.map(
    (name) =>
      ({
        kind: name.startsWith('G') ? 'group' : name.startsWith('w') ? 'workstream' : 'project',
        key: name,
      }) as unknown as Lane,
  );
const keys = (pages: Lane[][]): string[][] => pages.map((p) => p.map((l) => l.key));

describe('paginate', () => {
  it('repeats the group header on a page that continues a group', () => {
    expect(keys(paginate(lanes('G1', 'a', 'b', 'c', 'd', 'e'), 3))).toEqual([
      ['G1', 'a', 'b'],
      ['G1', 'c', 'd'],
      ['G1', 'e'],
    ]);
  });

  it('never leaves a header alone at the foot of a page', () => {
    expect(keys(paginate(lanes('G1', 'a', 'G2', 'b', 'c'), 3))).toEqual([
      ['G1', 'a'],
      ['G2', 'b', 'c'],
    ]);
  });

  it('keeps a project with its workstreams, unless together they overfill a page', () => {
    expect(keys(paginate(lanes('G1', 'a', 'b', 'w1', 'w2', 'c'), 4))).toEqual([
      ['G1', 'a'],
      ['G1', 'b', 'w1', 'w2'],
      ['G1', 'c'],
    ]);
    expect(keys(paginate(lanes('a', 'w1', 'w2', 'w3', 'w4'), 3))).toEqual([
      ['a', 'w1', 'w2'],
      ['w3', 'w4'],
    ]);
  });

  it('cuts rows without groups into plain pages', () => {
    expect(keys(paginate(lanes('a', 'b', 'c'), 2))).toEqual([['a', 'b'], ['c']]);
    expect(paginate([], 10)).toEqual([]);
  });

  it('fits over thirty rows on an A3 landscape page', () => {
    expect(rowsPerPage()).toBeGreaterThanOrEqual(30);
  });
});
