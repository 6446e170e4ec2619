// Every change to a campaign is one of these named commands, applied here and nowhere else.
// `applyCommand` is pure: it returns a new document that shares every untouched object with the
// old one, so persistence can save exactly the objects whose identity changed.
import { isCalendarDate, makeDate, type CalendarDate } from './calendar-date.ts';
import {
  FIELD_BY_KEY,
  parseFieldInput,
  type FieldFailure,
  type FieldValue,
} from './project-fields.ts';
import { applyLedgerCommand, type LedgerCommand } from './ledger-commands.ts';
import { investmentDone } from './project.ts';
import type { BatchKey, CampaignDoc, Project } from './types.ts';

export type Command =
  | { type: 'setProjectField'; projectId: string; field: string; value: unknown }
  | { type: 'setInvestmentToDate'; projectId: string; asOf: CalendarDate; total: unknown }
  | { type: 'addProjects'; projects: readonly Project[] }
  | { type: 'deleteProjects'; projectIds: readonly string[] }
  | { type: 'renameCampaign'; name: string }
  | { type: 'setAsOf'; asOf: CalendarDate | null }
  | { type: 'setTarget'; batch: BatchKey; value: number | null }
  | { type: 'setCampaignYear'; year: number }
  /** Several commands as one step (a paste, an import): all of them apply, or none. */
  | { type: 'batch'; commands: readonly Command[] }
  | LedgerCommand;

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
  | 'unknownList';

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

export function applyCommand(doc: CampaignDoc, cmd: Command): CommandResult {
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
      return ok({ ...doc, projects: doc.projects.filter((p) => !gone.has(p.id)) });
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
    case 'batch': {
      let current = doc;
      for (const [index, command] of cmd.commands.entries()) {
        const result = applyCommand(current, command);
        if (!result.ok) return { ...result, index: result.index ?? index };
        current = result.doc;
      }
      return ok(current);
    }
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
