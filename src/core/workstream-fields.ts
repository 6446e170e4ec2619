// The stage ledger's (精细台账) fields as data: how each workstream value is read from text and
// written, shared by the detail panel and the file imports like the ledger's field table.
import { isCalendarDate } from './calendar-date.ts';
import { parseDate, parsePercent, type Parsed } from './parse.ts';
import type { Workstream } from './types.ts';

export type WorkstreamFieldKey = keyof Workstream;
export type WorkstreamFieldKind = 'date' | 'percent' | 'text';
export type WorkstreamValue = Workstream[WorkstreamFieldKey];

export const WORKSTREAM_FIELDS: readonly { key: WorkstreamFieldKey; kind: WorkstreamFieldKind }[] =
  [
    { key: 'planStart', kind: 'date' },
    { key: 'planEnd', kind: 'date' },
    { key: 'actualStart', kind: 'date' },
    { key: 'actualEnd', kind: 'date' },
    { key: 'percent', kind: 'percent' },
    { key: 'owner', kind: 'text' },
    { key: 'note', kind: 'text' },
  ];

const KIND_OF: ReadonlyMap<string, WorkstreamFieldKind> = new Map(
  WORKSTREAM_FIELDS.map((f) => [f.key, f.kind]),
);

export function isWorkstreamField(key: string): key is WorkstreamFieldKey {
  return KIND_OF.has(key);
}

/** Reads a typed, pasted or imported workstream value; what cannot be read is a failure. */
export function parseWorkstreamInput(
  key: WorkstreamFieldKey,
  raw: unknown,
): Parsed<WorkstreamValue> {
  const text = raw === null || raw === undefined ? '' : String(raw);
  switch (KIND_OF.get(key)) {
    case 'date':
      return isCalendarDate(raw) ? { ok: true, value: raw } : parseDate(text);
    case 'percent':
      if (typeof raw === 'number') {
        return Number.isFinite(raw) && raw >= 0 && raw <= 100
          ? { ok: true, value: raw }
          : { ok: false, reason: 'notAPercent' };
      }
      return parsePercent(text);
    default:
      return { ok: true, value: key === 'owner' ? text.trim() : text };
  }
}
