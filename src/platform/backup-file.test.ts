import { describe, expect, it } from 'vitest';
import { aDoc, aProject } from '../core/test-factories.ts';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, backupFile, backupFileName } from './backup-file.ts';

describe('backupFile', () => {
  it('holds the campaign as it is in memory, with its format and schema version', () => {
    const doc = aDoc({ projects: [aProject({ id: 'p1', name: '安踏一体化产业园' })] });
    const at = new Date(Date.UTC(2018, 1, 12, 3, 4, 5));
    const file = backupFile(doc, at, '0.1.0');
    expect(file).toEqual({
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      app: '0.1.0',
      exportedAt: '2018-02-12T03:04:05.000Z',
      campaigns: [doc],
    });
    // What is written is what was edited: JSON keeps every field of the document.
    expect(JSON.parse(JSON.stringify(file)).campaigns[0]).toEqual(doc);
  });
});

describe('backupFileName', () => {
  it('names the campaign and the local date, without characters file systems refuse', () => {
    const named = aDoc({ campaign: { name: '晋江 2018/项目:攻坚' } });
    expect(backupFileName(named, new Date(2018, 1, 12, 23, 59))).toBe(
      '挂图作战备份-晋江_2018_项目_攻坚-2018-02-12.json',
    );
  });
});
