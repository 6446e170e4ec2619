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

export function openDb(name = DB_NAME): BattlemapDb {
  const db = new Dexie(name) as BattlemapDb;
  db.version(1).stores({
    campaigns: 'id',
    projects: 'id, campaignId',
    meta: 'key',
  });
  return db;
}
