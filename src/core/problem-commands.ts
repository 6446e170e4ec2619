// The commands on problems: raise, edit, close (销号), reopen, override the due date, delete.
// Every change appends an entry to the problem's history, dated with the as-of date it was made on.
import { isCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { CommandResult } from './commands.ts';
import { parseDate } from './parse.ts';
import { ESCALATION_WORDS, SCOPE_WORDS } from './problem-vocabulary.ts';
import type {
  CampaignDoc,
  EscalationLevel,
  Problem,
  ProblemChange,
  ProblemScope,
} from './types.ts';
import { keyForWord } from './vocabulary.ts';

/** The fields a problem is raised with. */
export type NewProblem = Pick<
  Problem,
  'id' | 'projectId' | 'description' | 'scope' | 'raisedOn' | 'ownerUnit' | 'escalation'
>;

/** Fields edited in place. Status changes only by closing and reopening. */
export const PROBLEM_FIELDS = [
  'projectId',
  'description',
  'scope',
  'raisedOn',
  'ownerUnit',
  'escalation',
  'resolvedOn',
  'resolution',
] as const;
export type ProblemField = (typeof PROBLEM_FIELDS)[number];

/** `on` is the as-of date the change is made on: the date its history entry carries. */
export type ProblemCommand =
  | { type: 'raiseProblem'; problem: NewProblem; on: CalendarDate }
  | {
      type: 'setProblemField';
      problemId: string;
      field: ProblemField;
      value: unknown;
      on: CalendarDate;
    }
  | {
      type: 'closeProblem';
      problemId: string;
      resolvedOn: unknown;
      resolution: string;
      on: CalendarDate;
    }
  | { type: 'reopenProblem'; problemId: string; reason: string; on: CalendarDate }
  /** `date: null` drops the override and the rule's date applies again. */
  | { type: 'overrideDue'; problemId: string; date: unknown; reason: string; on: CalendarDate }
  | { type: 'deleteProblem'; problemId: string };

export type ProblemFailure =
  | 'unknownProblem'
  | 'unknownProject'
  | 'duplicateProblem'
  | 'unknownField'
  | 'unknownChoice'
  | 'notADate'
  | 'empty'
  | 'emptyDescription'
  | 'emptyResolution'
  | 'emptyReason'
  | 'resolvedBeforeRaised'
  | 'dueBeforeRaised'
  | 'alreadyResolved'
  | 'notResolved';

export type Refusal = { ok: false; reason: ProblemFailure; value?: string };

const refuse = (reason: ProblemFailure, value?: unknown): Refusal =>
  value === undefined ? { ok: false, reason } : { ok: false, reason, value: String(value) };

const asText = (raw: unknown): string => (raw === null || raw === undefined ? '' : String(raw));

// The readers below are shared with the file import (src/io): a cell is read as a command reads it.

/** 本级/外部 are how planners abbreviate the scopes. */
const SCOPE_ALIASES: Readonly<Record<string, ProblemScope>> = { 本级: 'own', 外部: 'external' };

export function readScope(raw: unknown): ProblemScope | Refusal {
  const text = asText(raw).trim();
  return keyForWord(SCOPE_WORDS, text) ?? SCOPE_ALIASES[text] ?? refuse('unknownChoice', raw);
}

export function readEscalation(raw: unknown): EscalationLevel | Refusal {
  return keyForWord(ESCALATION_WORDS, asText(raw)) ?? refuse('unknownChoice', raw);
}

/** A required date: typed, pasted or already a calendar date. */
export function readDate(raw: unknown): CalendarDate | Refusal {
  if (isCalendarDate(raw)) return raw;
  const parsed = parseDate(asText(raw));
  if (!parsed.ok) return refuse('notADate', raw);
  return parsed.value ?? refuse('empty');
}

export const isRefusal = (x: unknown): x is Refusal =>
  typeof x === 'object' && x !== null && 'ok' in x && x.ok === false;

function withChange(p: Problem, change: ProblemChange): Problem {
  return { ...p, history: [...p.history, change] };
}

function replaceProblem(
  doc: CampaignDoc,
  id: string,
  update: (p: Problem) => Problem | Refusal,
): CommandResult {
  const index = doc.problems.findIndex((p) => p.id === id);
  const current = doc.problems[index];
  if (!current) return refuse('unknownProblem', id);
  const next = update(current);
  if (isRefusal(next)) return next;
  if (next === current) return { ok: true, doc };
  const problems = doc.problems.slice();
  problems[index] = next;
  return { ok: true, doc: { ...doc, problems } };
}

function raise(doc: CampaignDoc, draft: NewProblem, on: CalendarDate): CommandResult {
  if (doc.problems.some((p) => p.id === draft.id)) return refuse('duplicateProblem', draft.id);
  if (!doc.projects.some((p) => p.id === draft.projectId))
    return refuse('unknownProject', draft.projectId);
  const description = draft.description.trim();
  if (description === '') return refuse('emptyDescription');
  const scope = readScope(draft.scope);
  if (isRefusal(scope)) return scope;
  const escalation = readEscalation(draft.escalation);
  if (isRefusal(escalation)) return escalation;
  const raisedOn = readDate(draft.raisedOn);
  if (isRefusal(raisedOn)) return raisedOn;
  const problem: Problem = {
    id: draft.id,
    projectId: draft.projectId,
    description,
    scope,
    raisedOn,
    ownerUnit: draft.ownerUnit.trim(),
    escalation,
    status: 'open',
    resolvedOn: null,
    resolution: '',
    dueOverride: null,
    history: [{ on, kind: 'raised', note: description }],
  };
  return { ok: true, doc: { ...doc, problems: [...doc.problems, problem] } };
}

/** The field's new value as stored, or why it cannot be. */
function readField(
  doc: CampaignDoc,
  p: Problem,
  field: ProblemField,
  raw: unknown,
): Partial<Problem> | Refusal {
  switch (field) {
    case 'projectId': {
      const id = asText(raw).trim();
      return doc.projects.some((x) => x.id === id)
        ? { projectId: id }
        : refuse('unknownProject', raw);
    }
    case 'description': {
      const description = asText(raw).trim();
      return description === '' ? refuse('emptyDescription') : { description };
    }
    case 'scope': {
      const scope = readScope(raw);
      return isRefusal(scope) ? scope : { scope };
    }
    case 'escalation': {
      const escalation = readEscalation(raw);
      return isRefusal(escalation) ? escalation : { escalation };
    }
    case 'ownerUnit':
      return { ownerUnit: asText(raw).trim() };
    case 'raisedOn': {
      const raisedOn = readDate(raw);
      if (isRefusal(raisedOn)) return raisedOn;
      if (p.resolvedOn !== null && p.resolvedOn < raisedOn)
        return refuse('resolvedBeforeRaised', raisedOn);
      return { raisedOn };
    }
    case 'resolvedOn': {
      if (p.status !== 'resolved') return refuse('notResolved');
      const resolvedOn = readDate(raw);
      if (isRefusal(resolvedOn)) return resolvedOn;
      return resolvedOn < p.raisedOn ? refuse('resolvedBeforeRaised', resolvedOn) : { resolvedOn };
    }
    case 'resolution': {
      if (p.status !== 'resolved') return refuse('notResolved');
      const resolution = asText(raw).trim();
      return resolution === '' ? refuse('emptyResolution') : { resolution };
    }
    default:
      return refuse('unknownField', field);
  }
}

function setField(
  doc: CampaignDoc,
  id: string,
  field: ProblemField,
  raw: unknown,
  on: CalendarDate,
): CommandResult {
  return replaceProblem(doc, id, (p) => {
    const change = readField(doc, p, field, raw);
    if (isRefusal(change)) return change;
    const value = change[field];
    if (value === p[field]) return p;
    return withChange(
      { ...p, ...change },
      { on, kind: 'edited', note: '', field, value: asText(value) },
    );
  });
}

function close(
  doc: CampaignDoc,
  id: string,
  rawDate: unknown,
  text: string,
  on: CalendarDate,
): CommandResult {
  return replaceProblem(doc, id, (p) => {
    if (p.status === 'resolved') return refuse('alreadyResolved');
    const resolution = text.trim();
    if (resolution === '') return refuse('emptyResolution');
    const resolvedOn = readDate(rawDate);
    if (isRefusal(resolvedOn)) return resolvedOn;
    if (resolvedOn < p.raisedOn) return refuse('resolvedBeforeRaised', resolvedOn);
    return withChange(
      { ...p, status: 'resolved', resolvedOn, resolution },
      { on, kind: 'closed', note: resolution, value: resolvedOn },
    );
  });
}

function reopen(doc: CampaignDoc, id: string, reason: string, on: CalendarDate): CommandResult {
  return replaceProblem(doc, id, (p) => {
    if (p.status !== 'resolved') return refuse('notResolved');
    // The resolution leaves the problem but stays in its history, in the 'closed' entry.
    return withChange(
      { ...p, status: 'open', resolvedOn: null, resolution: '' },
      { on, kind: 'reopened', note: reason.trim() },
    );
  });
}

function overrideDue(
  doc: CampaignDoc,
  id: string,
  rawDate: unknown,
  text: string,
  on: CalendarDate,
): CommandResult {
  return replaceProblem(doc, id, (p) => {
    const reason = text.trim();
    if (rawDate === null || asText(rawDate).trim() === '') {
      if (p.dueOverride === null) return p;
      return withChange(
        { ...p, dueOverride: null },
        { on, kind: 'edited', note: reason, field: 'due', value: '' },
      );
    }
    const date = readDate(rawDate);
    if (isRefusal(date)) return date;
    if (date < p.raisedOn) return refuse('dueBeforeRaised', date);
    if (reason === '') return refuse('emptyReason');
    return withChange(
      { ...p, dueOverride: { date, reason } },
      { on, kind: 'edited', note: reason, field: 'due', value: date },
    );
  });
}

export function applyProblemCommand(doc: CampaignDoc, cmd: ProblemCommand): CommandResult {
  if (cmd.type !== 'deleteProblem' && !isCalendarDate(cmd.on)) return refuse('notADate', cmd.on);
  switch (cmd.type) {
    case 'raiseProblem':
      return raise(doc, cmd.problem, cmd.on);
    case 'setProblemField':
      return setField(doc, cmd.problemId, cmd.field, cmd.value, cmd.on);
    case 'closeProblem':
      return close(doc, cmd.problemId, cmd.resolvedOn, cmd.resolution, cmd.on);
    case 'reopenProblem':
      return reopen(doc, cmd.problemId, cmd.reason, cmd.on);
    case 'overrideDue':
      return overrideDue(doc, cmd.problemId, cmd.date, cmd.reason, cmd.on);
    case 'deleteProblem':
      if (!doc.problems.some((p) => p.id === cmd.problemId))
        return refuse('unknownProblem', cmd.problemId);
      return {
        ok: true,
        doc: { ...doc, problems: doc.problems.filter((p) => p.id !== cmd.problemId) },
      };
  }
}
