// Every schema version opens every older database with every row intact.
//
// How to add a schema version (say 4) to db.ts:
//  1. Add its step to SCHEMA_STEPS in db.ts, and here to EXPECTED_STEPS: `to: 4` and `expectRows`,
//     which says what version 4 must hold given the rows of version 3 (new tables, new fields with
//     their defaults, moved data). Without it the first test below fails.
//  2. Before changing db.ts, dump a database of the old version the way tests/fixtures/db-v1.json
//     is (its version, its stores, its rows) if it holds anything the older fixtures do not, and add
//     it to FIXTURES. Each fixture is opened with the newest schema and checked through every step
//     after its own version.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { blankCampaign, blankProject } from '../core/project.ts';
import { restoreCampaign, restoreProject } from '../core/restore.ts';
import { aProblem } from '../core/test-factories.ts';
import dbV1 from '../../tests/fixtures/db-v1.json' with { type: 'json' };
import { CampaignRepository } from './campaign-repository.ts';
import type { Project } from '../core/types.ts';
import {
  SCHEMA_STEPS,
  SCHEMA_VERSION,
  objectChunkRows,
  openDb,
  type CampaignRow,
  type ObjectChunkRow,
  type ProjectRow,
} from './db.ts';
import { chunkRows, decodeChunk } from './project-chunks.ts';
import { SnapshotRepository } from './snapshot-repository.ts';

type Row = Record<string, unknown>;
type Tables = Readonly<Record<string, readonly Row[]>>;

/** A dump of a database as one schema version wrote it. */
interface DbDump {
  schemaVersion: number;
  /** Dexie's store definitions of that version, to recreate it exactly. */
  stores: Record<string, string>;
  tables: Tables;
}

interface ExpectedStep {
  /** The schema version this step upgrades to. */
  to: number;
  /** The rows version `to` must hold, given the rows of version `to - 1`. */
  expectRows(tables: Tables): Tables;
}

