// A full backup as one JSON file: the format name, its schema version, the campaigns and a
// checksum over them. Restoring validates, migrates older versions step by step, and restores
// each record as loading from storage does, before anything is written.
import { isCalendarDate } from '../core/calendar-date.ts';
import { PROJECT_FIELDS, parseFieldInput } from '../core/project-fields.ts';
import { restoreCampaign, restoreProblem, restoreProject } from '../core/restore.ts';
import type { Campaign, CampaignDoc, Problem, Project } from '../core/types.ts';
import { crc32 } from './checksum.ts';

export const BACKUP_FORMAT = 'battlemap-backup';
/** Bump with a named step in MIGRATIONS when the stored shape changes. */
export const BACKUP_VERSION = 1;

interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  checksum: string;
  campaigns: unknown;
}

/** Migrations from version N to N + 1, applied to the parsed `campaigns` value. */
export const MIGRATIONS: Readonly<Record<number, (campaigns: unknown) => unknown>> = {};

export function makeBackup(docs: readonly CampaignDoc[], exportedAt: string): string {
  const campaigns = JSON.stringify(docs);
  return `{"format":"${BACKUP_FORMAT}","schemaVersion":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"checksum":"crc32:${crc32(campaigns)}","campaigns":${campaigns}}`;
}

export type BackupFailure =
  | { reason: 'notJson' }
  | { reason: 'notABackup' }
  | { reason: 'newerVersion'; value: string }
  | { reason: 'checksum' }
  | { reason: 'invalid'; path: string; value: string };

export type BackupRead =
  { ok: true; docs: CampaignDoc[]; version: number } | ({ ok: false } & BackupFailure);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly value: string,
  ) {
    super(`${path}: ${value}`);
  }
}

function need(ok: boolean, path: string, value: unknown): void {
  if (!ok) throw new Invalid(path, JSON.stringify(value)?.slice(0, 80) ?? String(value));
}

function checkProject(raw: unknown, path: string): Project {
  need(isObject(raw), path, raw);
  const r = raw as Record<string, unknown>;
  need(typeof r['id'] === 'string' && r['id'] !== '', `${path}.id`, r['id']);
  need(typeof r['code'] === 'string' && r['code'].trim() !== '', `${path}.code`, r['code']);
  need(
    r['milestones'] === undefined || isObject(r['milestones']),
    `${path}.milestones`,
    r['milestones'],
  );
  need(
    r['investments'] === undefined || Array.isArray(r['investments']),
    `${path}.investments`,
    r['investments'],
  );
  const p = restoreProject(raw as Project);
  for (const spec of PROJECT_FIELDS) {
    const value = spec.get(p);
    const parsed = parseFieldInput(spec, value);
    need(parsed.ok, `${path}.${spec.key}`, value);
  }
  for (const [i, e] of p.investments.entries()) {
    need(
      isObject(e) && isCalendarDate(e.date) && Number.isFinite(e.amount),
      `${path}.investments[${i}]`,
      e,
    );
  }
  return p;
}

function checkProblem(raw: unknown, path: string, projectIds: ReadonlySet<string>): Problem {
  need(isObject(raw), path, raw);
  const r = raw as Record<string, unknown>;
  need(typeof r['id'] === 'string' && r['id'] !== '', `${path}.id`, r['id']);
  need(projectIds.has(r['projectId'] as string), `${path}.projectId`, r['projectId']);
  need(isCalendarDate(r['raisedOn']), `${path}.raisedOn`, r['raisedOn']);
  const p = restoreProblem(raw as Problem);
  need(p.resolvedOn === null || isCalendarDate(p.resolvedOn), `${path}.resolvedOn`, p.resolvedOn);
  need(Array.isArray(p.history), `${path}.history`, p.history);
  return p;
}

function checkDoc(raw: unknown, path: string): CampaignDoc {
  need(isObject(raw), path, raw);
  const r = raw as Record<string, unknown>;
  const c = r['campaign'];
  need(isObject(c), `${path}.campaign`, c);
  const cr = c as Record<string, unknown>;
  need(typeof cr['id'] === 'string' && cr['id'] !== '', `${path}.campaign.id`, cr['id']);
  need(typeof cr['name'] === 'string', `${path}.campaign.name`, cr['name']);
  need(Number.isInteger(cr['year']), `${path}.campaign.year`, cr['year']);
  need(
    cr['asOf'] === null || cr['asOf'] === undefined || isCalendarDate(cr['asOf']),
    `${path}.campaign.asOf`,
    cr['asOf'],
  );
  need(Array.isArray(r['projects']), `${path}.projects`, r['projects']);
  const projects = (r['projects'] as unknown[]).map((p, i) =>
    checkProject(p, `${path}.projects[${i}]`),
  );
  const ids = new Set<string>();
  const codes = new Set<string>();
  for (const [i, p] of projects.entries()) {
    need(!ids.has(p.id), `${path}.projects[${i}].id`, p.id);
    need(!codes.has(p.code), `${path}.projects[${i}].code`, p.code);
    ids.add(p.id);
    codes.add(p.code);
  }
  // Problems came after the first backups: a file without them has none.
  const rawProblems = r['problems'] ?? [];
  need(Array.isArray(rawProblems), `${path}.problems`, rawProblems);
  const problems = (rawProblems as unknown[]).map((q, i) =>
    checkProblem(q, `${path}.problems[${i}]`, ids),
  );
  return { campaign: restoreCampaign(c as unknown as Campaign), projects, problems };
}

export function readBackup(text: string): BackupRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!isObject(parsed) || parsed['format'] !== BACKUP_FORMAT)
    return { ok: false, reason: 'notABackup' };
  const file = parsed as unknown as BackupFile;
  const version = file.schemaVersion;
  if (!Number.isInteger(version) || version < 1) return { ok: false, reason: 'notABackup' };
  if (version > BACKUP_VERSION)
    return { ok: false, reason: 'newerVersion', value: String(version) };
  if (file.checksum !== `crc32:${crc32(JSON.stringify(file.campaigns))}`)
    return { ok: false, reason: 'checksum' };
  let campaigns = file.campaigns;
  for (let v = version; v < BACKUP_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'newerVersion', value: String(version) };
    campaigns = step(campaigns);
  }
  try {
    if (!Array.isArray(campaigns)) throw new Invalid('campaigns', typeof campaigns);
    const docs = campaigns.map((d, i) => checkDoc(d, `campaigns[${i}]`));
    const ids = new Set<string>();
    for (const [i, d] of docs.entries()) {
      need(!ids.has(d.campaign.id), `campaigns[${i}].campaign.id`, d.campaign.id);
      ids.add(d.campaign.id);
    }
    return { ok: true, docs, version };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, reason: 'invalid', path: error.path, value: error.value };
    throw error;
  }
}
