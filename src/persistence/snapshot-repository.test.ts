import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankCampaign, blankProject } from '../core/project.ts';
import { takeSnapshot, type Snapshot } from '../core/snapshot.ts';
import { DEFAULT_STATUS_RULES } from '../core/status-rules.ts';
import type { CampaignDoc } from '../core/types.ts';
import { CampaignRepository } from './campaign-repository.ts';
import { openDb, type BattlemapDb } from './db.ts';
import {
  SnapshotRepository,
  closingSnapshotId,
  type SnapshotRecord,
} from './snapshot-repository.ts';

let db: BattlemapDb;
let repo: SnapshotRepository;
let n = 0;

beforeEach(() => {
  db = openDb(`snapshots-${++n}`);
  repo = new SnapshotRepository(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function doc(id: string): CampaignDoc {
  const project = {
    ...blankProject(`${id}-p`, 'A'),
    name: '晋华集成电路',
    milestones: {
      ...blankProject('x', 'x').milestones,
      signed: { plan: null, actual: '2018-02-09' },
    },
    investments: [{ date: '2018-02-10', amount: 79000 }],
  };
  return { campaign: blankCampaign(id, `活动 ${id}`, 2018), projects: [project], problems: [] };
}

function record(d: CampaignDoc, asOf: string, serial: number, manual = false): SnapshotRecord {
  const snapshot = takeSnapshot(d, asOf, DEFAULT_STATUS_RULES, { serial, manual });
  const id = manual ? `manual-${serial}` : closingSnapshotId(d.campaign.id, snapshot.period);
  return { id, snapshot };
}

describe('SnapshotRepository', () => {
  it('stores snapshots and lists a campaign’s own back equal, in the order taken', async () => {
    const a = doc('a');
    const records = [
      record(a, '2018-02-12', 2, true),
      record(a, '2018-01-10', 0),
      record(a, '2018-02-10', 1),
    ];
    expect(await repo.add(records)).toHaveLength(3);
    await repo.add([record(doc('b'), '2018-01-10', 0)]);
    const listed = await repo.list('a');
    expect(listed.map((r) => r.snapshot.serial)).toEqual([0, 1, 2]);
    expect(listed[1]).toEqual(records[2]);
    expect(listed[1]?.snapshot.projects[0]?.batches.signed).toBe('2018-02-09');
    expect(await repo.list('none')).toEqual([]);
  });

  it('never overwrites a stored snapshot: the first one frozen for a 旬 stays', async () => {
    const a = doc('a');
    const first = record(a, '2018-02-10', 0);
    await repo.add([first]);
    const corrected: CampaignDoc = { ...a, projects: [] };
    const second = record(corrected, '2018-02-10', 5);
    expect(second.id).toBe(first.id);
    expect(await repo.add([second, record(a, '2018-01-10', 6)])).toHaveLength(1);
    const stored = await repo.list('a');
    expect(stored.find((r) => r.id === first.id)).toEqual(first);
    expect(stored).toHaveLength(2);
  });

  it('leaves a snapshot of an unknown version in place without showing it', async () => {
    const future = {
      ...record(doc('a'), '2018-01-10', 0).snapshot,
      version: 99,
    } as unknown as Snapshot;
    await db.snapshots.add({
      id: 'future',
      campaignId: 'a',
      period: '2018-01-1',
      snapshot: future,
    });
    expect(await repo.list('a')).toEqual([]);
    expect(await db.snapshots.get('future')).toBeDefined();
  });

  it('is deleted with its campaign, and only with its campaign', async () => {
    const campaigns = new CampaignRepository(db);
    await campaigns.create(doc('a'));
    await campaigns.create(doc('b'));
    await repo.add([record(doc('a'), '2018-01-10', 0), record(doc('b'), '2018-01-10', 0)]);
    await campaigns.remove('a');
    expect(await repo.list('a')).toEqual([]);
    expect(await repo.list('b')).toHaveLength(1);
  });
});
