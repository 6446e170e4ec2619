// A project's (or a problem's) cells as files hold them: the words of the chosen language for
// choices, numbers for amounts, calendar dates as `YYYY-MM-DD`. Shared by the export and the
// import's diff.
import { makeDate, type CalendarDate } from '../core/calendar-date.ts';
import { groupDigits } from '../core/money.ts';
import { ESCALATION_WORDS, PROBLEM_STATUS_WORDS, SCOPE_WORDS } from '../core/problem-vocabulary.ts';
import { dueDate } from '../core/problems.ts';
import { investmentDone } from '../core/project.ts';
import { FIELD_BY_KEY } from '../core/project-fields.ts';
import type { Problem, Project, Workstream } from '../core/types.ts';
import type { Locale, Words } from '../core/vocabulary.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import type { ColumnKind } from './tables.ts';

export type FileCell = string | number | null;

export interface ValueContext {
  locale: Locale;
  asOf: CalendarDate;
  year: number;
  /** The working-day calendar, for problems' due dates; without it they are left out. */
  calendar?: WorkCalendar;
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

export function problemCell(
  q: Problem,
  key: string,
  ctx: ValueContext,
  projects: ReadonlyMap<string, Project>,
): FileCell {
  switch (key) {
    case 'projectCode':
      return projects.get(q.projectId)?.code ?? null;
    case 'projectName':
      return projects.get(q.projectId)?.name ?? null;
    case 'scope':
      return wordsOf(SCOPE_WORDS, q.scope, ctx.locale);
    case 'escalation':
      return wordsOf(ESCALATION_WORDS, q.escalation, ctx.locale);
    case 'status':
      return wordsOf(PROBLEM_STATUS_WORDS, q.status, ctx.locale);
    case 'due':
      return ctx.calendar ? dueDate(q, ctx.calendar) : null;
    case 'id':
    case 'description':
    case 'raisedOn':
    case 'ownerUnit':
    case 'resolvedOn':
    case 'resolution':
      return q[key] || null;
    default:
      return null;
  }
}

/** A cell as a person reads it in the preview. */
export function displayCell(value: FileCell, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    return kind === 'money' ? groupDigits(value, Number.isInteger(value) ? 0 : 2) : String(value);
  }
  return value;
}
