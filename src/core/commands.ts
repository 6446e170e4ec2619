// Every change to a campaign is one of these named commands, applied here and nowhere else.
// `applyCommand` is pure: it returns a new document that shares every untouched object with the
// old one, so persistence can save exactly the objects whose identity changed.
import { isCalendarDate, makeDate, type CalendarDate } from './calendar-date.ts';
import {
  draftOf,
  FIELD_BY_KEY,
  parseFieldInput,
  type FieldFailure,
  type FieldKind,
  type FieldParse,
  type FieldSpec,
  type FieldValue,
  type ProjectDraft,
} from './project-fields.ts';
import { applyLedgerCommand, type LedgerCommand } from './ledger-commands.ts';
import { blankProject, blankWorkstreams, investmentDone } from './project.ts';
import {
  applyProblemCommand,
  type ProblemCommand,
  type ProblemFailure,
} from './problem-commands.ts';
import type { StatusRules } from './status-rules.ts';
import type {
  BatchKey,
  CampaignDoc,
  FigureKey,
  Project,
  ScopeKind,
  WorkstreamKey,
} from './types.ts';
import {
  isWorkstreamField,
  parseWorkstreamInput,
  type WorkstreamField,
} from './workstream-fields.ts';

export type Command =
  | { type: 'setProjectField'; projectId: string; field: string; value: unknown }
  | { type: 'setInvestmentToDate'; projectId: string; asOf: CalendarDate; total: unknown }
  | { type: 'addProjects'; projects: readonly Project[] }
  | { type: 'deleteProjects'; projectIds: readonly string[] }
  | { type: 'renameCampaign'; name: string }
  | { type: 'setAsOf'; asOf: CalendarDate | null }
  | { type: 'setTarget'; batch: BatchKey; value: number | null }
  | { type: 'setCampaignYear'; year: number }
  | { type: 'setCumulativePlan'; figure: FigureKey; periodEnd: CalendarDate; value: number | null }
  | {
      type: 'setScopeTarget';
      scope: ScopeKind;
      name: string;
      batch: BatchKey;
      value: number | null;
    }
  | { type: 'setStatusRules'; rules: StatusRules }
  /** Problems and close-out (问题销号): see problem-commands.ts. */
  | ProblemCommand
  /** Several commands as one step (a paste, an import): all of them apply, or none. */
  | { type: 'batch'; commands: readonly Command[] }
  /**
   * A file's rows upserted by project code as one step, and the projects the user chose to delete
   * (those missing from the file). `investmentToDate` totals are recorded on `asOf`.
   */
  | {
      type: 'importProjects';
      rows: readonly ProjectImportRow[];
      asOf: CalendarDate;
      deleteProjectIds: readonly string[];
    }
  | LedgerCommand;

/** One imported row: raw values by field key, read by the same parsers as a grid edit. */
export interface ProjectImportRow {
  code: string;
  /** The id a new project gets when no project has this code yet. */
  newId: string;
  /** By PROJECT_FIELDS key (not `code`), plus `investmentToDate`. */
  values: Readonly<Record<string, unknown>>;
  workstreams?: Readonly<
    Partial<Record<WorkstreamKey, Readonly<Partial<Record<WorkstreamField, unknown>>>>>
  >;
}

export type CommandFailure =
  | FieldFailure
  | 'unknownProject'
  | 'unknownField'
  | 'duplicateCode'
  | 'emptyName'
  | 'badYear'
  | 'notAYearToDate'
  | 'duplicateId'
  | 'unknownWorkstream'
  | 'unknownList'
  | ProblemFailure;

export type CommandResult =
  | { ok: true; doc: CampaignDoc }
  /** `index` names the refused command within a batch. */
  | { ok: false; reason: CommandFailure; value?: string; index?: number };

const ok = (doc: CampaignDoc): CommandResult => ({ ok: true, doc });
const refuse = (reason: CommandFailure, value?: unknown): CommandResult =>
  value === undefined ? { ok: false, reason } : { ok: false, reason, value: String(value) };

function replaceProject(
  doc: CampaignDoc,
  id: string,
  update: (p: Project) => Project | CommandResult,
): CommandResult {
  const index = doc.projects.findIndex((p) => p.id === id);
  const current = doc.projects[index];
  if (!current) return refuse('unknownProject', id);
  const next = update(current);
  if ('ok' in next) return next;
  const projects = doc.projects.slice();
  projects[index] = next;
  return ok({ ...doc, projects });
}

