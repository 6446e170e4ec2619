// The 旬报 as a CSV file that Excel and WPS open as it is: one table with a header row.
import type { DekadReport } from '../core/dekad-report.ts';
import { dekadLabel } from '../core/dekad-words.ts';
import { LIGHT_WORDS, PROBLEM_SCOPE_WORDS, REPORT_SECTION_WORDS } from '../core/report-words.ts';
import type { ProjectRef } from '../core/snapshot.ts';
import { BATCHES, type BatchKey } from '../core/types.ts';
import { BATCH_WORDS, type Locale } from '../core/vocabulary.ts';
import { csvText } from './csv-write.ts';
import type { FileCell } from './project-values.ts';

/** Amounts to the cent, and no "-0": report figures are sums of decimals (0.1 + 0.2). */
function cents(cell: FileCell): FileCell {
  if (typeof cell !== 'number') return cell;
  const rounded = Math.round(Math.abs(cell) * 100);
  return rounded === 0 ? 0 : (Math.sign(cell) * rounded) / 100;
}

/** The file's text: io/csv-write.ts with every amount rounded to the cent. */
export function reportCsvText(rows: readonly (readonly FileCell[])[]): string {
  return csvText(rows.map((row) => row.map(cents)));
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
export function reportRows(report: DekadReport, locale: Locale): FileCell[][] {
  const dekad = dekadLabel(report.dekad, locale);
  const summary = REPORT_SECTION_WORDS.summary[locale];
  const project = (p: ProjectRef | null): FileCell[] =>
    p ? [p.code, p.name, p.town, p.unit] : [null, null, null, null];
  const rows: FileCell[][] = [[...HEADERS[locale]]];

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
    report.batches[b].map((x): FileCell[] => [
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
