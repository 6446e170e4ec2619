import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankCampaign, blankProject } from '../core/project.ts';
import type { CampaignDoc } from '../core/types.ts';
import { CampaignRepository } from '../persistence/campaign-repository.ts';
import { CalendarRepository } from '../persistence/calendar-repository.ts';
import { ChangeFeed, type ChangeMessage } from '../persistence/change-feed.ts';
import { openDb } from '../persistence/db.ts';
import { readLastOpened, type FirstRead } from '../persistence/first-read.ts';
import { SnapshotRepository } from '../persistence/snapshot-repository.ts';
import { ADDED_BY_ID } from './stored-doc.ts';
import { Workspace } from './workspace.svelte.ts';

// Two Workspaces on one database with a feed each on one channel: two tabs of one browser.
/** Messages between tabs and fake IndexedDB writes are slow on a busy machine. */
const WAIT = { timeout: 5000 };
let n = 0;
const cleanup: (() => void)[] = [];

afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

async function twoTabs() {
  const name = `tabs-${++n}`;
  const doc: CampaignDoc = {
    campaign: blankCampaign('c1', '英林镇', 2018),
    projects: ['a', 'b', 'c'].map((id) => ({ ...blankProject(id, id.toUpperCase()), name: id })),
    problems: [],
  };
  await new CampaignRepository(openDb(name)).create(doc);
  const tab = async () => {
    const db = openDb(name);
    const feed = new ChangeFeed(`test-${name}`);
    const ws = new Workspace({
      repo: new CampaignRepository(db),
      calendars: new CalendarRepository(db),
      snapshots: new SnapshotRepository(db),
      today: () => '2018-02-12',
      newId: () => crypto.randomUUID(),
      feed,
    });
    await ws.start();
    cleanup.push(() => {
      feed.close();
      db.close();
    });
    return ws;
  };
  return { a: await tab(), b: await tab() };
}

const field = (ws: Workspace, id: string, key: 'name' | 'town') =>
  ws.doc?.projects.find((p) => p.id === id)?.[key];

