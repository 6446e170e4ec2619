// The IndexedDB schema. Each version after the first is a named step; migrations.test.ts opens a
// database written by every earlier version and checks nothing is lost.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Campaign, Problem, Project } from '../core/types.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import { restoreProject } from '../core/restore.ts';
import { DB_NAME } from './db-name.ts';
import {
  chunkKey,
  chunkRows,
  groupByChunk,
  newRev,
  type ProjectChunkRow,
} from './project-chunks.ts';

export type { ProjectChunkRow } from './project-chunks.ts';

/** A campaign as stored: its settings and the order of its ledger rows. */
export interface CampaignRow {
  campaign: Campaign;
  id: string;
  projectOrder: string[];
}

/**
 * Versions 1–3: one ledger row a record. Version 4 moved them into chunk records
 * (project-chunks.ts): 10,000 records took seconds to read back.
 */
export interface ProjectRow {
  id: string;
  campaignId: string;
  project: Project;
}

/** Version 4's chunk records: the projects as objects (version 5 packs them). */
export interface ObjectChunkRow {
  id: string;
  campaignId: string;
  rev: string;
  /** As stored (not restored), sorted by id. */
  projects: Project[];
}

export interface ProblemRow {
  id: string;
  campaignId: string;
  problem: Problem;
}

/** The working-day calendar, shared by all campaigns (id 'cn'). */
export interface CalendarRow {
  id: string;
  calendar: WorkCalendar;
}

/**
 * A campaign's figures frozen when a 旬 closes (or on demand). The shape of `snapshot` belongs to
 * src/core/snapshot.ts; rows are written once and never edited.
 */
export interface SnapshotRow {
  id: string;
  campaignId: string;
  /** The 旬 key, e.g. 2018-02-1. */
  period: string;
  snapshot: unknown;
}

export interface MetaRow {
  key: string;
  value: string;
}

export type BattlemapDb = Dexie & {
  campaigns: EntityTable<CampaignRow, 'id'>;
  /** Versions 1–3 only (see ProjectRow). */
  projects: EntityTable<ProjectRow, 'id'>;
  projectChunks: EntityTable<ProjectChunkRow, 'id'>;
  problems: EntityTable<ProblemRow, 'id'>;
  calendars: EntityTable<CalendarRow, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export { DB_NAME };

/** Version by version, the tables each adds; a step that must rewrite rows gets an upgrade(). */
export const SCHEMA_STEPS = [
  {
    version: 1,
    name: 'campaigns, projects and meta',
    stores: { campaigns: 'id', projects: 'id, campaignId', meta: 'key' },
  },
  {
    version: 2,
    name: 'problems and the working-day calendar',
    stores: { problems: 'id, campaignId', calendars: 'id' },
  },
  {
    version: 3,
    name: 'frozen 旬 snapshots',
    stores: { snapshots: 'id, campaignId, [campaignId+period]' },
  },
  {
    version: 4,
    name: 'projects in chunk records',
    stores: { projects: null, projectChunks: 'id, campaignId, [campaignId+id+rev]' },
    upgrade: moveProjectsIntoChunks,
  },
  {
    version: 5,
    name: 'chunks pack their projects into columns',
    stores: {},
    upgrade: packChunks,
  },
] as const;

/** Version 4: every campaign's project rows become its chunks; the old table is then dropped. */
async function moveProjectsIntoChunks(tx: Transaction): Promise<void> {
  const rows = (await tx.table('projects').toArray()) as ProjectRow[];
  const byCampaign = new Map<string, Project[]>();
  for (const row of rows) {
    const list = byCampaign.get(row.campaignId);
    if (list) list.push(row.project);
    else byCampaign.set(row.campaignId, [row.project]);
  }
  await tx
    .table('projectChunks')
    .bulkAdd(
      [...byCampaign].flatMap(([campaignId, projects]) => objectChunkRows(campaignId, projects)),
    );
}

/** Version 4's chunk records of a campaign (what its upgrade writes). */
export function objectChunkRows(campaignId: string, projects: Project[]): ObjectChunkRow[] {
  return [...groupByChunk(projects, (p) => p.id)].map(([chunk, group]) => ({
    id: chunkKey(campaignId, chunk),
    campaignId,
    rev: newRev(),
    projects: group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }));
}

/** Version 5: every chunk's projects, restored (packing knows only today's fields), packed. */
async function packChunks(tx: Transaction): Promise<void> {
  const table = tx.table('projectChunks');
  const rows = (await table.toArray()) as ObjectChunkRow[];
  const byCampaign = new Map<string, Project[]>();
  for (const row of rows) {
    const projects = row.projects.map(restoreProject);
    const list = byCampaign.get(row.campaignId);
    if (list) list.push(...projects);
    else byCampaign.set(row.campaignId, projects);
  }
  await table.clear();
  await table.bulkAdd(
    [...byCampaign].flatMap(([campaignId, projects]) => chunkRows(campaignId, projects)),
  );
}

export const SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]!.version;

export function openDb(name = DB_NAME, upTo = SCHEMA_VERSION): BattlemapDb {
  const db = new Dexie(name) as BattlemapDb;
  for (const step of SCHEMA_STEPS) {
    if (step.version > upTo) continue;
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
  return db;
}

/** How this tab takes part when tabs of different app versions share the database. */
export interface DbLifecycle {
  /**
   * A newer version of the app, in another tab, wants to upgrade the schema: save what is pending,
   * then call `close()` so its upgrade can go on (and ask the user to reload).
   */
  onVersionChange(close: () => void): void;
  /** This tab's upgrade waits for an older tab to let go of the database. */
  onBlocked(): void;
  /** The database is open (again after a wait, if there was one). */
  onReady(): void;
}

/** Subscribes before the database first opens (Dexie opens it on the first query). */
export function handleDbLifecycle(db: BattlemapDb, lifecycle: DbLifecycle): void {
  db.on('versionchange', () => {
    lifecycle.onVersionChange(() => db.close({ disableAutoOpen: true }));
    // false keeps Dexie from closing at once, before the pending edits are written.
    return false;
  });
  db.on('blocked', () => lifecycle.onBlocked());
  db.on('ready', () => lifecycle.onReady(), true);
}
