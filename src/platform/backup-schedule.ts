// When to remind the user to download a backup. The ledger lives only in this browser: a backup
// file is the only copy that survives a cleared profile or a lost laptop.

/** A week of edits is as much as a planner should risk losing. */
export const BACKUP_REMINDER_DAYS = 7;
/** "Later" quiets the reminder for a day. */
export const SNOOZE_HOURS = 24;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Instants in milliseconds since the epoch, or null when it never happened. */
export interface BackupHistory {
  /** The first edit on this device: with no edits there is nothing to back up. */
  firstEditAt: number | null;
  lastBackupAt: number | null;
  snoozedUntil: number | null;
}

export function isBackupDue(history: BackupHistory, now: number): boolean {
  if (history.firstEditAt === null) return false;
  if (history.snoozedUntil !== null && now < history.snoozedUntil) return false;
  const since = history.lastBackupAt ?? history.firstEditAt;
  return now - since >= BACKUP_REMINDER_DAYS * DAY_MS;
}

/** Whole days since the last backup, or null when there was none. */
export function daysSinceBackup(history: BackupHistory, now: number): number | null {
  return history.lastBackupAt === null ? null : Math.floor((now - history.lastBackupAt) / DAY_MS);
}

export function snoozeUntil(now: number): number {
  return now + SNOOZE_HOURS * 60 * 60 * 1000;
}
