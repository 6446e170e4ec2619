// A project's cells as files hold them: the words of the chosen language for choices, numbers
// for amounts, calendar dates as `YYYY-MM-DD`. Shared by the export and the import's diff.
import { makeDate, type CalendarDate } from '../core/calendar-date.ts';
import { groupDigits } from '../core/money.ts';
import { investmentDone } from '../core/project.ts';
import { FIELD_BY_KEY } from '../core/project-fields.ts';
import type { Project, Workstream } from '../core/types.ts';
import type { Locale, Words } from '../core/vocabulary.ts';
import type { ColumnKind } from './tables.ts';

export type FileCell = string | number | null;

export interface ValueContext {
  locale: Locale;
  asOf: CalendarDate;
  year: number;
}

export function wordsOf(
  words: Record<string, Words> | undefined,
  key: string,
  locale: Locale,
): string {
  return words?.[key]?.[locale] ?? key;
}

export function projectCell(p: Project, key: string, ctx: ValueContext): FileCell {
  if (key === 'investmentToDate') return investmentDone(p, makeDate(ctx.year, 1, 1), ctx.asOf);
  const spec = FIELD_BY_KEY.get(key);
  if (!spec) return null;
  const value = spec.get(p);
  if (Array.isArray(value))
    return value.map((k: string) => wordsOf(spec.words, k, ctx.locale)).join('、');
  if (spec.kind === 'enum' && typeof value === 'string')
    return wordsOf(spec.words, value, ctx.locale);
  return value as FileCell;
}

export function workstreamCell(w: Workstream | undefined, key: string): FileCell {
  if (!w) return null;
  return (w as unknown as Record<string, FileCell>)[key] ?? null;
}

/** A cell as a person reads it in the preview. */
export function displayCell(value: FileCell, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    return kind === 'money' ? groupDigits(value, Number.isInteger(value) ? 0 : 2) : String(value);
  }
  return value;
}