/** Field values are equal: tags (arrays) by their keys in order, everything else by `===`. */
function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}

/**
 * The result of the last `importProjects` applied, by the identity of the document and command.
 * An import applies its command to show the preview, and confirming dispatches that very command
 * to that very document: a pure function need not redo 10,000 rows for the same answer.
 */
let lastImport: { doc: CampaignDoc; cmd: Command; result: CommandResult } | null = null;

export function applyCommand(doc: CampaignDoc, cmd: Command): CommandResult {
  if (cmd.type !== 'importProjects') return apply(doc, cmd);
  if (lastImport?.doc === doc && lastImport.cmd === cmd) return lastImport.result;
  const result = apply(doc, cmd);
  lastImport = { doc, cmd, result };
  return result;
}

function apply(doc: CampaignDoc, cmd: Command): CommandResult {
  switch (cmd.type) {
    case 'setProjectField': {
      const spec = FIELD_BY_KEY.get(cmd.field);
      if (!spec) return refuse('unknownField', cmd.field);
      const parsed = parseFieldInput(spec, cmd.value);
      if (!parsed.ok) return refuse(parsed.reason, cmd.value);
      if (
        spec.key === 'code' &&
        doc.projects.some((p) => p.code === parsed.value && p.id !== cmd.projectId)
      ) {
        return refuse('duplicateCode', parsed.value);
      }
      return replaceProject(doc, cmd.projectId, (p) =>
        sameValue(spec.get(p), parsed.value) ? p : spec.set(p, parsed.value),
      );
    }
    case 'setInvestmentToDate': {
      const spec = FIELD_BY_KEY.get('annualPlan');
      const parsed = spec ? parseFieldInput(spec, cmd.total) : null;
      if (!parsed?.ok) return refuse(parsed?.reason ?? 'notANumber', cmd.total);
      const total = (parsed.value as number | null) ?? 0;
      return replaceProject(doc, cmd.projectId, (p) =>
        setInvestmentToDate(p, doc.campaign.year, cmd.asOf, total),
      );
    }
    case 'addProjects': {
      const codes = new Set(doc.projects.map((p) => p.code));
      for (const p of cmd.projects) {
        if (codes.has(p.code)) return refuse('duplicateCode', p.code);
        codes.add(p.code);
      }
      return ok({ ...doc, projects: [...doc.projects, ...cmd.projects] });
    }
    case 'deleteProjects': {
      const gone = new Set(cmd.projectIds);
      // A deleted project's problems go with it; undo brings both back.
      const problems = doc.problems.some((q) => gone.has(q.projectId))
        ? doc.problems.filter((q) => !gone.has(q.projectId))
        : doc.problems;
      return ok({ ...doc, projects: doc.projects.filter((p) => !gone.has(p.id)), problems });
    }
    case 'renameCampaign': {
      const name = cmd.name.trim();
      if (name === '') return refuse('emptyName');
      return ok({ ...doc, campaign: { ...doc.campaign, name } });
    }
    case 'setAsOf':
      if (cmd.asOf !== null && !isCalendarDate(cmd.asOf)) return refuse('notADate', cmd.asOf);
      return ok({ ...doc, campaign: { ...doc.campaign, asOf: cmd.asOf } });
    case 'setTarget':
      if (cmd.value !== null && !Number.isFinite(cmd.value)) return refuse('notANumber', cmd.value);
      if (cmd.value !== null && cmd.value < 0) return refuse('negative', cmd.value);
      return ok({
        ...doc,
        campaign: { ...doc.campaign, targets: { ...doc.campaign.targets, [cmd.batch]: cmd.value } },
      });
    case 'setCumulativePlan': {
      if (!isCalendarDate(cmd.periodEnd)) return refuse('notADate', cmd.periodEnd);
      const bad = badCount(cmd.value);
      if (bad) return refuse(bad, cmd.value);
      const current = { ...doc.campaign.cumulativePlans[cmd.figure] };
      if (cmd.value === null) delete current[cmd.periodEnd];
      else current[cmd.periodEnd] = cmd.value;
      const cumulativePlans = { ...doc.campaign.cumulativePlans, [cmd.figure]: current };
      return ok({ ...doc, campaign: { ...doc.campaign, cumulativePlans } });
    }
    case 'setScopeTarget': {
      const bad = badCount(cmd.value);
      if (bad) return refuse(bad, cmd.value);
      const name = cmd.name.trim();
      if (name === '') return refuse('emptyName');
      const forScope = { ...doc.campaign.scopeTargets[cmd.scope] };
      const targets = { ...forScope[name] };
      if (cmd.value === null) delete targets[cmd.batch];
      else targets[cmd.batch] = cmd.value;
      forScope[name] = targets;
      const scopeTargets = { ...doc.campaign.scopeTargets, [cmd.scope]: forScope };
      return ok({ ...doc, campaign: { ...doc.campaign, scopeTargets } });
    }
    case 'setStatusRules': {
      const { behindMarginPoints, dueSoonDays } = cmd.rules;
      if (
        !Number.isFinite(behindMarginPoints) ||
        behindMarginPoints < 0 ||
        behindMarginPoints > 100
      ) {
        return refuse('notAPercent', behindMarginPoints);
      }
      if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 366)
        return refuse('notANumber', dueSoonDays);
      return ok({
        ...doc,
        campaign: { ...doc.campaign, statusRules: { behindMarginPoints, dueSoonDays } },
      });
    }
    case 'batch': {
      let current = doc;
      for (const [index, command] of cmd.commands.entries()) {
        const result = applyCommand(current, command);
        if (!result.ok) return { ...result, index: result.index ?? index };
        current = result.doc;
      }
      return ok(current);
    }
    case 'importProjects':
      return importProjects(doc, cmd.rows, cmd.asOf, cmd.deleteProjectIds);
    case 'editProjects':
    case 'insertProjects':
    case 'duplicateProjects':
    case 'setWorkstreamField':
    case 'recordInvestment':
    case 'removeInvestment':
    case 'extendList':
      return applyLedgerCommand(doc, cmd);
    case 'setCampaignYear':
      if (!Number.isInteger(cmd.year) || cmd.year < 1900 || cmd.year > 9999)
        return refuse('badYear', cmd.year);
      return ok({ ...doc, campaign: { ...doc.campaign, year: cmd.year } });
    case 'raiseProblem':
    case 'setProblemField':
    case 'closeProblem':
    case 'reopenProblem':
    case 'overrideDue':
    case 'deleteProblem':
      return applyProblemCommand(doc, cmd);
  }
}

