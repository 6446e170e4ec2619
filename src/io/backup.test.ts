import { describe, expect, it } from 'vitest';
import { aDoc, aProject, entries } from '../core/test-factories.ts';
import { BACKUP_VERSION, makeBackup, readBackup } from './backup.ts';

const docs = () => [
  aDoc({
    campaign: { id: 'c1', name: '晋江 2018' },
    projects: [
      aProject({
        id: 'p1',
        code: '0101',
        name: '𠮷祥路',
        investments: entries(['2018-02-10', 50]),
      }),
      aProject({ id: 'p2', code: 'JJ-2', milestones: { signed: { actual: '2018-02-09' } } }),
    ],
  }),
  aDoc({ campaign: { id: 'c2', name: '永和镇' } }),
];

describe('backup', () => {
  it('round-trips campaigns with the schema version and a checksum', () => {
    const text = makeBackup(docs(), '2018-02-12T09:00:00Z');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file['format']).toBe('battlemap-backup');
    expect(file['schemaVersion']).toBe(BACKUP_VERSION);
    expect(file['checksum']).toMatch(/^crc32:[0-9a-f]{8}$/);
    expect(readBackup(text)).toEqual({ ok: true, docs: docs(), version: BACKUP_VERSION });
  });

  it('refuses a file whose content no longer matches its checksum', () => {
    const text = makeBackup(docs(), 'x').replace('晋江 2018', '晋江 2019');
    expect(readBackup(text)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('refuses what is not JSON, not a backup, or from a newer version', () => {
    expect(readBackup('{')).toEqual({ ok: false, reason: 'notJson' });
    expect(readBackup('{"format":"other"}')).toEqual({ ok: false, reason: 'notABackup' });
    const newer = makeBackup(docs(), 'x').replace(
      `"schemaVersion":${BACKUP_VERSION}`,
      '"schemaVersion":99',
    );
    expect(readBackup(newer)).toEqual({ ok: false, reason: 'newerVersion', value: '99' });
  });

  it('names the first invalid value by its path', () => {
    const bad = docs();
    const broken = [{ ...bad[0]!, projects: [{ ...bad[0]!.projects[0]!, tier: 'huge' }] }];
    expect(readBackup(makeBackup(broken as never, 'x'))).toEqual({
      ok: false,
      reason: 'invalid',
      path: 'campaigns[0].projects[0].tier',
      value: '"huge"',
    });
    const dup = [{ ...bad[0]!, projects: [bad[0]!.projects[0]!, bad[0]!.projects[0]!] }];
    expect(readBackup(makeBackup(dup, 'x'))).toMatchObject({ path: 'campaigns[0].projects[1].id' });
  });

  it('restores fields an older file lacks with their defaults', () => {
    const [first] = docs();
    const { notes: _notes, ...older } = first!.projects[0]!;
    const result = readBackup(makeBackup([{ ...first!, projects: [older as never] }], 'x'));
    expect(result.ok && result.docs[0]?.projects[0]?.notes).toBe('');
  });

  it('keeps a campaign’s problems, and refuses one pointing at no project', () => {
    const problem = {
      id: 'q1',
      projectId: 'p1',
      description: '征迁未完成',
      scope: 'own',
      raisedOn: '2018-02-05',
      ownerUnit: '安海镇',
      escalation: 'project',
      status: 'open',
      resolvedOn: null,
      resolution: '',
      dueOverride: null,
      history: [],
    } as const;
    const [first] = docs();
    const withProblem = { ...first!, problems: [problem] };
    const read = readBackup(makeBackup([withProblem], 'x'));
    expect(read.ok && read.docs[0]?.problems).toEqual([problem]);
    const orphan = { ...first!, problems: [{ ...problem, projectId: 'nope' }] };
    expect(readBackup(makeBackup([orphan], 'x'))).toMatchObject({
      path: 'campaigns[0].problems[0].projectId',
    });
    const older = JSON.parse(JSON.stringify(first)) as Record<string, unknown>;
    delete older['problems'];
    const noProblems = readBackup(makeBackup([older as never], 'x'));
    expect(noProblems.ok && noProblems.docs[0]?.problems).toEqual([]);
  });
});
