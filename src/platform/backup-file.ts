// A backup file of the open campaign, offered when a write fails and by the backup reminder.
// Interim: the import/export area (src/io) owns the full backup format; this one keeps the same
// idea (a format name and a schema version) so the two can be unified.
import type { CampaignDoc } from '../core/types.ts';

export const BACKUP_FORMAT = 'battlemap-backup';
/** Bumped when the shape of `campaigns` changes; a restore reads it to migrate old files. */
export const BACKUP_SCHEMA_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  app: string;
  /** An instant, ISO 8601 in UTC. */
  exportedAt: string;
  campaigns: CampaignDoc[];
}

export function backupFile(doc: CampaignDoc, exportedAt: Date, appVersion: string): BackupFile {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    app: appVersion,
    exportedAt: exportedAt.toISOString(),
    campaigns: [doc],
  };
}

/** 挂图作战备份-<campaign>-<local date>.json, without characters that file systems refuse. */
export function backupFileName(doc: CampaignDoc, exportedAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}`;
  const name = doc.campaign.name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `挂图作战备份-${name}-${date}.json`;
}

/** Hands the file to the browser's download. */
export function downloadBackup(doc: CampaignDoc, exportedAt: Date, appVersion: string): void {
  const json = JSON.stringify(backupFile(doc, exportedAt, appVersion), null, 1);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = backupFileName(doc, exportedAt);
  link.click();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
