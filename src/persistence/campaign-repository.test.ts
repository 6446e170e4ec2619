import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { blankCampaign, blankProject } from '../core/project.ts';
import { aProblem } from '../core/test-factories.ts';
import type { CampaignDoc, Problem } from '../core/types.ts';
import { Autosave, type SaveStatus } from './autosave.ts';
import { CampaignRepository } from './campaign-repository.ts';
import { collectChanges, emptyChanges } from './changes.ts';
import { openDb, type BattlemapDb } from './db.ts';
import { CHUNK_COUNT, chunkOf, decodeChunk } from './project-chunks.ts';

let db: BattlemapDb;
let repo: CampaignRepository;
let n = 0;

beforeEach(() => {
  db = openDb(`test-${++n}`);
  repo = new CampaignRepository(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function doc(id: string, count: number): CampaignDoc {
  const projects = Array.from({ length: count }, (_, i) => ({
    ...blankProject(`${id}-p${i}`, `C${String(i).padStart(3, '0')}`),
    name: `项目 ${i}`,
  }));
  return { campaign: blankCampaign(id, `活动 ${id}`, 2018), projects, problems: [] };
}

const PROBLEM: Problem = aProblem({ id: 'q1', projectId: 'a-p0' });

/** Projects in all chunk records of all campaigns. */
async function storedProjectCount(): Promise<number> {
  const rows = await db.projectChunks.toArray();
  return rows.reduce((sum, row) => sum + decodeChunk(row).length, 0);
}

describe('CampaignRepository', () => {
  it('stores a campaign and loads it back equal, in ledger order', async () => {
    const d = doc('a', 50);
    await repo.create(d);
    expect(await repo.load('a')).toEqual(d);
    expect(await repo.list()).toEqual([{ id: 'a', name: '活动 a', year: 2018, isSample: false }]);
  });

  it('saves a batch of changes so a reload sees exactly the edited document', async () => {
    const d = doc('a', 10);
    await repo.create(d);
    const step1 = applyCommand(d, {
      type: 'setProjectField',
      projectId: 'a-p3',
      field: 'signed.actual',
      value: '2018/2/9',
    });
    if (!step1.ok) throw new Error(step1.reason);
    const step2 = applyCommand(step1.doc, { type: 'deleteProjects', projectIds: ['a-p0'] });
    if (!step2.ok) throw new Error(step2.reason);
    const changes = collectChanges(
      step1.doc,
      step2.doc,
      collectChanges(d, step1.doc, emptyChanges()),
    );
    await repo.save('a', changes);
    const loaded = await repo.load('a');
    expect(loaded).toEqual(step2.doc);
    expect(loaded?.projects.find((p) => p.id === 'a-p3')?.milestones.signed.actual).toBe(
      '2018-02-09',
    );
  });

  it('keeps campaigns apart and removes one with all its projects', async () => {
    await repo.create(doc('a', 3));
    await repo.create(doc('b', 4));
    await repo.remove('a');
    expect(await repo.load('a')).toBeNull();
    expect((await repo.load('b'))?.projects).toHaveLength(4);
    expect(await storedProjectCount()).toBe(4);
  });

  it('writes nothing when a save fails part-way', async () => {
    const d = doc('a', 3);
    await repo.create(d);
    const changes = emptyChanges();
    changes.projects.put.set('a-p1', { ...d.projects[1]!, name: '改过的' });
    // A campaign row that is missing makes the transaction fail after the project write was queued.
    changes.campaign = { ...d.campaign, name: 'x' };
    await expect(repo.save('missing', changes)).rejects.toThrow();
    expect(await repo.load('a')).toEqual(d);
  });

  it('keeps projects in at most CHUNK_COUNT chunk records per campaign', async () => {
    await repo.create(doc('a', 1000));
    expect(await db.projectChunks.where('campaignId').equals('a').count()).toBe(CHUNK_COUNT);
    expect(await storedProjectCount()).toBe(1000);
  });

  it('keeps what another tab saved into the same chunks (no blind overwrite)', async () => {
    const d = doc('a', 200);
    await repo.create(d);
    // Three projects that share a chunk record.
    const [x, y, z] = d.projects.filter((p) => chunkOf(p.id) === chunkOf(d.projects[0]!.id));
    if (!x || !y || !z) throw new Error('no chunk holds three of 200 projects');
    // Two tabs, each saving from its own memory of the campaign.
    const other = new CampaignRepository(db);
    const mine = emptyChanges();
    mine.projects.put.set(x.id, { ...x, name: '这个标签页' });
    const theirs = emptyChanges();
    theirs.projects.put.set(y.id, { ...y, name: '另一个标签页' });
    theirs.projects.deleted.add(z.id);
    // Both have read the chunk; the other tab saves first, then this one from its memory.
    await Promise.all([repo.load('a'), other.load('a')]);
    await other.save('a', theirs);
    await repo.save('a', mine);
    const loaded = new Map((await repo.load('a'))?.projects.map((p) => [p.id, p]));
    expect(loaded.size).toBe(199);
    expect(loaded.get(x.id)?.name).toBe('这个标签页');
    expect(loaded.get(y.id)?.name).toBe('另一个标签页');
    expect(loaded.has(z.id)).toBe(false);
  });

  it('saves edits in a row from memory, and reads a chunk that another tab changed', async () => {
    const d = doc('a', 300);
    await repo.create(d);
    const loaded = (await repo.load('a'))!;
    let current = loaded;
    for (const [i, name] of [
      [5, '一'],
      [6, '二'],
      [5, '三'],
    ] as const) {
      const next = applyCommand(current, {
        type: 'setProjectField',
        projectId: `a-p${i}`,
        field: 'name',
        value: name,
      });
      if (!next.ok) throw new Error(next.reason);
      await repo.save('a', collectChanges(current, next.doc, emptyChanges()));
      current = next.doc;
    }
    // Another tab empties one chunk and edits another; this tab then edits a project in each.
    const other = new CampaignRepository(db);
    const gone = d.projects.filter((p) => chunkOf(p.id) === chunkOf('a-p7'));
    const theirs = emptyChanges();
    for (const p of gone) theirs.projects.deleted.add(p.id);
    theirs.projects.put.set('a-p8', { ...d.projects[8]!, town: '安海镇' });
    await other.save('a', theirs);
    const mine = emptyChanges();
    mine.projects.put.set('a-p7', { ...d.projects[7]!, name: '还在' });
    const p9 = d.projects.find((p) => p.id !== 'a-p8' && chunkOf(p.id) === chunkOf('a-p8'))!;
    mine.projects.put.set(p9.id, { ...p9, name: '同一块' });
    await repo.save('a', mine);
    const stored = new Map(
      (await new CampaignRepository(db).load('a'))!.projects.map((p) => [p.id, p]),
    );
    expect(stored.get('a-p5')?.name).toBe('三');
    expect(stored.get('a-p6')?.name).toBe('二');
    expect(stored.get('a-p7')?.name).toBe('还在');
    expect(stored.get('a-p8')?.town).toBe('安海镇');
    expect(stored.get(p9.id)?.name).toBe('同一块');
    expect(stored.size).toBe(300 - gone.length + 1);
  });

  it('drops the chunk records a save empties', async () => {
    const d = doc('a', 3);
    await repo.create(d);
    const changes = emptyChanges();
    for (const p of d.projects) changes.projects.deleted.add(p.id);
    changes.projectOrder = [];
    await repo.save('a', changes);
    expect(await db.projectChunks.count()).toBe(0);
    expect((await repo.load('a'))?.projects).toEqual([]);
  });

  it('reads back chosen projects as stored, leaving out ids it does not hold', async () => {
    const d = doc('a', 100);
    await repo.create(d);
    const ids = [d.projects[40]!.id, 'nowhere', d.projects[7]!.id];
    expect(await repo.loadProjects('a', ids)).toEqual([d.projects[40], d.projects[7]]);
    expect(await repo.loadProjects('b', ids)).toEqual([]);
  });

  it('remembers the last opened campaign', async () => {
    expect(await repo.lastOpened()).toBeNull();
    await repo.setLastOpened('b');
    expect(await repo.lastOpened()).toBe('b');
  });
});

describe('Autosave', () => {
  it('writes recorded steps on flush and reports its status', async () => {
    const d = doc('a', 5);
    await repo.create(d);
    const statuses: SaveStatus[] = [];
    const autosave = new Autosave(repo, (s) => statuses.push(s));
    const r = applyCommand(d, {
      type: 'setProjectField',
      projectId: 'a-p2',
      field: 'annualPlan',
      value: '7.9亿',
    });
    if (!r.ok) throw new Error(r.reason);
    autosave.record(d, r.doc);
    await autosave.flush();
    expect((await repo.load('a'))?.projects[2]?.annualPlan).toBe(79000);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('keeps a failed batch and writes it with the next flush', async () => {
    const d = doc('a', 2);
    await repo.create(d);
    const statuses: SaveStatus[] = [];
    const flaky = new CampaignRepository(db);
    let fail = true;
    const save = flaky.save.bind(flaky);
    flaky.save = async (id, changes) => {
      if (fail) throw new Error('QuotaExceededError');
      return save(id, changes);
    };
    const autosave = new Autosave(flaky, (s) => statuses.push(s));
    const r = applyCommand(d, { type: 'renameCampaign', name: '保住' });
    if (!r.ok) throw new Error(r.reason);
    autosave.record(d, r.doc);
    await autosave.flush();
    expect(statuses.at(-1)).toBe('failed');
    expect((await repo.load('a'))?.campaign.name).toBe('活动 a');
    fail = false;
    await autosave.flush();
    expect(statuses.at(-1)).toBe('saved');
    expect((await repo.load('a'))?.campaign.name).toBe('保住');
  });
});

describe('CampaignRepository.replace', () => {
  it('replaces a campaign with the same id and adds new ones, in one go', async () => {
    await repo.create(doc('a', 5));
    await repo.create(doc('b', 2));
    const restored = { ...doc('a', 3), campaign: { ...doc('a', 0).campaign, name: '恢复的' } };
    await repo.replace([restored, doc('c', 1)]);
    expect(await repo.load('a')).toEqual(restored);
    expect((await repo.load('b'))?.projects).toHaveLength(2);
    expect((await repo.load('c'))?.projects).toHaveLength(1);
    expect(await storedProjectCount()).toBe(6);
  });

  it('writes nothing when any campaign fails', async () => {
    await repo.create(doc('a', 2));
    await repo.create(doc('b', 2));
    // Problem ids are unique across campaigns: restoring b's problem into a new campaign fails.
    const problem = { ...PROBLEM, id: 'q-b' };
    await repo.replace([{ ...doc('b', 2), problems: [problem] }]);
    const clash = { ...doc('x', 1), problems: [problem] };
    await expect(repo.replace([doc('a', 4), clash])).rejects.toThrow();
    expect((await repo.load('a'))?.projects).toHaveLength(2);
    expect(await repo.load('x')).toBeNull();
  });
});
