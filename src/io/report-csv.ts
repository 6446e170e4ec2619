// The 旬报 as a CSV file that Excel and WPS open as it is: UTF-8 with a BOM, CRLF line ends, one
// table with a header row. Text cells that a spreadsheet would run as a formula are defused.
import type { DekadReport } from '../core/dekad-report.ts';
import { dekadLabel } from '../core/dekad-words.ts';
import { LIGHT_WORDS, PROBLEM_SCOPE_WORDS, REPORT_SECTION_WORDS } from '../core/report-words.ts';
import type { ProjectRef } from '../core/snapshot.ts';
import { BATCHES, type BatchKey } from '../core/types.ts';
import { BATCH_WORDS, type Locale } from '../core/vocabulary.ts';

export type Cell = string | number | null;

/** A cell starting with one of these (or their full-width forms) is a formula to a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;
/** The same at the start of any line of a multi-line cell. */
const FORMULA_LINE = /[\r\n][=+\-@＝＋－＠]/;

/** A leading apostrophe makes the cell text; Excel and WPS do not show it. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) || FORMULA_LINE.test(text) ? `'${text}` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const cents = Math.round(Math.abs(cell) * 100);
    return String(cents === 0 ? 0 : (Math.sign(cell) * cents) / 100);
  }
  const text = defuseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text, BOM first. */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n';
}

const HEADERS: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '旬',
    '分类',
    '项目编码',
    '项目名称',
    '镇街',
    '责任单位',
    '日期',
    '本旬',
    '累计',
    '目标',
    '完成率(%)',
    '说明',
  ],
  en: [
    'Dekad',
    'Section',
    'Code',
    'Project',
    'Town / street',
    'Responsible unit',
    'Date',
    'In the dekad',
    'To date',
    'Target',
    'Completion (%)',
    'Note',
  ],
};

const UNIT_WAN: Record<Locale, string> = { 'zh-CN': '（万元）', en: ' (万元)' };

/** The report as rows: a summary line per batch and for investment, then one line per fact. */
export function reportRows(report: DekadReport, locale: Locale): Cell[][] {
  const dekad = dekadLabel(report.dekad, locale);
  const summary = REPORT_SECTION_WORDS.summary[locale];
  const project = (p: ProjectRef | null): Cell[] =>
    p ? [p.code, p.name, p.town, p.unit] : [null, null, null, null];
  const rows: Cell[][] = [[...HEADERS[locale]]];

  const totals = report.totals.figures;
  for (const b of BATCHES) {
    const f = totals[b];
    rows.push([
      dekad,
      summary,
      null,
      BATCH_WORDS[b][locale],
      null,
      null,
      report.through,
      report.batches[b].length,
      f.actual,
      f.target,
      f.percent,
      null,
    ]);
  }
  const inv = totals.investment;
  const invWord = REPORT_SECTION_WORDS.investment[locale] + UNIT_WAN[locale];
  rows.push([
    dekad,
    summary,
    null,
    invWord,
    null,
    null,
    report.through,
    report.investment.total,
    inv.actual,
    inv.target,
    inv.percent,
    null,
  ]);

  const batchLines = (b: BatchKey) =>
    report.batches[b].map((x): Cell[] => [
      dekad,
      BATCH_WORDS[b][locale],
      ...project(x.project),
      x.date,
      null,
      null,
      null,
      null,
      null,
    ]);
  for (const b of BATCHES) rows.push(...batchLines(b));
  for (const l of report.investment.lines)
    rows.push([
      dekad,
      invWord,
      ...project(l.project),
      null,
      l.amount,
      l.yearToDate,
      null,
      null,
      null,
    ]);

  const problems = [
    ...report.problems.raised.map((q) => ({ q, word: REPORT_SECTION_WORDS.problemRaised })),
    ...report.problems.closed.map((q) => ({ q, word: REPORT_SECTION_WORDS.problemClosed })),
  ];
  for (const { q, word } of problems)
    rows.push([
      dekad,
      word[locale],
      ...project(q.project),
      q.date,
      null,
      null,
      null,
      null,
      `${PROBLEM_SCOPE_WORDS[q.scope][locale]} · ${q.ownerUnit} · ${q.description}`,
    ]);

  for (const c of report.colours?.changes ?? [])
    rows.push([
      dekad,
      REPORT_SECTION_WORDS.colour[locale],
      ...project(c.project),
      null,
      null,
      null,
      null,
      null,
      `${LIGHT_WORDS[c.from][locale]} → ${LIGHT_WORDS[c.to][locale]}`,
    ]);
  return rows;
}
