// The IndexedDB schema. Version 1 is the first; every later change is a named, tested migration.
import { Dexie, type EntityTable } from 'dexie';
import type { Campaign, Project } from '../core/types.ts';

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

export interface MetaRow {
  key: string;
  value: string;
}

export type BattlemapDb = Dexie & {
  campaigns: EntityTable<CampaignRow, 'id'>;
  projects: EntityTable<ProjectRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'battlemap';

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

export function openDb(name = DB_NAME, lifecycle?: DbLifecycle): BattlemapDb {
  const db = new Dexie(name) as BattlemapDb;
  db.version(1).stores({
    campaigns: 'id',
    projects: 'id, campaignId',
    meta: 'key',
  });
  if (lifecycle) {
    db.on('versionchange', () => {
      lifecycle.onVersionChange(() => db.close({ disableAutoOpen: true }));
      // false keeps Dexie from closing at once, before the pending edits are written.
      return false;
    });
    db.on('blocked', () => lifecycle.onBlocked());
    db.on('ready', () => lifecycle.onReady(), true);
  }
  return db;
}
