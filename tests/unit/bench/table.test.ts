import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  evaluateRow,
  formatNumber,
  markdownTable,
  rowCells,
  textTable,
  type Row,
} from '../../../scripts/bench/lib/table.mjs';

const sheet: Row = {
  figure: 'sheet ready',
  unit: 'ms',
  ours: [600, 620, 580, 9000, 610],
  peer: { name: 'bare Handsontable', samples: [500, 520, 510, 505, 515] },
  targets: [{ max: 1.15, on: 'ratio' }],
};

describe('evaluateRow', () => {
  it('compares the medians and checks a target on the ratio', () => {
    const result = evaluateRow(sheet);
    expect(result).toMatchObject({ ours: 610, peer: 510, runs: 5, ok: false });
    expect(result.ratio).toBeCloseTo(610 / 510);
    expect(evaluateRow({ ...sheet, targets: [{ max: 1.2, on: 'ratio' }] }).ok).toBe(true);
  });

  it('checks a target on our own median, with or without a peer', () => {
    const edit: Row = {
      figure: 'edit',
      unit: 'ms',
      ours: [15, 17, 16],
      targets: [{ max: 16, on: 'ours' }],
    };
    expect(evaluateRow(edit)).toMatchObject({ ours: 16, peer: null, ratio: null, ok: true });
    expect(evaluateRow({ ...edit, ours: [16.5] }).ok).toBe(false);
  });

  it('has no verdict for a figure without a target', () => {
    expect(evaluateRow({ figure: 'heap', unit: 'MB', ours: [80] }).ok).toBeNull();
  });

  it('misses a target on the ratio when the peer measured nothing', () => {
    expect(evaluateRow({ ...sheet, peer: { name: 'x', samples: [0] } }).ok).toBe(false);
  });
});

describe('formatNumber', () => {
  it('keeps three significant digits, and whole numbers from 100 up', () => {
    expect(formatNumber(0.01234)).toBe('0.012');
    expect(formatNumber(7.345)).toBe('7.34');
    expect(formatNumber(19.24)).toBe('19.2');
    expect(formatNumber(612.4)).toBe('612');
    expect(formatNumber(16)).toBe('16');
    expect(formatNumber(350)).toBe('350');
  });
});

describe('a row with two targets', () => {
  const row: Row = {
    figure: 'import',
    unit: 'ms',
    ours: [900],
    peer: { name: 'bare', samples: [400] },
    targets: [
      { max: 1000, on: 'ours' },
      { max: 2, on: 'ratio' },
    ],
  };

  it('meets them only when it meets every one', () => {
    expect(evaluateRow(row).ok).toBe(false);
    expect(evaluateRow({ ...row, peer: { name: 'bare', samples: [450] } }).ok).toBe(true);
    expect(evaluateRow({ ...row, ours: [1100], peer: { name: 'bare', samples: [900] } }).ok).toBe(
      false,
    );
  });

  it('reads a ratio below 1 as how many times faster', () => {
    const cells = rowCells(
      evaluateRow({
        figure: 'chart',
        unit: 'ms',
        ours: [50],
        peer: { name: 'other', samples: [1000] },
        targets: [{ max: 0.1, on: 'ratio' }],
      }),
    );
    expect(cells[3]).toBe('0.05× (20× faster)');
    expect(cells[4]).toBe('≥ 10× faster');
  });

  it('lists them in one cell', () => {
    expect(rowCells(evaluateRow(row))[4]).toBe('≤ 1000 ms, ≤ 2×');
  });
});

describe('rowCells', () => {
  it('shows value, peer, ratio, target and verdict', () => {
    expect(rowCells(evaluateRow(sheet))).toEqual([
      'sheet ready',
      '610 ms',
      '510 ms (bare Handsontable)',
      '1.20×',
      '≤ 1.15×',
      'NO',
    ]);
  });

  it('shows a dash where there is no peer or target', () => {
    expect(rowCells(evaluateRow({ figure: 'heap', unit: 'MB', ours: [81.26] }))).toEqual([
      'heap',
      '81.3 MB',
      '—',
      '—',
      '—',
      '—',
    ]);
  });

  it('writes a target on our value with its unit', () => {
    const row: Row = { figure: 'js', unit: 'KB', ours: [75], targets: [{ max: 350, on: 'ours' }] };
    expect(rowCells(evaluateRow(row)).slice(4)).toEqual(['≤ 350 KB', 'yes']);
  });
});

describe('textTable', () => {
  it('aligns columns, counting a Chinese character as two columns', () => {
    expect(displayWidth('旬 roll-ups')).toBe(11);
    const lines = textTable([
      evaluateRow({ figure: '旬 roll-ups', unit: 'ms', ours: [33] }),
      evaluateRow({ figure: 'cold start', unit: 'ms', ours: [1200] }),
    ]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^figure\s+ours\s+peer\s+ratio\s+target\s+ok\?$/);
    const oursAt = (line: string, value: string): number =>
      displayWidth(line.slice(0, line.indexOf(value)));
    expect(oursAt(lines[0]!, 'ours')).toBe(oursAt(lines[2]!, '33 ms'));
    expect(oursAt(lines[3]!, '1200 ms')).toBe(oursAt(lines[2]!, '33 ms'));
  });
});

describe('markdownTable', () => {
  it('writes a header, a rule and one line per row, escaping pipes', () => {
    const lines = markdownTable([evaluateRow({ figure: 'a | b', unit: 'KB', ours: [1.5] })]).split(
      '\n',
    );
    expect(lines).toEqual([
      '| figure | ours | peer | ratio | target | ok? |',
      '| --- | --- | --- | --- | --- | --- |',
      '| a \\| b | 1.50 KB | — | — | — | — |',
    ]);
  });
});
