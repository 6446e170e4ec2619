// The ledger sheet's columns as data: what each shows, its header, width, editor, and how a typed
// or pasted value is read. Field rules (parsing, validation) stay in the core's field table.
import { makeDate, type CalendarDate } from '../core/calendar-date.ts';
import { groupDigits } from '../core/money.ts';
import { investmentDone } from '../core/project.ts';
import {
  FIELD_BY_KEY,
  parseFieldInput,
  type FieldFailure,
  type FieldKind,
  type FieldSpec,
  type FieldValue,
} from '../core/project-fields.ts';
import { MILESTONES, type CampaignLists, type MilestoneKey, type Project } from '../core/types.ts';
import { MILESTONE_WORDS, type Locale, type Words } from '../core/vocabulary.ts';

export interface ColumnContext {
  locale: Locale;
  asOf: CalendarDate;
  year: number;
  lists: CampaignLists;
}

export type CellValue = string | number | null;

export type ColumnParse =
  { ok: true; value: FieldValue } | { ok: false; reason: FieldFailure | 'notAYearToDate' };

export type Translate = (key: string, params?: Record<string, string>) => string;

/** How a column is edited in the sheet. */
export type EditorKind = 'text' | 'dropdown' | 'date' | 'tags' | 'money';

export interface GridColumn {
  key: string;
  kind: FieldKind;
  editor: EditorKind;
  width: number;
  /** Code and name stay: they are frozen and name the row. */
  hideable: boolean;
  header(ctx: ColumnContext, t: Translate): string;
  /** Dropdown choices, for enum, choice and tags columns. */
  choices(ctx: ColumnContext): string[] | null;
  toCell(p: Project, ctx: ColumnContext): CellValue;
  /** Reads a typed or pasted value; a failure names what is wrong. */
  parse(raw: unknown, ctx: ColumnContext): ColumnParse;
  /** The project's value in the form `parse` returns, to skip edits that change nothing. */
  current(p: Project, ctx: ColumnContext): FieldValue;
}

const WIDTH: Record<FieldKind, number> = {
  code: 110,
  text: 200,
  date: 108,
  money: 116,
  enum: 90,
  choice: 120,
  tags: 170,
};
const WIDE: Record<string, number> = {
  name: 220,
  notes: 260,
  nextStep: 220,
  totalInvestment: 140,
  annualPlan: 172,
};

const EDITOR: Record<FieldKind, EditorKind> = {
  code: 'text',
  text: 'text',
  date: 'date',
  money: 'money',
  enum: 'dropdown',
  choice: 'dropdown',
  tags: 'tags',
};

/** Tags are joined with the Chinese enumeration comma, as planners write them. */
export const TAG_SEPARATOR = '、';

function fieldColumn(spec: FieldSpec): GridColumn {
  const words = spec.words;
  const [milestone, side] = spec.key.split('.') as [MilestoneKey, 'plan' | 'actual' | undefined];
  return {
    key: spec.key,
    kind: spec.kind,
    editor: EDITOR[spec.kind],
    width: WIDE[spec.key] ?? WIDTH[spec.kind],
    hideable: spec.key !== 'code' && spec.key !== 'name',
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
        return value.map((k: string) => words?.[k]?.[ctx.locale] ?? k).join(TAG_SEPARATOR);
      if (typeof value === 'string' && spec.kind === 'enum')
        return words?.[value]?.[ctx.locale] ?? value;
      return value as CellValue;
    },
    parse: (raw) => parseFieldInput(spec, raw),
    current: (p) => spec.get(p),
  };
}

/** Planners keep a "done this year" column; the core records a typed total as a dated entry. */
export const INVESTMENT_TO_DATE = 'investmentToDate';
const moneySpec = FIELD_BY_KEY.get('annualPlan');

const investmentToDate: GridColumn = {
  key: INVESTMENT_TO_DATE,
  kind: 'money',
  editor: 'money',
  width: 186,
  hideable: true,
  header: (_ctx, t) => t('col.investmentToDate'),
  choices: () => null,
  toCell: (p, ctx) => investmentDone(p, makeDate(ctx.year, 1, 1), ctx.asOf),
  parse: (raw, ctx): ColumnParse => {
    if (ctx.asOf < makeDate(ctx.year, 1, 1)) return { ok: false, reason: 'notAYearToDate' };
    const parsed = moneySpec ? parseFieldInput(moneySpec, raw) : null;
    if (!parsed?.ok) return parsed ?? { ok: false, reason: 'notANumber' };
    return { ok: true, value: parsed.value ?? 0 };
  },
  current: (p, ctx) => investmentDone(p, makeDate(ctx.year, 1, 1), ctx.asOf),
};

const field = (key: string): GridColumn => {
  const spec = FIELD_BY_KEY.get(key);
  if (!spec) throw new Error(`no field ${key}`);
  return fieldColumn(spec);
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

export const COLUMN_INDEX: ReadonlyMap<string, number> = new Map(
  PROJECT_COLUMNS.map((c, i) => [c.key, i]),
);

/** Code and name stay in view while scrolling sideways. */
export const FROZEN_COLUMNS = 2;

/** The text a cell shows: amounts in 万元 with thousands separators. */
export function formatCell(column: GridColumn, value: CellValue): string {
  if (value === null || value === '') return '';
  if (column.kind === 'money' && typeof value === 'number')
    return groupDigits(value, Number.isInteger(value) ? 0 : 2);
  return String(value);
}

export function projectRow(p: Project, ctx: ColumnContext): CellValue[] {
  return PROJECT_COLUMNS.map((c) => c.toCell(p, ctx));
}
