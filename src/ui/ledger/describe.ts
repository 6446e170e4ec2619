// Messages about cells in the UI's language: why a value was refused, what to check about one kept.
import type { FieldWarning } from '../../core/project-checks.ts';
import { COLUMN_INDEX, PROJECT_COLUMNS, type ColumnContext } from '../../grid/project-columns.ts';
import { i18n, type MessageKey } from '../i18n.svelte.ts';
import type { CheckedCell, RefusedCell } from './ledger-ui.svelte.ts';

export const t = (key: string, params?: Record<string, string | number>): string =>
  i18n.t(key as MessageKey, params);

export function columnTitle(key: string, ctx: Pick<ColumnContext, 'locale'>): string {
  const column = PROJECT_COLUMNS[COLUMN_INDEX.get(key) ?? -1];
  return column ? column.header(ctx as ColumnContext, t) : key;
}

export function describeWarning(w: FieldWarning, ctx: Pick<ColumnContext, 'locale'>): string {
  if (w.kind === 'notInList')
    return t('check.notInList', { value: w.value, list: t(`list.${w.list}`) });
  return t('check.dateBefore', {
    date: w.date,
    other: columnTitle(w.other, ctx),
    otherDate: w.otherDate,
  });
}

export function describeRefusal(r: RefusedCell, ctx: Pick<ColumnContext, 'locale'>): string {
  return t('projects.rejected', {
    row: r.row,
    column: columnTitle(r.columnKey, ctx),
    value: r.value,
    reason: t(`reason.${r.reason}`),
  });
}

export function describeCheck(c: CheckedCell, ctx: Pick<ColumnContext, 'locale'>): string {
  return t('check.at', {
    row: c.row,
    column: columnTitle(c.columnKey, ctx),
    message: describeWarning(c.warning, ctx),
  });
}
