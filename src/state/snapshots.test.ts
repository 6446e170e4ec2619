import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { aDoc, aProject, okDoc } from '../core/test-factories.ts';
import type { CampaignDoc } from '../core/types.ts';
import { openDb, type BattlemapDb } from '../persistence/db.ts';
import { SnapshotRepository } from '../persistence/snapshot-repository.ts';
import { SnapshotStore } from './snapshots.svelte.ts';

let db: BattlemapDb;
let repo: SnapshotRepository;
let store: SnapshotStore;
let n = 0;
let ids = 0;

beforeEach(() => {
  db = openDb(`snapshot-store-${++n}`);
  repo = new SnapshotRepository(db);
  store = new SnapshotStore({ repo, today: () => '2018-02-12', newId: () => `m${++ids}` });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const signedOn = (date: string) =>
  aProject({
    id: 'p',
    code: 'P',
    name: '顺丰创新产业园',
    milestones: { signed: { actual: date } },
  });
const periods = () => store.records.map((r) => r.snapshot.period);

describe('SnapshotStore', () => {
  it('freezes every closed 旬 on open, and nothing more when opened again', async () => {
    const doc = aDoc({ projects: [signedOn('2018-02-09')] });
    await store.sync(doc, '2018-02-12');
    expect(periods()).toEqual(['2018-01-1', '2018-01-2', '2018-01-3', '2018-02-1']);
    expect(store.records.map((r) => r.snapshot.figures.figures.signed.actual)).toEqual([
      0, 0, 0, 1,
    ]);
    expect(store.loaded).toBe(true);

    const fresh = new SnapshotStore({ repo, today: () => '2018-02-13', newId: () => 'x' });
    await fresh.sync(doc, '2018-02-13');
    // Nothing was missing: the snapshots are read when wanted, not on open.
    expect(fresh.loaded).toBe(false);
    expect(await fresh.load()).toEqual(store.records);
    expect(fresh.records).toEqual(store.records);
    expect(fresh.closing('2018-02-1')?.snapshot.period).toBe('2018-02-1');
    // A view that reads the records has them read for it.
    const viewed = new SnapshotStore({ repo, today: () => '2018-02-13', newId: () => 'y' });
    await viewed.sync(doc, '2018-02-13');
    expect(viewed.records).toEqual([]);
    await vi.waitFor(() => expect(viewed.records).toEqual(store.records));
    expect(await db.snapshots.count()).toBe(4);
  });

  it('freezes the 旬 closed when the as-of date moves on, from the facts of that moment', async () => {
    let doc = aDoc({ projects: [signedOn('2018-02-09')] });
    await store.sync(doc, '2018-02-12');
    doc = okDoc(applyCommand(doc, { type: 'setAsOf', asOf: '2018-03-02' }));
    await store.sync(doc, '2018-03-02');
    expect(periods().slice(4)).toEqual(['2018-02-2', '2018-02-3']);
    expect(store.closing('2018-02-3')?.snapshot.asOf).toBe('2018-02-28');
    // Moving back freezes nothing and keeps what was frozen.
    await store.sync(doc, '2018-01-05');
    expect(store.records).toHaveLength(6);
  });

  it('takes a manual snapshot of the as-of date, numbered after the frozen ones', async () => {
    const doc = aDoc({ projects: [signedOn('2018-02-09')] });
    await store.sync(doc, '2018-02-12');
    const taken = await store.take(doc, '2018-02-12');
    expect(taken?.snapshot).toMatchObject({
      manual: true,
      period: '2018-02-2',
      serial: 4,
      takenOn: '2018-02-12',
    });
    expect(store.records.at(-1)).toEqual(taken);
    // A manual snapshot is not the 旬's closing one.
    expect(store.closing('2018-02-2')).toBeNull();
    expect(await repo.list('c1')).toHaveLength(5);
  });

  it('keeps a frozen snapshot as it was after the ledger is corrected', async () => {
    const doc = aDoc({ projects: [signedOn('2018-02-09')] });
    await store.sync(doc, '2018-02-12');
    const corrected = okDoc(
      applyCommand(doc, {
        type: 'setProjectField',
        projectId: 'p',
        field: 'signed.actual',
        value: '2018-02-11',
      }),
    );
    await store.sync(corrected, '2018-02-12');
    expect(store.closing('2018-02-1')?.snapshot.figures.figures.signed.actual).toBe(1);
    const now = await store.take(corrected, '2018-02-12');
    expect(now?.snapshot.projects[0]?.batches.signed).toBe('2018-02-11');
  });

  it('shows only the open campaign’s snapshots', async () => {
    const a = aDoc({ campaign: { id: 'a' } });
    const b: CampaignDoc = aDoc({ campaign: { id: 'b' } });
    await store.sync(a, '2018-01-25');
    expect(store.records).toHaveLength(2);
    const switching = store.sync(b, '2018-01-15');
    expect(store.records).toEqual([]);
    await switching;
    expect(store.records.map((r) => r.snapshot.campaignId)).toEqual(['b']);
  });

  it('reports a failed write and keeps working', async () => {
    const doc = aDoc();
    db.close();
    await store.sync(doc, '2018-02-12');
    expect(store.error).toMatch(/closed|Database/i);
    expect(store.loaded).toBe(false);
    await db.open();
    await store.sync(doc, '2018-02-12');
    expect(store.error).toBeNull();
    expect(store.records).toHaveLength(4);
  });
});

describe('SnapshotStore with an overdue rule', () => {
  it('counts overdue problems in what it freezes and takes', async () => {
    const withRule = new SnapshotStore({
      repo,
      today: () => '2018-02-12',
      newId: () => 'm',
      isOverdue: (q, asOf) => q.raisedOn < '2018-01-15' && asOf > '2018-01-20',
    });
    const doc = aDoc({
      projects: [aProject({ id: 'p' })],
      problems: [
        {
          id: 'q',
          projectId: 'p',
          description: '征迁遇阻',
          scope: 'own',
          raisedOn: '2018-01-05',
          ownerUnit: '市住建局',
          escalation: 'project',
          status: 'open',
          resolvedOn: null,
          resolution: '',
          dueOverride: null,
          history: [],
        },
      ],
    });
    await withRule.sync(doc, '2018-02-01');
    expect(withRule.records.map((r) => r.snapshot.problems)).toEqual([
      { open: 1, overdue: 0 },
      { open: 1, overdue: 0 },
      { open: 1, overdue: 1 },
    ]);
    expect(withRule.records.at(-1)?.snapshot.projects[0]?.light).toBe('red');
    const taken = await withRule.take(doc, '2018-02-01');
    expect(taken?.snapshot.problems.overdue).toBe(1);
  });
});
