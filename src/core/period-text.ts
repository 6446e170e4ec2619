// Periods as planners write them in a targets file — 2018年3月上旬, 3月中旬, 3月, 一季度, 上半年, Q1,
// Mar 2018, 全年, or a period's last day — read to the day a cumulative plan is kept on (the period's
// last day; see Campaign.cumulativePlans), and written back in the finest form that names that day.
import {
  daysInMonth,
  isCalendarDate,
  makeDate,
  partsOf,
  type CalendarDate,
} from './calendar-date.ts';
import { dekadEnd, dekadOf } from './dekad.ts';
import { dekadLabel } from './dekad-words.ts';
import { parseDate } from './parse.ts';
import type { Locale, Words } from './vocabulary.ts';

/** null: the whole year, i.e. the annual target. */
export type PeriodEndRead =
  { ok: true; value: CalendarDate | null } | { ok: false; reason: 'notAPeriod' | 'otherYear' };

export const WHOLE_YEAR_WORDS: Words = { 'zh-CN': '全年', en: 'Year' };

const WHOLE_YEAR = new Set([
  '',
  '全年',
  '年度',
  '年',
  '本年',
  '本年度',
  'year',
  'annual',
  'fullyear',
]);
const PART: Record<string, 1 | 2 | 3> = { 上: 1, 中: 2, 下: 3, early: 1, mid: 2, late: 3 };
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const MONTHS_EN = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** A period's last day in a year; 'year' for the whole year, null for no such period (13月). */
type End = (year: number) => CalendarDate | 'year' | null;
type Found = { year: number | null; end: End };

const isMonth = (month: number): boolean => Number.isInteger(month) && month >= 1 && month <= 12;
const monthEnd =
  (month: number): End =>
  (y) =>
    isMonth(month) ? makeDate(y, month, daysInMonth(y, month)) : null;
const dekadEndOf =
  (month: number, part: 1 | 2 | 3): End =>
  (y) =>
    isMonth(month) ? dekadEnd({ year: y, month, part }) : null;
const wholeYear: End = () => 'year';
const yearOf = (text: string | undefined): number | null => (text ? Number(text) : null);
const monthOfEn = (text: string): number => MONTHS_EN.indexOf(text.slice(0, 3) as 'jan') + 1;

/** Each form: a pattern over the text (NFKC, lower case, no spaces) and what it names. */
const FORMS: readonly [RegExp, (m: RegExpExecArray) => Found][] = [
  [
    /^(?:(\d{4})年)?(\d{1,2})月([上中下])旬$/,
    (m) => ({ year: yearOf(m[1]), end: dekadEndOf(Number(m[2]), PART[m[3] as string] ?? 1) }),
  ],
  [
    /^(early|mid|late)([a-z]{3,9})(\d{4})?$/,
    (m) => ({
      year: yearOf(m[3]),
      end: dekadEndOf(monthOfEn(m[2] as string), PART[m[1] as string] ?? 1),
    }),
  ],
  [/^(?:(\d{4})年)?(\d{1,2})月份?$/, (m) => ({ year: yearOf(m[1]), end: monthEnd(Number(m[2])) })],
  [/^(\d{4})[-/.](\d{1,2})$/, (m) => ({ year: yearOf(m[1]), end: monthEnd(Number(m[2])) })],
  [
    /^([a-z]{3,9})(\d{4})?$/,
    (m) => ({ year: yearOf(m[2]), end: monthEnd(monthOfEn(m[1] as string)) }),
  ],
  [
    /^(?:(\d{4})年)?第?([一二三四1-4])季度?$/,
    (m) => ({ year: yearOf(m[1]), end: monthEnd((QUARTER[m[2] as string] ?? 0) * 3) }),
  ],
  [
    /^(?:(\d{4})-?)?q([1-4])(?:-?(\d{4}))?$/,
    (m) => ({ year: yearOf(m[1] ?? m[3]), end: monthEnd(Number(m[2]) * 3) }),
  ],
  [/^(?:(\d{4})年)?上半年$/, (m) => ({ year: yearOf(m[1]), end: monthEnd(6) })],
  [/^(?:(\d{4})年)?(?:全年|年度)$/, (m) => ({ year: yearOf(m[1]), end: wholeYear })],
  [/^(\d{4})(?:年度?)?$/, (m) => ({ year: yearOf(m[1]), end: wholeYear })],
];

/** The period's last day within the campaign's `year`, or null for the whole year. */
export function parsePeriodEnd(text: string, year: number): PeriodEndRead {
  const t = text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
  if (WHOLE_YEAR.has(t)) return { ok: true, value: null };
  for (const [form, read] of FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const found = read(m);
    if (found.year !== null && found.year !== year) return { ok: false, reason: 'otherYear' };
    const end = found.end(year);
    if (end === null) return { ok: false, reason: 'notAPeriod' };
    return { ok: true, value: end === 'year' ? null : end };
  }
  // A period's last day written as a date: the last day of a 旬 (and so of a month or quarter).
  const date = parseDate(t);
  if (date.ok && date.value !== null && isCalendarDate(date.value)) {
    if (partsOf(date.value).year !== year) return { ok: false, reason: 'otherYear' };
    if (dekadEnd(dekadOf(date.value)) === date.value) return { ok: true, value: date.value };
  }
  return { ok: false, reason: 'notAPeriod' };
}

/** How a plan's day is written: the month when it ends one (and so its quarter), else the 旬. */
export function periodEndLabel(date: CalendarDate, locale: Locale): string {
  const { year, month, day } = partsOf(date);
  if (day === daysInMonth(year, month)) {
    return locale === 'zh-CN' ? `${year}年${month}月` : `${MONTHS_TITLE[month - 1]} ${year}`;
  }
  return dekadLabel(dekadOf(date), locale);
}

const MONTHS_TITLE = MONTHS_EN.map((m) => m[0]?.toUpperCase() + m.slice(1));
