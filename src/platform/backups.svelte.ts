// Backups made on this device: making one, and remembering when this device first held edits and
// when a backup was last made, for the reminder. Kept in localStorage, which lives and is cleared
// together with the IndexedDB data it is about.
import type { CampaignDoc } from '../core/types.ts';
import { exportBackup } from '../ui/data/export-files.ts';
import {
  daysSinceBackup,
  isBackupDue,
  snoozeUntil,
  type BackupHistory,
} from './backup-schedule.ts';

const KEYS = {
  firstEditAt: 'battlemap.firstEditAt',
  lastBackupAt: 'battlemap.lastBackupAt',
  snoozedUntil: 'battlemap.backupSnoozedUntil',
} as const satisfies Record<keyof BackupHistory, string>;

/** The reminder looks at the clock again this often, for a tab left open for days. */
const RECHECK_MS = 60 * 60 * 1000;

function read(key: string): number | null {
  try {
    const value = Number(localStorage.getItem(key) ?? NaN);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, value: number): void {
  try {
    localStorage.setItem(key, String(value));
  } catch {
    // Storage is off or full: the reminder forgets, the data is not affected.
  }
}

class Backups {
  #history = $state.raw<BackupHistory>({
    firstEditAt: null,
    lastBackupAt: null,
    snoozedUntil: null,
  });
  #tick = $state(0);
  #now: () => Date = () => new Date();

  /** The reminder should show. */
  readonly due = $derived.by(() => (this.#tick, isBackupDue(this.#history, this.#now().getTime())));
  /** Whole days since the last backup; null when there was none. */
  readonly daysSince = $derived.by(
    () => (this.#tick, daysSinceBackup(this.#history, this.#now().getTime())),
  );

  get history(): BackupHistory {
    return this.#history;
  }

  /** `now` is the app's clock, the one source of the current instant. */
  start(now: () => Date): void {
    this.#now = now;
    this.#load();
    setInterval(() => this.#tick++, RECHECK_MS);
    // Another tab may have made a backup or an edit.
    addEventListener('storage', () => this.#load());
  }

  noteEdit(): void {
    if (this.#history.firstEditAt === null) this.#set('firstEditAt', this.#now().getTime());
  }

  /** Downloads a backup file (the data view's format) of campaigns as given, saved or not. */
  download(docs: readonly CampaignDoc[], label: string): void {
    const now = this.#now();
    exportBackup(docs, now, label);
    this.noteBackup(now);
  }

  /** For every other way of making a backup (the data view's full backup). */
  noteBackup(at = this.#now()): void {
    this.#set('lastBackupAt', at.getTime());
  }

  snooze(): void {
    this.#set('snoozedUntil', snoozeUntil(this.#now().getTime()));
  }

  #set(key: keyof BackupHistory, value: number): void {
    write(KEYS[key], value);
    this.#history = { ...this.#history, [key]: value };
  }

  #load(): void {
    this.#history = {
      firstEditAt: read(KEYS.firstEditAt),
      lastBackupAt: read(KEYS.lastBackupAt),
      snoozedUntil: read(KEYS.snoozedUntil),
    };
    this.#tick++;
  }
}

export const backups = new Backups();
