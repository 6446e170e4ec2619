// The stage ledger's (精细台账) fields as data: how a typed or pasted value of a workstream is read
// and written. The detail panel's small grid and its commands go through this one table.
import { isCalendarDate } from './calendar-date.ts';
import { parseDate, parsePercent } from './parse.ts';
import type { FieldFailure } from './project-fields.ts';
import { blankWorkstreams } from './project.ts';
import { WORKSTREAMS, type Project, type Workstream, type WorkstreamKey } from './types.ts';

export const WORKSTREAM_FIELDS = [
  'planStart',
  'planEnd',
  'actualStart',
  'actualEnd',
  'percent',
  'owner',
  'note',
] as const;
export type WorkstreamField = (typeof WORKSTREAM_FIELDS)[number];

export type WorkstreamValue = string | number | null;

export type WorkstreamParse =
  { ok: true; value: WorkstreamValue } | { ok: false; reason: FieldFailure };

export function isWorkstreamKey(key: string): key is WorkstreamKey {
  return (WORKSTREAMS as readonly string[]).includes(key);
}

export function isWorkstreamField(field: string): field is WorkstreamField {
  return (WORKSTREAM_FIELDS as readonly string[]).includes(field);
}

/** Reads a value for one workstream field; nothing is coerced. */
export function parseWorkstreamInput(field: WorkstreamField, raw: unknown): WorkstreamParse {
  const text = raw === null || raw === undefined ? '' : String(raw);
  switch (field) {
    case 'planStart':
    case 'planEnd':
    case 'actualStart':
    case 'actualEnd':
      return isCalendarDate(raw) ? { ok: true, value: raw } : parseDate(text);
    case 'percent':
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) return { ok: false, reason: 'notANumber' };
        return raw < 0 || raw > 100
          ? { ok: false, reason: 'notAPercent' }
          : { ok: true, value: raw };
      }
      return parsePercent(text);
    case 'owner':
    case 'note':
      return { ok: true, value: field === 'owner' ? text.trim() : text };
  }
}

/** The project with one workstream field set; a project without a stage ledger gets a blank one. */
export function withWorkstreamField(
  p: Project,
  key: WorkstreamKey,
  field: WorkstreamField,
  value: WorkstreamValue,
): Project {
  const all = p.workstreams ?? blankWorkstreams();
  if (all[key][field] === value) return p;
  const next: Workstream = { ...all[key], [field]: value };
  return { ...p, workstreams: { ...all, [key]: next } };
}
