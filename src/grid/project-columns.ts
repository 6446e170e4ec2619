// The ledger sheet's columns as data: what each shows, its header, width and the command an edit
// becomes. Field rules (parsing, validation) stay in the core's field table.
import { makeDate, type CalendarDate } from '../core/calendar-date.ts';
import type { Command } from '../core/commands.ts';
import { groupDigits } from '../core/money.ts';
import { investmentDone } from '../core/project.ts';
import { PROJECT_FIELDS, type FieldKind, type FieldSpec } from '../core/project-fields.ts';
import { MILESTONES, type CampaignLists, type MilestoneKey, type Project } from '../core/types.ts';
import { MILESTONE_WORDS, type Locale, type Words } from '../core/vocabulary.ts';

export interface ColumnContext {
  locale: Locale;
  asOf: CalendarDate;
  year: number;
  lists: CampaignLists;
}

export type CellValue = string | number | null;

export interface GridColumn {
  key: string;
  kind: FieldKind;
  width: number;
  header(ctx: ColumnContext, t: (key: string, params?: Record<string, string>) => string): string;
  /** Dropdown choices, for enum and choice columns. */
  choices(ctx: ColumnContext): string[] | null;
  toCell(p: Project, ctx: ColumnContext): CellValue;
  toCommand(projectId: string, raw: unknown, ctx: ColumnContext): Command;
}

const WIDTH: Record<FieldKind, number> = {
  code: 110,
  text: 200,
  date: 100,
  money: 110,
  enum: 90,
  choice: 120,
  tags: 150,
};
const WIDE: Record<string, number> = { name: 220, notes: 260, nextStep: 220 };

function fieldColumn(spec: FieldSpec): GridColumn {
  const words = spec.words;
  const [milestone, side] = spec.key.split('.') as [MilestoneKey, 'plan' | 'actual' | undefined];
  return {
    key: spec.key,
    kind: spec.kind,
    width: WIDE[spec.key] ?? WIDTH[spec.kind],
    header: (ctx, t) =>
      side
        ? t(`col.${side}`, { milestone: MILESTONE_WORDS[milestone][ctx.locale] })
        : t(`col.${spec.key}`),
    choices: (ctx) =>
      words
        ? Object.values(words).map((w: Words) => w[ctx.locale])
        : spec.list
          ? [...ctx.lists[spec.list]]
          : null,
    toCell: (p, ctx) => {
      const value = spec.get(p);
      if (Array.isArray(value))
        return value.map((k: string) => words?.[k]?.[ctx.locale] ?? k).join('、');
      if (typeof value === 'string' && spec.kind === 'enum')
        return words?.[value]?.[ctx.locale] ?? value;
      return value as CellValue;
    },
    toCommand: (projectId, raw) => ({
      type: 'setProjectField',
      projectId,
      field: spec.key,
      value: raw,
    }),
  };
}

/** Planners keep a "done this year" column; the core records a typed total as a dated entry. */
const investmentToDate: GridColumn = {
  key: 'investmentToDate',
  kind: 'money',
  width: 130,
  header: (_ctx, t) => t('col.investmentToDate'),
  choices: () => null,
  toCell: (p, ctx) => investmentDone(p, makeDate(ctx.year, 1, 1), ctx.asOf),
  toCommand: (projectId, raw, ctx) => ({
    type: 'setInvestmentToDate',
    projectId,
    asOf: ctx.asOf,
    total: raw,
  }),
};

const byKey = new Map(PROJECT_FIELDS.map((f) => [f.key, fieldColumn(f)]));
const field = (key: string): GridColumn => {
  const column = byKey.get(key);
  if (!column) throw new Error(`no field ${key}`);
  return column;
};

export const PROJECT_COLUMNS: readonly GridColumn[] = [
  ...['code', 'name', 'tier', 'town', 'unit', 'leader', 'industry', 'battles', 'stage'].map(field),
  field('totalInvestment'),
  field('annualPlan'),
  investmentToDate,
  ...MILESTONES.flatMap((m) => [field(`${m}.plan`), field(`${m}.actual`)]),
  field('notes'),
  field('nextStep'),
];

/** Code and name stay in view while scrolling sideways. */
export const FROZEN_COLUMNS = 2;

export function formatCell(column: GridColumn, value: CellValue): string {
  if (value === null || value === '') return '';
  if (column.kind === 'money' && typeof value === 'number')
    return groupDigits(value, Number.isInteger(value) ? 0 : 2);
  return String(value);
}

export function projectRows(projects: readonly Project[], ctx: ColumnContext): CellValue[][] {
  return projects.map((p) => PROJECT_COLUMNS.map((c) => c.toCell(p, ctx)));
}
