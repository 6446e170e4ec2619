// The detail panel's stage ledger (精细台账) as a small sheet: one row per workstream, one column
// per field, and the workstream's light, derived. Field rules stay in the core.
import type { CalendarDate } from '../core/calendar-date.ts';
import { blankWorkstreams } from '../core/project.ts';
import { checkWorkstream, type WorkstreamWarning } from '../core/project-checks.ts';
import { workstreamLight, type Light } from '../core/status.ts';
import type { StatusRules } from '../core/status-rules.ts';
import { WORKSTREAMS, type Project, type WorkstreamKey } from '../core/types.ts';
import { WORKSTREAM_WORDS, type Locale } from '../core/vocabulary.ts';
import { WORKSTREAM_FIELDS, type WorkstreamField } from '../core/workstream-fields.ts';

export type WorkstreamCell = string | number | null;

export interface WorkstreamRow {
  key: WorkstreamKey;
  name: string;
  values: Record<WorkstreamField, WorkstreamCell>;
  light: Light;
  warnings: WorkstreamWarning[];
}

/** Columns in sheet order: the name, the seven fields, the light. */
export const WORKSTREAM_COLUMNS: readonly ('name' | WorkstreamField | 'light')[] = [
  'name',
  ...WORKSTREAM_FIELDS,
  'light',
];

export const isDateField = (f: string): boolean =>
  f === 'planStart' || f === 'planEnd' || f === 'actualStart' || f === 'actualEnd';

export function workstreamRows(
  p: Project,
  locale: Locale,
  asOf: CalendarDate,
  rules: StatusRules,
): WorkstreamRow[] {
  const all = p.workstreams ?? blankWorkstreams();
  return WORKSTREAMS.map((key) => {
    const w = all[key];
    return {
      key,
      name: WORKSTREAM_WORDS[key][locale],
      values: { ...w },
      light: workstreamLight(w, asOf, rules),
      warnings: checkWorkstream(w),
    };
  });
}

/** The sheet's cells of a row, in WORKSTREAM_COLUMNS order. */
export function workstreamCells(
  row: WorkstreamRow,
  lightWord: (l: Light) => string,
): WorkstreamCell[] {
  return WORKSTREAM_COLUMNS.map((c) =>
    c === 'name' ? row.name : c === 'light' ? lightWord(row.light) : row.values[c],
  );
}