const EXPECTED_STEPS: readonly ExpectedStep[] = [
  // Problems and the working-day calendar: two new, empty tables; nothing else moves.
  { to: 2, expectRows: (t) => ({ ...t, problems: [], calendars: [] }) },
  // Frozen 旬 snapshots: a new, empty table.
  { to: 3, expectRows: (t) => ({ ...t, snapshots: [] }) },
  // Projects move from one record each into their campaign's chunk records; the table goes.
  {
    to: 4,
    expectRows: ({ projects, ...t }) => {
      const byCampaign = new Map<string, Project[]>();
      for (const row of (projects ?? []) as unknown as ProjectRow[]) {
        byCampaign.set(row.campaignId, [...(byCampaign.get(row.campaignId) ?? []), row.project]);
      }
      // A rev is new with every write: any string.
      const chunks = [...byCampaign]
        .flatMap(([id, list]) => objectChunkRows(id, list))
        .map((row) => ({ ...row, rev: expect.any(String) as unknown as string }));
      return { ...t, projectChunks: chunks as unknown as Row[] };
    },
  },
  // Each campaign's chunks hold its projects, restored, packed into columns.
  {
    to: 5,
    expectRows: ({ projectChunks, ...t }) => {
      const byCampaign = new Map<string, Project[]>();
      for (const row of (projectChunks ?? []) as unknown as ObjectChunkRow[]) {
        const restored = row.projects.map(restoreProject);
        byCampaign.set(row.campaignId, [...(byCampaign.get(row.campaignId) ?? []), ...restored]);
      }
      const chunks = [...byCampaign]
        .flatMap(([id, list]) => chunkRows(id, list))
        .map((row) => ({ ...row, rev: expect.any(String) as unknown as string }));
      return { ...t, projectChunks: chunks as unknown as Row[] };
    },
  },
];

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
  it('numbers its steps in order', () => {
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual(SCHEMA_STEPS.map((_, i) => i + 1));
  });

  it('says what every schema version after the first does to the rows', () => {
    expect(EXPECTED_STEPS.map((s) => s.to)).toEqual(SCHEMA_STEPS.slice(1).map((s) => s.version));
  });

  it('opens a database written by version 1 with every row intact', async () => {
    const name = `migrate-v1-${++n}`;
    const v1 = openDb(name, 1);
    const campaign = blankCampaign('c1', '旧活动', 2018);
    const projects = [
      blankProject('p1', 'A'),
      { ...blankProject('p2', 'B'), name: '晋华集成电路' },
    ];
    await v1.campaigns.add({ id: 'c1', campaign, projectOrder: ['p2', 'p1'] });
    await v1.projects.bulkAdd(projects.map((p) => ({ id: p.id, campaignId: 'c1', project: p })));
    await v1.meta.put({ key: 'lastOpenedCampaign', value: 'c1' });
    v1.close();

    const current = openDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    const doc = await new CampaignRepository(current).load('c1');
    expect(doc?.projects.map((p) => p.name)).toEqual(['晋华集成电路', '']);
    expect(doc?.problems).toEqual([]);
    expect(await current.meta.get('lastOpenedCampaign')).toEqual({
      key: 'lastOpenedCampaign',
      value: 'c1',
    });
  });

  it('opens a database written by version 3 with its projects in chunks and nothing lost', async () => {
    const name = `migrate-v3-${++n}`;
    const v3 = openDb(name, 3);
    const campaign = blankCampaign('c1', '旧活动', 2018);
    const projects = Array.from({ length: 300 }, (_, i) => ({
      ...blankProject(`p${i}`, `C${i}`),
      name: `项目 ${i}`,
    }));
    const order = projects.map((p) => p.id).reverse();
    await v3.campaigns.add({ id: 'c1', campaign, projectOrder: order });
    await v3.projects.bulkAdd(projects.map((p) => ({ id: p.id, campaignId: 'c1', project: p })));
    const other = blankProject('q1', 'Q');
    await v3.campaigns.add({
      id: 'c2',
      campaign: blankCampaign('c2', '另一个', 2019),
      projectOrder: ['q1'],
    });
    await v3.projects.add({ id: 'q1', campaignId: 'c2', project: other });
    const problem = aProblem();
    await v3.problems.add({ id: 'x1', campaignId: 'c1', problem });
    await v3.calendars.add({
      id: 'cn',
      calendar: { holidays: ['2018-02-16'], workdays: [] } as never,
    });
    await v3.snapshots.add({ id: 's1', campaignId: 'c1', period: '2018-01-1', snapshot: { v: 1 } });
    v3.close();

    const current = openDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(current.tables.map((t) => t.name)).not.toContain('projects');
    const repo = new CampaignRepository(current);
    const doc = await repo.load('c1');
    expect(doc?.projects.map((p) => p.id)).toEqual(order);
    expect(doc?.projects).toEqual(
      order.map((id) => restoreProject(projects[Number(id.slice(1))]!)),
    );
    expect(doc?.problems).toEqual([problem]);
    expect((await repo.load('c2'))?.projects).toEqual([restoreProject(other)]);
    expect(await current.calendars.get('cn')).toEqual({
      id: 'cn',
      calendar: { holidays: ['2018-02-16'], workdays: [] },
    });
    expect(await current.snapshots.toArray()).toEqual([
      { id: 's1', campaignId: 'c1', period: '2018-01-1', snapshot: { v: 1 } },
    ]);
    expect(await new SnapshotRepository(current).list('c1')).toEqual([]);
  });

  it('opens a database written by version 4 with its chunks packed and nothing lost', async () => {
    const name = `migrate-v4-${++n}`;
    const v4 = openDb(name, 4);
    const projects: Project[] = Array.from({ length: 200 }, (_, i) => ({
      ...blankProject(`p${i}`, `C${i}`),
      name: `项目 ${i}`,
      investments: [{ date: '2018-01-31', amount: i }],
    }));
    // Stored by an older build: fields added since are missing, and come back with defaults.
    const { nextStep: _, ...older } = blankProject('old', 'OLD');
    const stored = [...projects, older as Project];
    const order = stored.map((p) => p.id).reverse();
    await v4.campaigns.add({
      id: 'c1',
      campaign: blankCampaign('c1', '旧活动', 2018),
      projectOrder: order,
    });
    await v4.table('projectChunks').bulkAdd(objectChunkRows('c1', stored));
    v4.close();

    const current = openDb(name);
    opened.push(current);
    const doc = await new CampaignRepository(current).load('c1');
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(doc?.projects).toEqual(
      order.map((id) => restoreProject(stored.find((p) => p.id === id)!)),
    );
    expect(doc?.projects.at(0)?.nextStep).toBe('');
    for (const row of await current.projectChunks.toArray())
      expect(row).not.toHaveProperty('projects');
  });

  for (const dump of FIXTURES) {
    describe(`a version-${dump.schemaVersion} database dump`, () => {
      const expected = EXPECTED_STEPS.filter((s) => s.to > dump.schemaVersion).reduce(
        (tables, step) => step.expectRows(tables),
        dump.tables,
      );

      it('opens in the current schema with every row of every table intact', async () => {
        const name = `migrations-${++n}`;
        await writeDump(name, dump);
        const db = openDb(name);
        opened.push(db);
        await db.open();
        const keys = Object.fromEntries(
          db.tables.map((t) => [t.name, t.schema.primKey.keyPath as string]),
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
        const projects = dump.tables.projects as unknown as ProjectRow[];
        const byId = new Map(projects.map((p) => [p.id, p.project]));
        expect((await repo.list()).map((c) => c.id).sort()).toEqual(
          campaigns.map((c) => c.id).sort(),
        );
        for (const row of campaigns) {
          const doc = await repo.load(row.id);
          expect(doc?.campaign).toEqual(restoreCampaign(row.campaign));
          expect(doc?.projects).toEqual(
            row.projectOrder.map((id) => restoreProject(byId.get(id)!)),
          );
          const chunks = await db.projectChunks.where('campaignId').equals(row.id).toArray();
          expect(chunks.flatMap(decodeChunk)).toHaveLength(row.projectOrder.length);
        }
        expect(await repo.lastOpened()).toBe('c-yonghe-2019');
      });
    });
  }
});
