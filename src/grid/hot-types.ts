// Handsontable types a column's `editor` as a loosely typed constructor; its own editor classes
// (and ours, built on them) take the grid instance, so they need this one cast to fit.
import type Handsontable from 'handsontable/base';

export const asEditor = (editor: unknown): Handsontable.ColumnSettings['editor'] =>
  editor as Handsontable.ColumnSettings['editor'];

/** A cell coordinate of a header is negative; Handsontable types a missing one as null. */
export const at = (n: number | null): number => n ?? -1;
