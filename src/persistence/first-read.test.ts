import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { blankCampaign, blankProject } from '../core/project.ts';
import { aProblem } from '../core/test-factories.ts';
import type { CampaignDoc } from '../core/types.ts';
import { CalendarRepository } from './calendar-repository.ts';
import { CampaignRepository } from './campaign-repository.ts';
import { collectChanges, emptyChanges } from './changes.ts';
import { SCHEMA_VERSION, openDb, type BattlemapDb } from './db.ts';
import { FIRST_READ_SCHEMA, readLastOpened } from './first-read.ts';

let n = 0;
const opened: BattlemapDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function open(name: string, upTo?: Parameters<typeof openDb>[1]): BattlemapDb {
  const db = openDb(name, upTo);
  opened.push(db);
  return db;
}

function doc(): CampaignDoc {
  const projects = Array.from({ length: 40 }, (_, i) => ({
    ...blankProject(`p${i}`, `C${i}`),
    name: `项目 ${i}`,
  }));
  return {
    campaign: blankCampaign('c1', '活动', 2018),
    projects: projects.reverse(),
    problems: [aProblem({ id: 'q1', projectId: 'p1' })],
  };
}

async function stored(name: string): Promise<CampaignDoc> {
  const db = open(name);
  const repo = new CampaignRepository(db);
  const d = doc();
  await repo.create(d);
  await repo.setLastOpened('c1');
  db.close();
  return d;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('readLastOpened', () => {
  it('reads the schema version the database has now', () => {
    expect(FIRST_READ_SCHEMA).toBe(SCHEMA_VERSION);
  });

  it('reads the last opened campaign, and the repository opens it from those rows', async () => {
    const name = `first-${++n}`;
    const d = await stored(name);
    const first = await readLastOpened(indexedDB, name);
    expect(first?.lastOpened).toBe('c1');
    expect(first?.chunks.length).toBeGreaterThan(0);
    const db = open(name);
    // No Dexie read is needed: the database is closed while the repository opens the campaign.
    const repo = new CampaignRepository(db, Promise.resolve(first));
    db.close();
    expect(await repo.lastOpened()).toBe('c1');
    expect(await repo.load('c1')).toEqual(d);
  });

  it('holds the whole start: the list, the last campaign and the calendar, read once', async () => {
    const name = `first-${++n}`;
    const d = await stored(name);
    const db = open(name);
    const calendars = new CalendarRepository(db);
    const calendar = await calendars.load();
    await new CampaignRepository(db).create({
      ...doc(),
      campaign: blankCampaign('c0', '另一个', 2019),
      problems: [],
    });
    db.close();
    const first = await readLastOpened(indexedDB, name);
    const repo = new CampaignRepository(open(name), Promise.resolve(first));
    const opening = await repo.opening();
    expect(opening?.doc).toEqual(d);
    expect(opening?.calendar).toEqual(calendar);
    expect(opening?.campaigns).toEqual(await new CampaignRepository(open(name)).list());
    expect(opening?.campaigns).toHaveLength(2);
    expect(await repo.opening()).toBeNull();
  });

  it('writes nothing when the start opens the campaign stored as last opened', async () => {
    const name = `first-${++n}`;
    await stored(name);
    const db = open(name);
    const calendars = new CalendarRepository(db);
    await calendars.load();
    db.close();
    const first = await readLastOpened(indexedDB, name);
    const opening = open(name);
    const repo = new CampaignRepository(opening, Promise.resolve(first));
    expect((await repo.opening())?.doc.campaign.id).toBe('c1');
    await repo.setLastOpened('c1');
    // Dexie opens the database on its first query: none was made.
    expect(opening.isOpen()).toBe(false);
    await repo.setLastOpened('c0');
    expect(await new CampaignRepository(open(name)).lastOpened()).toBe('c0');
  });

  it('opens nothing at the start without a stored calendar: the start reads as usual', async () => {
    const name = `first-${++n}`;
    const d = await stored(name);
    const first = await readLastOpened(indexedDB, name);
    const repo = new CampaignRepository(open(name), Promise.resolve(first));
    expect(await repo.opening()).toBeNull();
    expect(await repo.lastOpened()).toBe('c1');
    expect(await repo.load('c1')).toEqual(d);
  });

  it('leaves a database that does not exist yet to Dexie, creating nothing', async () => {
    const name = `first-${++n}`;
    expect(await readLastOpened(indexedDB, name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
  });

  it('leaves an older database to Dexie, which upgrades it', async () => {
    const name = `first-${++n}`;
    const v4 = open(name, 4);
    await v4.open();
    v4.close();
    expect(await readLastOpened(indexedDB, name)).toBeNull();
    const current = open(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
  });

  it('is used once: after a write, or for another campaign, the repository reads the store', async () => {
    const name = `first-${++n}`;
    const d = await stored(name);
    const first = await readLastOpened(indexedDB, name);
    const repo = new CampaignRepository(open(name), Promise.resolve(first));
    const edited = applyCommand(d, {
      type: 'setProjectField',
      projectId: 'p3',
      field: 'name',
      value: '改过的名字',
    });
    if (!edited.ok) throw new Error(edited.reason);
    await repo.save('c1', collectChanges(d, edited.doc, emptyChanges()));
    expect(await repo.load('c1')).toEqual(edited.doc);
    expect(await repo.load('other')).toBeNull();
  });
});