describe('two tabs on one campaign', () => {
  it('see each other’s saved edits without reloading', async () => {
    const { a, b } = await twoTabs();
    a.dispatch({ type: 'setProjectField', projectId: 'b', field: 'name', value: '乙改' });
    await a.flush();
    await vi.waitFor(() => expect(field(b, 'b', 'name')).toBe('乙改'), WAIT);
    b.dispatch({ type: 'addProjects', projects: [blankProject('n', 'N')] });
    await b.flush();
    await vi.waitFor(
      () => expect(a.doc?.projects.map((p) => p.id)).toEqual(['a', 'b', 'c', 'n']),
      WAIT,
    );
  });

  it('take in an import of many new projects, sent by id and read from the store', async () => {
    const { a, b } = await twoTabs();
    const count = ADDED_BY_ID + 50;
    const many = Array.from({ length: count }, (_, i) => ({
      ...blankProject(`m${i}`, `M${i}`),
      name: `导入 ${i}`,
    }));
    const sent: ChangeMessage[] = [];
    const spy = new ChangeFeed(`test-tabs-${n}`);
    spy.subscribe((m) => sent.push(m));
    cleanup.push(() => spy.close());
    b.dispatch({ type: 'setProjectField', projectId: 'c', field: 'town', value: '安海镇' });
    a.dispatch({ type: 'addProjects', projects: many });
    a.dispatch({ type: 'setProjectField', projectId: 'c', field: 'name', value: '丙改' });
    await a.flush();
    await vi.waitFor(() => expect(b.doc?.projects).toHaveLength(3 + count), WAIT);
    expect(b.doc?.projects.slice(3)).toEqual(many);
    expect(field(b, 'c', 'name')).toBe('丙改');
    expect(field(b, 'c', 'town')).toBe('安海镇');
    expect(sent[0]?.added).toHaveLength(count);
    expect(sent[0]?.put.map((s) => s.after.id)).toEqual(['c']);
  });

  it('keep an unsaved edit of another field of the same project, and converge', async () => {
    const { a, b } = await twoTabs();
    b.dispatch({ type: 'setProjectField', projectId: 'a', field: 'town', value: '安海镇' });
    a.dispatch({ type: 'setProjectField', projectId: 'a', field: 'name', value: '甲改' });
    await a.flush();
    await vi.waitFor(() => expect(field(b, 'a', 'name')).toBe('甲改'), WAIT);
    expect(field(b, 'a', 'town')).toBe('安海镇');
    await b.flush();
    await vi.waitFor(() => expect(field(a, 'a', 'town')).toBe('安海镇'), WAIT);
    expect(field(a, 'a', 'name')).toBe('甲改');
    const stored = await new CampaignRepository(openDb(`tabs-${n}`)).load('c1');
    expect(stored?.projects[0]).toMatchObject({ name: '甲改', town: '安海镇' });
  });

  it('undo takes back only this tab’s own edit', async () => {
    const { a, b } = await twoTabs();
    a.dispatch({ type: 'setProjectField', projectId: 'a', field: 'name', value: '甲改' });
    await a.flush();
    b.dispatch({ type: 'setProjectField', projectId: 'a', field: 'town', value: '安海镇' });
    await b.flush();
    await vi.waitFor(() => expect(field(a, 'a', 'town')).toBe('安海镇'), WAIT);
    a.undo();
    expect(field(a, 'a', 'name')).toBe('a');
    expect(field(a, 'a', 'town')).toBe('安海镇');
    await a.flush();
    await vi.waitFor(() => expect(field(b, 'a', 'name')).toBe('a'), WAIT);
    expect(field(b, 'a', 'town')).toBe('安海镇');
  });

  it('take a rename of the campaign, sharing the unchanged ledger', async () => {
    const { a, b } = await twoTabs();
    const before = b.doc;
    a.dispatch({ type: 'renameCampaign', name: '新名' });
    await a.flush();
    await vi.waitFor(() => expect(b.campaigns[0]?.name).toBe('新名'), WAIT);
    expect(b.doc?.campaign.name).toBe('新名');
    expect(b.doc?.projects).toBe(before?.projects);
  });

  it('take in a save that arrives while this tab is still opening the campaign', async () => {
    const { a } = await twoTabs();
    const name = `tabs-${n}`;
    // This tab read the stored rows before the other tab's save, and opens from them after it.
    const stale = await readLastOpened(indexedDB, name);
    let release = (): void => {};
    const first = new Promise<FirstRead | null>((resolve) => (release = () => resolve(stale)));
    const db = openDb(name);
    const feed = new ChangeFeed(`test-${name}`);
    cleanup.push(() => {
      feed.close();
      db.close();
    });
    const late = new Workspace({
      repo: new CampaignRepository(db, first),
      calendars: new CalendarRepository(db),
      snapshots: new SnapshotRepository(db),
      today: () => '2018-02-12',
      newId: () => crypto.randomUUID(),
      feed,
    });
    const started = late.start();
    // Its own listener comes after the workspace's on the same channel: once it has the message,
    // so has the workspace.
    const heard = new Promise<void>((resolve) => feed.subscribe(() => resolve()));
    a.dispatch({ type: 'setProjectField', projectId: 'b', field: 'name', value: '乙改' });
    await a.flush();
    await heard;
    expect(late.doc).toBeNull();
    release();
    await started;
    await vi.waitFor(() => expect(field(late, 'b', 'name')).toBe('乙改'), WAIT);
  });

  it('see each other’s problems: raised, edited field by field with both histories, deleted', async () => {
    const { a, b } = await twoTabs();
    const problem = (ws: Workspace) => ws.doc?.problems.find((q) => q.id === 'q1');
    a.dispatch({
      type: 'raiseProblem',
      problem: {
        id: 'q1',
        projectId: 'b',
        description: '征迁补偿款未到位',
        scope: 'own',
        raisedOn: '2018-02-12',
        ownerUnit: '资规局',
        escalation: 'project',
      },
      on: '2018-02-12',
    });
    await a.flush();
    await vi.waitFor(() => expect(problem(b)?.description).toBe('征迁补偿款未到位'), WAIT);
    const edit = (ws: Workspace, field: 'ownerUnit' | 'escalation', value: string) =>
      ws.dispatch({ type: 'setProblemField', problemId: 'q1', field, value, on: '2018-02-13' });
    edit(b, 'escalation', 'leader');
    edit(a, 'ownerUnit', '住建局');
    await a.flush();
    await vi.waitFor(() => expect(problem(b)?.ownerUnit).toBe('住建局'), WAIT);
    expect(problem(b)?.escalation).toBe('leader');
    await b.flush();
    await vi.waitFor(() => expect(problem(a)?.escalation).toBe('leader'), WAIT);
    const fields = (ws: Workspace) => problem(ws)?.history.map((h) => h.field ?? h.kind);
    expect(fields(a)).toEqual(['raised', 'ownerUnit', 'escalation']);
    expect(fields(b)).toEqual(fields(a));
    const stored = await new CampaignRepository(openDb(`tabs-${n}`)).load('c1');
    expect(stored?.problems[0]).toMatchObject({ ownerUnit: '住建局', escalation: 'leader' });
    b.dispatch({ type: 'deleteProblem', problemId: 'q1' });
    await b.flush();
    await vi.waitFor(() => expect(a.doc?.problems).toEqual([]), WAIT);
  });
});
