// The ledger sheet's commands: many cells in one step, rows inserted or duplicated in place, the
// stage ledger, investment entries and the campaign's dropdown lists. Applied by applyCommand.
import { isCalendarDate } from './calendar-date.ts';
import type { CommandFailure, CommandResult } from './commands.ts';
import { withInvestment, withoutInvestment } from './investments.ts';
import { parseDate, parseMoney } from './parse.ts';
import { duplicateProject } from './project-copy.ts';
import { FIELD_BY_KEY, parseFieldInput, type FieldValue } from './project-fields.ts';
import type { CampaignDoc, CampaignLists, Project } from './types.ts';
import {
  isWorkstreamField,
  isWorkstreamKey,
  parseWorkstreamInput,
  withWorkstreamField,
} from './workstream-fields.ts';

export interface CellEdit {
  projectId: string;
  field: string;
  value: unknown;
}

export type LedgerCommand =
  /** Cells of any projects, typed, pasted or filled at once: all of them apply, or none. */
  | { type: 'editProjects'; edits: readonly CellEdit[] }
  /** New rows placed right after an existing one. */
  | { type: 'insertProjects'; afterId: string; projects: readonly Project[] }
  /** Each copy goes right after its source; see project-copy.ts for what a copy keeps. */
  | {
      type: 'duplicateProjects';
      copies: readonly { sourceId: string; id: string; code: string }[];
    }
  | {
      type: 'setWorkstreamField';
      projectId: string;
      workstream: string;
      field: string;
      value: unknown;
    }
  /** Sets the investment done reported on a date (万元), replacing an entry on that date. */
  | { type: 'recordInvestment'; projectId: string; date: unknown; amount: unknown }
  | { type: 'removeInvestment'; projectId: string; date: string }
  /** Adds a value to one of the campaign's dropdown lists. */
  | { type: 'extendList'; list: keyof CampaignLists; values: readonly string[] };

export const LIST_NAMES: readonly (keyof CampaignLists)[] = [
  'towns',
  'units',
  'leaders',
  'industries',
];

const ok = (doc: CampaignDoc): CommandResult => ({ ok: true, doc });
function refuse(reason: CommandFailure, value?: unknown, index?: number): CommandResult {
  return {
    ok: false,
    reason,
    ...(value === undefined ? {} : { value: String(value) }),
    ...(index === undefined ? {} : { index }),
  };
}

function sameFieldValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}

function updateProject(
  doc: CampaignDoc,
  id: string,
  update: (p: Project) => Project | CommandResult,
): CommandResult {
  const index = doc.projects.findIndex((p) => p.id === id);
  const current = doc.projects[index];
  if (!current) return refuse('unknownProject', id);
  const next = update(current);
  if ('ok' in next) return next;
  if (next === current) return ok(doc);
  const projects = doc.projects.slice();
  projects[index] = next;
  return ok({ ...doc, projects });
}

/** One pass over the ledger however many cells change, so a 10,000-cell paste stays quick. */
function editProjects(doc: CampaignDoc, edits: readonly CellEdit[]): CommandResult {
  const position = new Map(doc.projects.map((p, i) => [p.id, i]));
  const codes = edits.some((e) => e.field === 'code')
    ? new Map(doc.projects.map((p) => [p.code, p.id]))
    : null;
  const projects = doc.projects.slice();
  let changed = false;
  for (const [i, edit] of edits.entries()) {
    const spec = FIELD_BY_KEY.get(edit.field);
    if (!spec) return refuse('unknownField', edit.field, i);
    const at = position.get(edit.projectId);
    const current = at === undefined ? undefined : projects[at];
    if (at === undefined || !current) return refuse('unknownProject', edit.projectId, i);
    const parsed = parseFieldInput(spec, edit.value);
    if (!parsed.ok) return refuse(parsed.reason, edit.value, i);
    if (codes && spec.key === 'code') {
      const code = String(parsed.value);
      const owner = codes.get(code);
      if (owner !== undefined && owner !== edit.projectId) return refuse('duplicateCode', code, i);
      if (codes.get(current.code) === current.id) codes.delete(current.code);
      codes.set(code, current.id);
    }
    if (sameFieldValue(spec.get(current), parsed.value)) continue;
    projects[at] = spec.set(current, parsed.value);
    changed = true;
  }
  return ok(changed ? { ...doc, projects } : doc);
}

