// Every schema version opens every older database with every row intact.
//
// How to add a schema version (say 2) to db.ts:
//  1. Add a step to STEPS below: `to: 2`, and `expectRows`, which says what version 2 must hold
//     given the rows of version 1 (new tables, new fields with their defaults, moved data).
//  2. Before changing db.ts, dump a database of the old version as tests/fixtures/db-v1.json is
//     (same shape: its version, its stores, its rows) if it holds anything the older fixtures do
//     not, and add it to FIXTURES. Each fixture is then opened with the newest schema and checked
//     through every step after its own version.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreCampaign, restoreProject } from '../core/restore.ts';
import dbV1 from '../../tests/fixtures/db-v1.json' with { type: 'json' };
import { CampaignRepository } from './campaign-repository.ts';
import { openDb, type CampaignRow, type ProjectRow } from './db.ts';

type Row = Record<string, unknown>;
type Tables = Readonly<Record<string, readonly Row[]>>;

/** A dump of a database as one schema version wrote it. */
interface DbDump {
  schemaVersion: number;
  /** Dexie's store definitions of that version, to recreate it exactly. */
  stores: Record<string, string>;
  tables: Tables;
}

interface MigrationStep {
  /** The schema version this step upgrades to. */
  to: number;
  /** The rows version `to` must hold, given the rows of version `to - 1`. */
  expectRows(tables: Tables): Tables;
}

/** Version 1 is the first schema: nothing has been migrated yet. */
const STEPS: readonly MigrationStep[] = [];

const FIXTURES: readonly DbDump[] = [dbV1 as DbDump];

/** Rows in primary key order, as toArray() returns them. */
function sortedTables(tables: Tables, keys: Record<string, string>): Tables {
  return Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => {
      const key = keys[table]!;
      return [table, [...rows].sort((a, b) => indexedDB.cmp(a[key], b[key]))];
    }),
  );
}

async function writeDump(name: string, dump: DbDump): Promise<void> {
  const old = new Dexie(name);
  old.version(dump.schemaVersion).stores(dump.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('schema migrations', () => {
  it('has one tested step for every schema version after the first', () => {
    const db = openDb(`migrations-verno-${++n}`);
    opened.push(db);
    expect(STEPS.map((s) => s.to)).toEqual(Array.from({ length: db.verno - 1 }, (_, i) => i + 2));
  });

  for (const dump of FIXTURES) {
    describe(`a version-${dump.schemaVersion} database`, () => {
      const expected = STEPS.filter((s) => s.to > dump.schemaVersion).reduce(
        (tables, step) => step.expectRows(tables),
        dump.tables,
      );

      it('opens in the current schema with every row intact', async () => {
        const name = `migrations-${++n}`;
        await writeDump(name, dump);
        const db = openDb(name);
        opened.push(db);
        await db.open();
        const current = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey]));
        const keys = Object.fromEntries(
          Object.entries(current).map(([table, primKey]) => [table, primKey.keyPath as string]),
        );
        const stored = Object.fromEntries(
          await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
        );
        expect(stored).toEqual(sortedTables(expected, keys));
        // The fixture is not empty: the check above compared real rows.
        expect(Object.values(stored).flat().length).toBeGreaterThan(5);
      });

      it('loads every campaign through the repository, every project in ledger order', async () => {
        const name = `migrations-${++n}`;
        await writeDump(name, dump);
        const db = openDb(name);
        opened.push(db);
        const repo = new CampaignRepository(db);
        const campaigns = expected.campaigns as unknown as CampaignRow[];
        const projects = expected.projects as unknown as ProjectRow[];
        expect((await repo.list()).map((c) => c.id).sort()).toEqual(
          campaigns.map((c) => c.id).sort(),
        );
        for (const row of campaigns) {
          const doc = await repo.load(row.id);
          expect(doc?.campaign).toEqual(restoreCampaign(row.campaign));
          const byId = new Map(projects.map((p) => [p.id, p.project]));
          expect(doc?.projects).toEqual(
            row.projectOrder.map((id) => restoreProject(byId.get(id)!)),
          );
          expect(await db.projects.where('campaignId').equals(row.id).count()).toBe(
            row.projectOrder.length,
          );
        }
        expect(await repo.lastOpened()).toBe('c-yonghe-2019');
      });
    });
  }
});
