// Small immutable steps on the sheet's view state and messages. The state holds new objects on
// each step (Svelte's raw state), so nothing here mutates what it is given.
import type { FieldWarning } from '../../core/project-checks.ts';
import { LIST_OF_FIELD } from '../../core/project-checks.ts';
import type { CampaignLists } from '../../core/types.ts';
import type { ViewState } from '../../grid/ledger-view.ts';

export const NO_VALUES: ReadonlySet<string> = new Set();

export function withFilter(
  view: ViewState,
  key: string,
  keep: ReadonlySet<string> | null,
): ViewState {
  const filters = new Map(view.filters);
  if (keep) filters.set(key, keep);
  else filters.delete(key);
  return { ...view, filters };
}

export function toggled(
  set: ReadonlySet<string>,
  values: Iterable<string>,
  on: boolean,
): Set<string> {
  const next = new Set(set);
  for (const v of values) {
    if (on) next.add(v);
    else next.delete(v);
  }
  return next;
}

export function readHidden(stored: string | null): Set<string> {
  try {
    const parsed = JSON.parse(stored ?? '[]') as unknown;
    return new Set(Array.isArray(parsed) ? parsed.map(String) : []);
  } catch {
    return new Set();
  }
}

export function keyedBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.set(k, item);
  }
  return map;
}

/** Values of the given warnings that are still missing from the campaign's lists, per list. */
export function missingFromLists(
  warnings: readonly FieldWarning[],
  lists: CampaignLists,
): [keyof CampaignLists, string[]][] {
  const out = new Map<keyof CampaignLists, string[]>();
  for (const w of warnings) {
    if (w.kind !== 'notInList') continue;
    const list = LIST_OF_FIELD[w.field];
    if (lists[list].includes(w.value)) continue;
    const values = out.get(list) ?? [];
    if (!values.includes(w.value)) values.push(w.value);
    out.set(list, values);
  }
  return [...out.entries()];
}
