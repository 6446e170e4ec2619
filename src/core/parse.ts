// Reading what people type or paste: dates in the forms Chinese spreadsheets use, amounts in 万/亿.
// Shared by grid edits, pastes and file imports, so every entry point accepts the same text.
import { isCalendarDate, makeDate, type CalendarDate } from './calendar-date.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };
export type ParseFailure = 'notADate' | 'notANumber' | 'negative' | 'notAPercent';

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
];

/** Empty text is "no date" (null); anything else must name a real day. */
export function parseDate(text: string): Parsed<CalendarDate | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  for (const form of DATE_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return isCalendarDate(date) ? { ok: true, value: date } : { ok: false, reason: 'notADate' };
  }
  return { ok: false, reason: 'notADate' };
}

/** Only ASCII digits, at most 15 of them: a whole number that `Number` reads exactly. */
function isDigits(text: string): boolean {
  if (text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

const UNIT_FACTOR: Record<string, number> = {
  '': 1,
  万: 1,
  万元: 1,
  亿: 10000,
  亿元: 10000,
  元: 0.0001,
};
const MONEY = /^([+-]?[\d,，]*\.?\d+)\s*(万元|亿元|万|亿|元)?$/;

/** An amount in 万元. Bare numbers are 万元; `7.9亿` is 79000; `1,234.5` is 1234.5. */
export function parseMoney(text: string): Parsed<number | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  // Most amounts in a file are whole 万元: read without the pattern, to the same value.
  if (isDigits(t)) return { ok: true, value: Math.round(Number(t) * 10000) / 10000 };
  const m = MONEY.exec(t);
  if (!m) return { ok: false, reason: 'notANumber' };
  const number = Number((m[1] ?? '').replace(/[,，]/g, ''));
  if (!Number.isFinite(number)) return { ok: false, reason: 'notANumber' };
  if (number < 0) return { ok: false, reason: 'negative' };
  // Round to 1/10000 万元 (one yuan) so that 亿 conversions do not leave binary noise.
  const value = Math.round(number * (UNIT_FACTOR[m[2] ?? ''] ?? 1) * 10000) / 10000;
  return { ok: true, value };
}

export function parsePercent(text: string): Parsed<number | null> {
  const t = text.trim().replace(/%$/, '');
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, reason: 'notANumber' };
  if (n < 0 || n > 100) return { ok: false, reason: 'notAPercent' };
  return { ok: true, value: n };
}
