// A problem found in a file, said in the UI's language with its line, column and value.
import type { Problem } from '../../io/sheet.ts';
import { TABLES, type TableKind } from '../../io/tables.ts';
import { i18n, type MessageKey } from '../i18n.svelte.ts';

const VALUE_REASONS = new Set([
  'notADate',
  'notANumber',
  'negative',
  'notAPercent',
  'empty',
  'unknownChoice',
  'unknownProjectCode',
  'statusConflict',
  'notAPeriod',
  'otherYear',
  'twoScopes',
  'scopePeriod',
  'derivedTarget',
]);

export function problemText(p: Problem, table: TableKind): string {
  const params = {
    line: p.line ?? '',
    column: p.column ?? '',
    value: p.value ?? '',
    hint: p.hint ?? '',
  };
  if (VALUE_REASONS.has(p.reason)) {
    return i18n.t('problem.value', {
      ...params,
      reason: i18n.t(`reason.${p.reason}` as MessageKey),
    });
  }
  // The core refused the row: its reason, in the words the problems view uses.
  if (p.reason === 'refused' && p.cause) {
    return i18n.t('problem.refusedCell', {
      ...params,
      reason: i18n.t(`reason.${p.cause}` as MessageKey),
    });
  }
  if (p.reason === 'newListValue') return i18n.t('problem.newListValue', params);
  if (p.reason === 'duplicateCode') return i18n.t('problem.duplicate', params);
  if (p.reason === 'missingColumn') {
    const column = TABLES[table].columns.find((c) => c.key === p.value);
    return i18n.t('problem.missingColumn', {
      ...params,
      value: column?.title[i18n.locale] ?? params.value,
    });
  }
  return i18n.t(`problem.${p.reason}` as MessageKey, params);
}
