// The working-day calendar as a file: 日期,类型,名称 with 类型 休 (a day off) or 班 (a make-up
// working day). Read back line by line; every bad line is named, and nothing is taken from a file
// with any bad line.
import { parseDate } from '../core/parse.ts';
import type { CalendarDate } from '../core/calendar-date.ts';
import type { Locale } from '../core/vocabulary.ts';
import type { CalendarDay, DayKind, WorkCalendar } from '../core/working-days.ts';
import { toCsv } from './csv-write.ts';
import { normaliseHeader } from './headers.ts';
import { isBlankRow, type RawRow, type RawSheet } from './sheet.ts';

type CalendarColumn = 'date' | 'kind' | 'name';
const COLUMNS: readonly CalendarColumn[] = ['date', 'kind', 'name'];

/** Headers written on export, and those read as the same column (compared normalised). */
const HEADERS: Record<CalendarColumn, { title: Record<Locale, string>; aliases: string[] }> = {
  date: { title: { 'zh-CN': '日期', en: 'Date' }, aliases: ['日期', 'date', 'day', '公历日期'] },
  kind: {
    title: { 'zh-CN': '类型', en: 'Kind' },
    aliases: ['类型', 'kind', 'type', '类别', '休/班', '放假/上班'],
  },
  name: {
    title: { 'zh-CN': '名称', en: 'Name' },
    aliases: ['名称', 'name', '节日', '节假日', '假日名称', 'holiday', '说明', '备注'],
  },
};

/** What a 类型 cell may say, normalised (NFKC, lower case, no spaces). */
const KIND_WORDS: Record<DayKind, readonly string[]> = {
  holiday: ['休', '假', '休息', '放假', '节假日', '休息日', 'holiday', 'off', 'dayoff'],
  workday: ['班', '上班', '补班', '调休上班', '工作日', 'workday', 'work', 'workingday'],
};

export const KIND_TEXT: Record<Locale, Record<DayKind, string>> = {
  'zh-CN': { holiday: '休', workday: '班' },
  en: { holiday: 'holiday', workday: 'workday' },
};

export type CalendarProblemReason =
  'noHeader' | 'missingColumn' | 'notADate' | 'badKind' | 'duplicateDate' | 'noDays';

/** A bad line, named as a person finds it: its line, the column's header and the cell. */
export interface CalendarProblem {
  reason: CalendarProblemReason;
  line: number | null;
  column: string | null;
  value: string | null;
  /** For a repeated date: the line it was first given on. */
  first?: number;
}

export interface CalendarRead {
  days: Record<CalendarDate, CalendarDay>;
  problems: CalendarProblem[];
}

const normal = (text: string): string => normaliseHeader(text).name;

function columnOf(header: string): CalendarColumn | null {
  const name = normal(header);
  return COLUMNS.find((c) => HEADERS[c].aliases.some((a) => normal(a) === name)) ?? null;
}

export function kindOf(text: string): DayKind | null {
  const t = normal(text);
  if (KIND_WORDS.holiday.includes(t)) return 'holiday';
  if (KIND_WORDS.workday.includes(t)) return 'workday';
  return null;
}

interface Layout {
  /** File column per calendar column. */
  index: Record<CalendarColumn, number | null>;
  /** The header's text per calendar column, for messages. */
  header: Record<CalendarColumn, string>;
  /** Rows holding days. */
  rows: readonly RawRow[];
}

/**
 * The first non-blank row is the header; a file that starts with a date has none and is read as
 * 日期,类型,名称 in that order (how people type such a list by hand).
 */
function layoutOf(rows: readonly RawRow[], locale: Locale): Layout | CalendarProblem {
  const start = rows.findIndex((r) => !isBlankRow(r));
  const first = rows[start];
  const titles = (c: CalendarColumn): string => HEADERS[c].title[locale];
  if (!first) return { reason: 'noDays', line: null, column: null, value: null };
  const firstDate = parseDate(first.cells[0] ?? '');
  if (firstDate.ok && firstDate.value !== null) {
    return {
      index: { date: 0, kind: 1, name: 2 },
      header: { date: titles('date'), kind: titles('kind'), name: titles('name') },
      rows: rows.slice(start),
    };
  }
  const index: Record<CalendarColumn, number | null> = { date: null, kind: null, name: null };
  const header = { date: titles('date'), kind: titles('kind'), name: titles('name') };
  first.cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && index[column] === null) {
      index[column] = i;
      header[column] = cell.trim();
    }
  });
  if (index.date === null && index.kind === null) {
    return { reason: 'noHeader', line: first.line, column: null, value: first.cells.join(',') };
  }
  for (const column of ['date', 'kind'] as const) {
    if (index[column] === null) {
      return { reason: 'missingColumn', line: first.line, column: titles(column), value: null };
    }
  }
  return { index, header, rows: rows.slice(start + 1) };
}

/** Every day of the sheet, or every problem in it; `locale` names the columns in messages. */
export function readCalendarSheet(sheet: RawSheet, locale: Locale): CalendarRead {
  const layout = layoutOf(sheet.rows, locale);
  if ('reason' in layout) return { days: {}, problems: [layout] };
  const { index, header, rows } = layout;
  const days: Record<CalendarDate, CalendarDay> = {};
  const firstLine = new Map<CalendarDate, number>();
  const problems: CalendarProblem[] = [];
  const cell = (row: RawRow, column: CalendarColumn): string => {
    const i = index[column];
    return i === null ? '' : (row.cells[i] ?? '').trim();
  };
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const dateText = cell(row, 'date');
    const kindText = cell(row, 'kind');
    const parsed = parseDate(dateText);
    const kind = kindOf(kindText);
    const bad = (reason: CalendarProblemReason, column: CalendarColumn, value: string): void => {
      problems.push({ reason, line: row.line, column: header[column], value });
    };
    const repeated = (value: string, first: number): void => {
      problems.push({ reason: 'duplicateDate', line: row.line, column: header.date, value, first });
    };
    if (!parsed.ok || parsed.value === null) bad('notADate', 'date', dateText);
    if (kind === null) bad('badKind', 'kind', kindText);
    if (!parsed.ok || parsed.value === null || kind === null) continue;
    const date = parsed.value;
    const earlier = firstLine.get(date);
    if (earlier !== undefined) {
      repeated(dateText, earlier);
      continue;
    }
    firstLine.set(date, row.line);
    days[date] = { kind, name: cell(row, 'name') };
  }
  if (problems.length === 0 && firstLine.size === 0) {
    problems.push({ reason: 'noDays', line: null, column: null, value: null });
  }
  return problems.length > 0 ? { days: {}, problems } : { days, problems };
}

/** The whole calendar, day by day in date order, in the UI's language; read back by the above. */
export function calendarCsv(calendar: WorkCalendar, locale: Locale): string {
  const rows = Object.entries(calendar.days)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, day]) => [date, KIND_TEXT[locale][day.kind], day.name]);
  return toCsv(
    COLUMNS.map((c) => HEADERS[c].title[locale]),
    rows,
  );
}