function checkNewProjects(doc: CampaignDoc, added: readonly Project[]): CommandResult | null {
  const codes = new Set(doc.projects.map((p) => p.code));
  const ids = new Set(doc.projects.map((p) => p.id));
  for (const p of added) {
    if (p.code.trim() === '') return refuse('empty', p.code);
    if (codes.has(p.code)) return refuse('duplicateCode', p.code);
    if (ids.has(p.id)) return refuse('duplicateId', p.id);
    codes.add(p.code);
    ids.add(p.id);
  }
  return null;
}

export function applyLedgerCommand(doc: CampaignDoc, cmd: LedgerCommand): CommandResult {
  switch (cmd.type) {
    case 'editProjects':
      return editProjects(doc, cmd.edits);
    case 'insertProjects': {
      const at = doc.projects.findIndex((p) => p.id === cmd.afterId);
      if (at < 0) return refuse('unknownProject', cmd.afterId);
      const refused = checkNewProjects(doc, cmd.projects);
      if (refused) return refused;
      const projects = doc.projects.slice();
      projects.splice(at + 1, 0, ...cmd.projects);
      return ok({ ...doc, projects });
    }
    case 'duplicateProjects': {
      const byId = new Map(doc.projects.map((p) => [p.id, p]));
      const copies = new Map<string, Project[]>();
      for (const c of cmd.copies) {
        const source = byId.get(c.sourceId);
        if (!source) return refuse('unknownProject', c.sourceId);
        copies.set(c.sourceId, [
          ...(copies.get(c.sourceId) ?? []),
          duplicateProject(source, c.id, c.code),
        ]);
      }
      const refused = checkNewProjects(doc, [...copies.values()].flat());
      if (refused) return refused;
      const projects = doc.projects.flatMap((p) => [p, ...(copies.get(p.id) ?? [])]);
      return ok({ ...doc, projects });
    }
    case 'setWorkstreamField': {
      if (!isWorkstreamKey(cmd.workstream)) return refuse('unknownWorkstream', cmd.workstream);
      if (!isWorkstreamField(cmd.field)) return refuse('unknownField', cmd.field);
      const parsed = parseWorkstreamInput(cmd.field, cmd.value);
      if (!parsed.ok) return refuse(parsed.reason, cmd.value);
      const { workstream, field } = cmd;
      return updateProject(doc, cmd.projectId, (p) =>
        withWorkstreamField(p, workstream, field, parsed.value),
      );
    }
    case 'recordInvestment': {
      const date = isCalendarDate(cmd.date)
        ? { ok: true as const, value: cmd.date }
        : parseDate(String(cmd.date ?? ''));
      if (!date.ok) return refuse(date.reason, cmd.date);
      if (date.value === null) return refuse('empty', cmd.date);
      const amount =
        typeof cmd.amount === 'number'
          ? Number.isFinite(cmd.amount)
            ? cmd.amount < 0
              ? ({ ok: false, reason: 'negative' } as const)
              : ({ ok: true, value: cmd.amount } as const)
            : ({ ok: false, reason: 'notANumber' } as const)
          : parseMoney(String(cmd.amount ?? ''));
      if (!amount.ok) return refuse(amount.reason, cmd.amount);
      if (amount.value === null) return refuse('empty', cmd.amount);
      const day = date.value;
      const value = amount.value;
      return updateProject(doc, cmd.projectId, (p) => withInvestment(p, day, value));
    }
    case 'removeInvestment':
      return updateProject(doc, cmd.projectId, (p) => withoutInvestment(p, cmd.date));
    case 'extendList': {
      if (!LIST_NAMES.includes(cmd.list)) return refuse('unknownList', cmd.list);
      const current = doc.campaign.lists[cmd.list];
      const added: string[] = [];
      for (const raw of cmd.values) {
        const value = raw.trim();
        if (value === '') return refuse('empty', raw);
        if (!current.includes(value) && !added.includes(value)) added.push(value);
      }
      if (added.length === 0) return ok(doc);
      const lists = { ...doc.campaign.lists, [cmd.list]: [...current, ...added] };
      return ok({ ...doc, campaign: { ...doc.campaign, lists } });
    }
  }
}
