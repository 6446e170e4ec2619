import { describe, expect, it } from 'vitest';
import {
  BACKUP_REMINDER_DAYS,
  daysSinceBackup,
  isBackupDue,
  snoozeUntil,
  type BackupHistory,
} from './backup-schedule.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2018, 1, 12, 1, 30);
const history = (h: Partial<BackupHistory>): BackupHistory => ({
  firstEditAt: null,
  lastBackupAt: null,
  snoozedUntil: null,
  ...h,
});

describe('isBackupDue', () => {
  it('never reminds before the first edit: there is nothing of the user’s to back up', () => {
    expect(isBackupDue(history({}), T0 + 100 * DAY)).toBe(false);
  });

  it('reminds seven days after the first edit when no backup was made', () => {
    const h = history({ firstEditAt: T0 });
    expect(isBackupDue(h, T0 + 7 * DAY - 1)).toBe(false);
    expect(isBackupDue(h, T0 + 7 * DAY)).toBe(true);
  });

  it('reminds when the last backup is seven days old, not before', () => {
    const h = history({ firstEditAt: T0, lastBackupAt: T0 + 10 * DAY });
    expect(isBackupDue(h, T0 + 16 * DAY)).toBe(false);
    expect(isBackupDue(h, T0 + 17 * DAY)).toBe(true);
    expect(BACKUP_REMINDER_DAYS).toBe(7);
  });

  it('stays quiet for a day after "later"', () => {
    const now = T0 + 30 * DAY;
    const h = history({ firstEditAt: T0, snoozedUntil: snoozeUntil(now) });
    expect(isBackupDue(h, now + DAY - 1)).toBe(false);
    expect(isBackupDue(h, now + DAY)).toBe(true);
  });
});

describe('daysSinceBackup', () => {
  it('counts whole days, and null when there was no backup', () => {
    expect(daysSinceBackup(history({}), T0)).toBeNull();
    expect(daysSinceBackup(history({ lastBackupAt: T0 }), T0 + 8 * DAY + 5)).toBe(8);
  });
});
