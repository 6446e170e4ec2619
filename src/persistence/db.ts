// The IndexedDB schema. Each version after the first is a named step; migrations.test.ts opens a
// database written by every earlier version and checks nothing is lost.
import { Dexie, type EntityTable } from 'dexie';
import type { Campaign, Problem, Project } from '../core/types.ts';
import type { WorkCalendar } from '../core/working-days.ts';

/** A campaign as stored: its settings and the order of its ledger rows. */
export interface CampaignRow {
  campaign: Campaign;
  id: string;
  projectOrder: string[];
}

/** One ledger row a record: an edit writes one small record, not the whole ledger. */
export interface ProjectRow {
  id: string;
  campaignId: string;
  project: Project;
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
  projects: EntityTable<ProjectRow, 'id'>;
  problems: EntityTable<ProblemRow, 'id'>;
  calendars: EntityTable<CalendarRow, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'battlemap';

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
] as const;

export const SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]!.version;

export function openDb(name = DB_NAME, upTo = SCHEMA_VERSION): BattlemapDb {
  const db = new Dexie(name) as BattlemapDb;
  for (const step of SCHEMA_STEPS) {
    if (step.version <= upTo) db.version(step.version).stores(step.stores);
  }
  return db;
}
