// The problem sheet's columns as data: what each shows, its header and width, and the command an
// edit becomes. Columns without `toCommand` are derived (the project's light, the due date, the
// clock) and read-only; the close-out fields are edited only on closed problems.
import type { CalendarDate } from '../core/calendar-date.ts';
import type { Command } from '../core/commands.ts';
import type { ProblemField } from '../core/problem-commands.ts';
import { ESCALATION_WORDS, PROBLEM_STATUS_WORDS, SCOPE_WORDS } from '../core/problem-vocabulary.ts';
import { problemClock, type ProblemClock } from '../core/problems.ts';
import type { Status } from '../core/status.ts';
import type { Problem, Project } from '../core/types.ts';
import type { Locale, Words } from '../core/vocabulary.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import type { MessageKey } from '../ui/i18n.svelte.ts';
import {
  clockText,
  clockTone,
  lightWord,
  projectLabel,
  type Tone,
  type Translate,
} from '../ui/problems/problem-text.ts';

export interface ProblemColumnContext {
  locale: Locale;
  asOf: CalendarDate;
  calendar: WorkCalendar;
  projects: ReadonlyMap<string, Project>;
  /** "code name" → project id, for the project column's choices. */
  projectIdByLabel: ReadonlyMap<string, string>;
  units: readonly string[];
  lights: ReadonlyMap<string, Status>;
  t: Translate;
}

/** What a row needs besides the problem: its clock, computed once per row. */
interface RowFacts {
  clock: ProblemClock;
  project: Project | undefined;
}

export interface ProblemColumn {
  /** Written to each cell as `data-field`. */
  key: string;
  width: number;
  header: MessageKey;
  /** Dropdown choices; `search` lets typing filter a long list (the 733 projects). */
  choices?: (ctx: ProblemColumnContext) => string[];
  search?: boolean;
  toCell(p: Problem, facts: RowFacts, ctx: ProblemColumnContext): string;
  tone?(p: Problem, facts: RowFacts, ctx: ProblemColumnContext): Tone;
  /** Absent for derived columns, which are read-only. */
  toCommand?(problemId: string, raw: string, ctx: ProblemColumnContext): Command;
  /** Editable only on some rows (the close-out fields on closed problems). */
  editable?(p: Problem): boolean;
}

const words = (table: Record<string, Words>) => (ctx: ProblemColumnContext) =>
  Object.values(table).map((w) => w[ctx.locale]);

function edit(field: ProblemField) {
  return (problemId: string, raw: string, ctx: ProblemColumnContext): Command => ({
    type: 'setProblemField',
    problemId,
    field,
    value: raw,
    on: ctx.asOf,
  });
}

const isClosed = (p: Problem): boolean => p.status === 'resolved';

export const PROBLEM_COLUMNS: readonly ProblemColumn[] = [
  {
    key: 'project',
    width: 230,
    header: 'problems.col.project',
    choices: (ctx) => [...ctx.projectIdByLabel.keys()],
    search: true,
    toCell: (p, { project }) => (project ? projectLabel(project) : p.projectId),
    // A label that names no project goes to the core as typed, which refuses it by name.
    toCommand: (problemId, raw, ctx) =>
      edit('projectId')(problemId, ctx.projectIdByLabel.get(raw.trim()) ?? raw, ctx),
  },
  {
    key: 'light',
    width: 84,
    header: 'problems.col.light',
    toCell: (p, _f, ctx) => {
      const light = ctx.lights.get(p.projectId)?.light;
      return light ? `● ${lightWord(light, ctx.t)}` : '';
    },
    tone: (p, _f, ctx) => ctx.lights.get(p.projectId)?.light ?? 'muted',
  },
  {
    key: 'description',
    width: 300,
    header: 'problems.col.description',
    toCell: (p) => p.description,
    toCommand: edit('description'),
  },
  {
    key: 'raisedOn',
    width: 100,
    header: 'problems.col.raisedOn',
    toCell: (p) => p.raisedOn,
    toCommand: edit('raisedOn'),
  },
  {
    key: 'due',
    width: 130,
    header: 'problems.col.due',
    toCell: (p, { clock }, ctx) =>
      p.dueOverride ? ctx.t('problems.dueOverridden', { date: clock.due }) : clock.due,
  },
  {
    key: 'clock',
    width: 130,
    header: 'problems.col.clock',
    toCell: (_p, { clock }, ctx) => clockText(clock, ctx.t),
    tone: (_p, { clock }) => clockTone(clock),
  },
  {
    key: 'status',
    width: 80,
    header: 'problems.col.status',
    toCell: (p, _f, ctx) => PROBLEM_STATUS_WORDS[p.status][ctx.locale],
  },
  {
    key: 'scope',
    width: 90,
    header: 'problems.col.scope',
    choices: words(SCOPE_WORDS),
    toCell: (p, _f, ctx) => SCOPE_WORDS[p.scope][ctx.locale],
    toCommand: edit('scope'),
  },
  {
    key: 'ownerUnit',
    width: 130,
    header: 'problems.col.ownerUnit',
    choices: (ctx) => [...ctx.units],
    toCell: (p) => p.ownerUnit,
    toCommand: edit('ownerUnit'),
  },
  {
    key: 'escalation',
    width: 100,
    header: 'problems.col.escalation',
    choices: words(ESCALATION_WORDS),
    toCell: (p, _f, ctx) => ESCALATION_WORDS[p.escalation][ctx.locale],
    toCommand: edit('escalation'),
  },
  {
    key: 'leader',
    width: 110,
    header: 'problems.col.leader',
    toCell: (_p, { project }) => project?.leader ?? '',
  },
  {
    key: 'resolvedOn',
    width: 100,
    header: 'problems.col.resolvedOn',
    toCell: (p) => p.resolvedOn ?? '',
    toCommand: edit('resolvedOn'),
    editable: isClosed,
  },
  {
    key: 'resolution',
    width: 280,
    header: 'problems.col.resolution',
    toCell: (p) => p.resolution,
    toCommand: edit('resolution'),
    editable: isClosed,
  },
];

/** Project and description stay in view while scrolling sideways. */
export const PROBLEM_FROZEN_COLUMNS = 2;

export interface ProblemRows {
  ids: string[];
  cells: string[][];
  tones: (Tone | null)[][];
  readOnly: boolean[][];
}

export function problemRows(problems: readonly Problem[], ctx: ProblemColumnContext): ProblemRows {
  const rows: ProblemRows = { ids: [], cells: [], tones: [], readOnly: [] };
  for (const p of problems) {
    const facts: RowFacts = {
      clock: problemClock(p, ctx.asOf, ctx.calendar),
      project: ctx.projects.get(p.projectId),
    };
    rows.ids.push(p.id);
    rows.cells.push(PROBLEM_COLUMNS.map((c) => c.toCell(p, facts, ctx)));
    rows.tones.push(PROBLEM_COLUMNS.map((c) => c.tone?.(p, facts, ctx) ?? null));
    rows.readOnly.push(PROBLEM_COLUMNS.map((c) => !c.toCommand || c.editable?.(p) === false));
  }
  return rows;
}
