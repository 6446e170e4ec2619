// The last opened campaign, read straight from IndexedDB by a small script of its own that runs
// while the app's code is still loading (src/first-read.ts), so the read's wait and the loading
// overlap instead of following each other. It reads only a database of the schema version it knows
// (Dexie stores version × 10); a missing, older or newer one is left to Dexie (to create or upgrade).
import type { CalendarRow, CampaignRow, MetaRow, ProblemRow, ProjectChunkRow } from './db.ts';

/** The schema version whose stores and rows this reader knows (migrations.test.ts pins it). */
export const FIRST_READ_SCHEMA = 5;

export const LAST_OPENED = 'lastOpenedCampaign';

/** The working-day calendar's row: one, shared by all campaigns. */
export const CALENDAR_ID = 'cn';

/**
 * What the first read found: rows as stored, read in one transaction. It holds all the start
 * needs (the campaigns' list and the calendar too), so the app shows the last campaign without
 * waiting for Dexie to open the database.
 */
export interface FirstRead {
  lastOpened: string | null;
  campaign: CampaignRow | undefined;
  chunks: ProjectChunkRow[];
  problems: ProblemRow[];
  /** Every stored campaign (the last opened one among them). */
  campaigns: CampaignRow[];
  calendar: CalendarRow | undefined;
}

/** Resolves null when it cannot read (then the app reads through Dexie as usual). */
export function readLastOpened(indexedDb: IDBFactory, name: string): Promise<FirstRead | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDb.open(name, FIRST_READ_SCHEMA * 10);
    } catch {
      resolve(null);
      return;
    }
    // No database yet, or an older one: aborting leaves it as it was, for Dexie.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const found: FirstRead = {
        lastOpened: null,
        campaign: undefined,
        chunks: [],
        problems: [],
        campaigns: [],
        calendar: undefined,
      };
      let tx: IDBTransaction;
      try {
        tx = db.transaction(
          ['meta', 'campaigns', 'projectChunks', 'problems', 'calendars'],
          'readonly',
        );
      } catch {
        db.close();
        resolve(null);
        return;
      }
      const campaigns = tx.objectStore('campaigns').getAll();
      campaigns.onsuccess = () => (found.campaigns = campaigns.result as CampaignRow[]);
      const calendar = tx.objectStore('calendars').get(CALENDAR_ID);
      calendar.onsuccess = () => (found.calendar = calendar.result as CalendarRow | undefined);
      const meta = tx.objectStore('meta').get(LAST_OPENED);
      meta.onsuccess = () => {
        const id = (meta.result as MetaRow | undefined)?.value ?? null;
        found.lastOpened = id;
        if (id === null) return;
        const chunks = tx.objectStore('projectChunks').index('campaignId').getAll(id);
        chunks.onsuccess = () => (found.chunks = chunks.result as ProjectChunkRow[]);
        const problems = tx.objectStore('problems').index('campaignId').getAll(id);
        problems.onsuccess = () => (found.problems = problems.result as ProblemRow[]);
      };
      tx.oncomplete = () => {
        db.close();
        found.campaign = found.campaigns.find((c) => c.id === found.lastOpened);
        resolve(found);
      };
      tx.onabort = () => {
        db.close();
        resolve(null);
      };
    };
  });
}

/** Where the first read's promise waits for the app (set by src/first-read.ts). */
const KEY = Symbol.for('battlemap.firstRead');

export function startFirstRead(indexedDb: IDBFactory, name: string): void {
  (globalThis as Record<symbol, unknown>)[KEY] = readLastOpened(indexedDb, name);
}

/** The first read, once: null when none was started or it was taken already. */
export function takeFirstRead(): Promise<FirstRead | null> | null {
  const store = globalThis as Record<symbol, unknown>;
  const read = store[KEY] as Promise<FirstRead | null> | undefined;
  delete store[KEY];
  return read ?? null;
}
