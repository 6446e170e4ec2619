// A figure's samples become one table row: medians, the ratio to the peer, the targets and whether
// they are met. The same rows print as aligned text in the terminal and as Markdown in BENCHMARKS.md.
import { median } from './stats.mjs';

/**
 * @typedef {'ms' | 'KB' | 'MB'} Unit
 * @typedef {{ max: number, on: 'ours' | 'ratio' }} Target  a ceiling on our median or on the ratio
 * @typedef {{
 *   figure: string,
 *   unit: Unit,
 *   ours: number[],
 *   peer?: { name: string, samples: number[] },
 *   targets?: Target[],
 * }} Row  what a figure module returns: raw samples, one per run; every target must be met
 */

export const COLUMNS = ['figure', 'ours', 'peer', 'ratio', 'target', 'ok?'];

/** Rounds to what a reader can use: 3 significant digits, whole numbers from 100 up. */
export function formatNumber(x) {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 100) return String(Math.round(x));
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

const withUnit = (x, unit) => `${formatNumber(x)} ${unit}`;

/** Medians, ratio and verdict of one row. `ok` is null when the figure has no target. */
export function evaluateRow(row) {
  const ours = median(row.ours);
  const peer = row.peer ? median(row.peer.samples) : null;
  const ratio = peer !== null && peer > 0 ? ours / peer : null;
  const targets = row.targets ?? [];
  const meets = (target) => {
    const value = target.on === 'ratio' ? ratio : ours;
    return value !== null && value <= target.max;
  };
  const ok = targets.length === 0 ? null : targets.every(meets);
  return { figure: row.figure, unit: row.unit, runs: row.ours.length, ours, peer, ratio, ok, row };
}

/** A ratio below 1 is easier read the other way round: 0.05× is also " (20× faster)". */
const faster = (ratio) => (ratio > 0 && ratio < 1 ? ` (${formatNumber(1 / ratio)}× faster)` : '');

/** The six cells of an evaluated row, as text. */
export function rowCells(result) {
  const { row, unit } = result;
  const targets = (row.targets ?? []).map((t) => {
    if (t.on === 'ours') return `≤ ${withUnit(t.max, unit)}`;
    return t.max < 1 ? `≥ ${formatNumber(1 / t.max)}× faster` : `≤ ${formatNumber(t.max)}×`;
  });
  return [
    result.figure,
    withUnit(result.ours, unit),
    result.peer === null ? '—' : `${withUnit(result.peer, unit)} (${row.peer.name})`,
    result.ratio === null ? '—' : `${result.ratio.toFixed(2)}×${faster(result.ratio)}`,
    targets.length === 0 ? '—' : targets.join(', '),
    result.ok === null ? '—' : result.ok ? 'yes' : 'NO',
  ];
}

/** Characters a terminal draws two columns wide: CJK, Hangul, fullwidth forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns a string takes. */
export function displayWidth(text) {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const padEnd = (text, width) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** An aligned plain-text table with a header and a rule under it. */
export function textTable(results) {
  const lines = [COLUMNS, ...results.map(rowCells)];
  const widths = COLUMNS.map((_, i) => Math.max(...lines.map((cells) => displayWidth(cells[i]))));
  const render = (cells) =>
    cells
      .map((c, i) => padEnd(c, widths[i]))
      .join('  ')
      .trimEnd();
  return [
    render(lines[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.slice(1).map(render),
  ].join('\n');
}

/** A Markdown table; `|` inside a cell is escaped. */
export function markdownTable(results) {
  const escape = (cell) => cell.replaceAll('|', '\\|');
  const render = (cells) => `| ${cells.map(escape).join(' | ')} |`;
  return [
    render(COLUMNS),
    render(COLUMNS.map(() => '---')),
    ...results.map((r) => render(rowCells(r))),
  ].join('\n');
}
