import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, handleDbLifecycle, openDb, type BattlemapDb } from '../persistence/db.ts';
import { DatabaseLifecycle } from './database-lifecycle.svelte.ts';

/** A schema one step newer than this app's (Dexie stores version n as n × 10). */
const NEWER = (SCHEMA_VERSION + 1) * 10;

let n = 0;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

/** A raw connection, as another tab running another version of the app would hold. */
function rawOpen(
  name: string,
  version: number,
  onVersionChange?: () => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      request.result.onversionchange = onVersionChange ?? null;
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

function rawGet(db: IDBDatabase, store: string, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function dbWithLifecycle(flush: (db: BattlemapDb) => Promise<void>) {
  const lifecycle = new DatabaseLifecycle();
  const name = `lifecycle-${++n}`;
  const db: BattlemapDb = openDb(name);
  handleDbLifecycle(
    db,
    lifecycle.hooks(() => flush(db)),
  );
  cleanup.push(() => indexedDB.deleteDatabase(name));
  return { lifecycle, name, db };
}

describe('DatabaseLifecycle', () => {
  it('when a newer tab upgrades, saves what is pending, closes, and asks for a reload', async () => {
    let flushed = 0;
    const { lifecycle, name, db } = dbWithLifecycle(async (db) => {
      flushed++;
      await db.meta.put({ key: 'pending-edit', value: 'written before closing' });
    });
    await db.meta.put({ key: 'earlier', value: 'x' });
    expect(lifecycle.outdated).toBe(false);

    const newer = await rawOpen(name, NEWER);
    cleanup.push(() => newer.close());
    expect(flushed).toBe(1);
    expect(await rawGet(newer, 'meta', 'pending-edit')).toEqual({
      key: 'pending-edit',
      value: 'written before closing',
    });
    expect(lifecycle.outdated).toBe(true);
    await expect(db.meta.get('earlier')).rejects.toThrow(/closed/i);
  });

  it('closes even when the last save fails, so the newer tab is not held up', async () => {
    const { lifecycle, name, db } = dbWithLifecycle(() => Promise.reject(new Error('disk full')));
    await db.open();
    const newer = await rawOpen(name, NEWER);
    cleanup.push(() => newer.close());
    expect(lifecycle.outdated).toBe(true);
  });

  it('says so while an older tab holds the database during this tab’s upgrade', async () => {
    const name = `lifecycle-${++n}`;
    cleanup.push(() => indexedDB.deleteDatabase(name));
    // An older app holds version 0.5 and, like an app without this handling, ignores the request.
    const older = await rawOpen(name, 5, () => {});
    const lifecycle = new DatabaseLifecycle();
    const db = openDb(name);
    handleDbLifecycle(
      db,
      lifecycle.hooks(async () => {}),
    );
    cleanup.push(() => db.close());
    const opening = db.open();
    await expect.poll(() => lifecycle.blocked).toBe(true);
    older.close();
    await opening;
    expect(lifecycle.blocked).toBe(false);
    expect(lifecycle.outdated).toBe(false);
  });
});