/**
 * Planners keep a "done so far this year" column. Typing a new total records the difference as
 * investment reported on the as-of date, so the monthly and 旬 history stays a set of facts.
 */
function setInvestmentToDate(
  p: Project,
  year: number,
  asOf: CalendarDate,
  total: number,
): Project | CommandResult {
  const yearStart = makeDate(year, 1, 1);
  if (!isCalendarDate(asOf)) return refuse('notADate', asOf);
  if (asOf < yearStart) return refuse('notAYearToDate', asOf);
  const delta = Math.round((total - investmentDone(p, yearStart, asOf)) * 10000) / 10000;
  if (delta === 0) return p;
  const same = p.investments.find((e) => e.date === asOf);
  const investments = same
    ? p.investments.map((e) => (e === same ? { date: asOf, amount: e.amount + delta } : e))
    : [...p.investments, { date: asOf, amount: delta }].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
  return { ...p, investments };
}

function importProjects(
  doc: CampaignDoc,
  rows: readonly ProjectImportRow[],
  asOf: CalendarDate,
  deleteProjectIds: readonly string[],
): CommandResult {
  const refuseRow = (index: number, reason: CommandFailure, value: unknown): CommandResult => ({
    ok: false,
    reason,
    value: String(value),
    index,
  });
  const byCode = new Map(doc.projects.map((p) => [p.code, p]));
  const imported = new Map<string, Project>();
  const read = importReader();
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ProjectImportRow;
    const code = row.code.trim();
    if (code === '') return refuseRow(index, 'empty', row.code);
    if (imported.has(code)) return refuseRow(index, 'duplicateCode', code);
    const existing = byCode.get(code);
    const result = existing
      ? importRow(existing, null, row, doc, asOf, read)
      : importRow(null, blankProject(row.newId, code), row, doc, asOf, read);
    if ('ok' in result) return result.ok ? result : { ...result, index };
    imported.set(code, result);
  }
  const gone = new Set(deleteProjectIds);
  const kept = gone.size > 0 ? doc.projects.filter((p) => !gone.has(p.id)) : doc.projects;
  const projects = kept.map((p) => imported.get(p.code) ?? p);
  for (const [code, p] of imported) if (!byCode.has(code)) projects.push(p);
  const same =
    projects.length === doc.projects.length && projects.every((p, i) => p === doc.projects[i]);
  return ok(same ? doc : { ...doc, projects });
}

/** Field kinds whose values a ledger repeats down a column: dates, tiers, towns, units. */
const REPEATED_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['date', 'enum', 'choice']);

/**
 * How one import reads its values. The core reads every value again (a command's caller is not
 * trusted), but the same text read for the same field gives the same answer: repeated texts are
 * read once per import. A value that cannot be read refuses the row it is on, cached or not.
 */
function importReader(): (spec: FieldSpec, raw: unknown) => FieldParse {
  const seen = new Map<FieldSpec, Map<string, FieldParse>>();
  return (spec, raw) => {
    if (typeof raw !== 'string' || !REPEATED_KINDS.has(spec.kind))
      return parseFieldInput(spec, raw);
    let reads = seen.get(spec);
    if (!reads) seen.set(spec, (reads = new Map()));
    let parsed = reads.get(raw);
    if (!parsed) reads.set(raw, (parsed = parseFieldInput(spec, raw)));
    return parsed;
  };
}

/**
 * An imported value changes nothing: it is what the project holds, or the same tags in another
 * order (tags are a set: a file listing a project's battles in another order changes nothing).
 */
function sameImportedValue(a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true;
  return (
    Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x) => b.includes(x))
  );
}

/**
 * The project with the row's values, built in one copy; `existing` untouched when every value is
 * already what it holds. A new project is written straight into `blank`, which nothing else holds.
 */
function importRow(
  existing: Project | null,
  blank: ProjectDraft | null,
  row: ProjectImportRow,
  doc: CampaignDoc,
  asOf: CalendarDate,
  read: (spec: FieldSpec, raw: unknown) => FieldParse,
): Project | CommandResult {
  const start = (existing ?? blank) as Project;
  let draft = blank;
  const given = row.values;
  for (const key in given) {
    if (key === 'investmentToDate' || key === 'code') continue;
    const raw = given[key];
    const spec = FIELD_BY_KEY.get(key);
    if (!spec) return refuse('unknownField', key);
    const parsed = read(spec, raw);
    if (!parsed.ok) return refuse(parsed.reason, raw);
    if (!sameImportedValue(spec.get(start), parsed.value)) {
      draft ??= draftOf(start);
      spec.write(draft, parsed.value);
    }
  }
  let p: Project = draft ?? start;
  // Most files have no workstream columns: no empty object made and walked for each row.
  for (const [stream, values] of row.workstreams ? Object.entries(row.workstreams) : []) {
    const key = stream as WorkstreamKey;
    const current = (p.workstreams ?? blankWorkstreams())[key];
    if (!current) return refuse('unknownField', stream);
    let next = current;
    for (const [field, raw] of Object.entries(values ?? {})) {
      if (!isWorkstreamField(field)) return refuse('unknownField', field);
      const parsed = parseWorkstreamInput(field, raw);
      if (!parsed.ok) return refuse(parsed.reason, raw);
      if (next[field] !== parsed.value) {
        next = { ...next, [field]: parsed.value };
      }
    }
    if (next !== current) {
      p = { ...p, workstreams: { ...(p.workstreams ?? blankWorkstreams()), [key]: next } };
    }
  }
  const total = given['investmentToDate'];
  if (total !== undefined && total !== null && String(total).trim() !== '') {
    const spec = FIELD_BY_KEY.get('annualPlan');
    const parsed = spec ? parseFieldInput(spec, total) : null;
    if (!parsed?.ok) return refuse(parsed?.reason ?? 'notANumber', total);
    const result = setInvestmentToDate(p, doc.campaign.year, asOf, (parsed.value as number) ?? 0);
    if ('ok' in result) return result;
    p = result;
  }
  return p;
}

function badCount(value: number | null): CommandFailure | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) return 'notANumber';
  return value < 0 ? 'negative' : null;
}
