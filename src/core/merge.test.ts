import { describe, expect, it } from 'vitest';
import {
  mergeRemoteChange,
  rebase,
  sameData,
  unsavedAfterMerge,
  type RemoteChange,
} from './merge.ts';
import { aCampaign, aDoc, aProblem, aProject } from './test-factories.ts';
import type { Problem, Project } from './types.ts';

const clone = <T>(x: T): T => structuredClone(x);

/** A change that touches nothing, to spread and fill in. */
const none: RemoteChange = {
  campaign: null,
  order: null,
  put: [],
  deleted: [],
  problems: { put: [], deleted: [] },
};

describe('rebase', () => {
  it('keeps mine where they changed nothing, takes theirs where only they changed', () => {
    const base = { a: 1, b: { c: 2, d: 3 } };
    const mine = { a: 5, b: base.b };
    expect(rebase(base, mine, clone(base))).toBe(mine);
    expect(rebase(base, base, { a: 1, b: { c: 9, d: 3 } })).toEqual({ a: 1, b: { c: 9, d: 3 } });
  });

  it('merges different fields of the same object, nested', () => {
    const base = { a: 1, b: { c: 2, d: 3 } };
    const mine = { a: 5, b: { c: 2, d: 4 } };
    const theirs = { a: 1, b: { c: 7, d: 3 } };
    expect(rebase(base, mine, theirs)).toEqual({ a: 5, b: { c: 7, d: 4 } });
  });

  it('keeps what both appended to a list: theirs first, then what only mine added', () => {
    expect(rebase([1], [1, 2, 4], [1, 3, 4])).toEqual([1, 3, 4, 2]);
    expect(rebase({ h: ['a'], x: 0 }, { h: ['a', 'm'], x: 1 }, { h: ['a', 't'], x: 0 })).toEqual({
      h: ['a', 't', 'm'],
      x: 1,
    });
  });

  it('lets theirs win when both changed the same value', () => {
    expect(rebase({ a: 1 }, { a: 2 }, { a: 3 })).toEqual({ a: 3 });
    expect(rebase([1], [2], [3])).toEqual([3]);
  });

  it('compares data structurally', () => {
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
  });
});

describe('mergeRemoteChange', () => {
  const p = (id: string, name: string, town = ''): Project =>
    aProject({ id, code: id.toUpperCase(), name, town });
  const doc = aDoc({ projects: [p('a', '甲'), p('b', '乙'), p('c', '丙')] });
  const edited = (i: number, change: Partial<Project>) => ({
    before: clone(doc.projects[i]!),
    after: clone({ ...doc.projects[i]!, ...change }),
  });

  it('takes a project the other tab edited, keeping the others identical', () => {
    const merged = mergeRemoteChange(doc, { ...none, put: [edited(1, { name: '乙改' })] });
    expect(merged.projects.map((x) => x.name)).toEqual(['甲', '乙改', '丙']);
    expect(merged.projects[0]).toBe(doc.projects[0]);
    expect(merged.campaign).toBe(doc.campaign);
  });

  it('applies only what the other tab changed, keeping this tab’s edit of another field', () => {
    const mine = {
      ...doc,
      projects: [{ ...doc.projects[0]!, town: '安海镇' }, ...doc.projects.slice(1)],
    };
    const change: RemoteChange = { ...none, put: [edited(0, { name: '甲改' })] };
    const merged = mergeRemoteChange(mine, change);
    expect(merged.projects[0]).toMatchObject({ name: '甲改', town: '安海镇' });
    expect(unsavedAfterMerge(merged, change)).toEqual({ projects: ['a'], problems: [] });
  });

  it('keeps this tab’s saved edit when the other tab’s write was based on an older version', () => {
    // This tab saved a town; the other tab, not knowing it yet, saved a name from before it.
    const mine = {
      ...doc,
      projects: [{ ...doc.projects[0]!, town: '安海镇' }, ...doc.projects.slice(1)],
    };
    const change: RemoteChange = { ...none, put: [edited(0, { name: '甲改' })] };
    expect(mergeRemoteChange(mine, change).projects[0]).toMatchObject({
      name: '甲改',
      town: '安海镇',
    });
  });

  it('needs no write back when this tab had nothing else', () => {
    const change: RemoteChange = { ...none, put: [edited(1, { name: '乙改' })] };
    expect(unsavedAfterMerge(mergeRemoteChange(doc, change), change)).toEqual({
      projects: [],
      problems: [],
    });
  });

  it('adds new rows where the other tab put them and removes deleted ones', () => {
    const merged = mergeRemoteChange(doc, {
      ...none,
      order: ['a', 'n', 'b', 'c'],
      put: [{ before: null, after: p('n', '新') }],
      deleted: ['c'],
    });
    expect(merged.projects.map((x) => x.id)).toEqual(['a', 'n', 'b']);
  });

  it('does not bring back a row this tab deleted', () => {
    const mine = { ...doc, projects: doc.projects.filter((x) => x.id !== 'b') };
    const merged = mergeRemoteChange(mine, { ...none, put: [edited(1, { name: '乙改' })] });
    expect(merged.projects.map((x) => x.id)).toEqual(['a', 'c']);
  });

  it('merges the campaign settings field by field', () => {
    const mine = { ...doc, campaign: { ...doc.campaign, asOf: '2018-02-12' } };
    const merged = mergeRemoteChange(mine, {
      ...none,
      campaign: { before: clone(doc.campaign), after: clone({ ...aCampaign(), name: '改名' }) },
    });
    expect(merged.campaign).toMatchObject({ name: '改名', asOf: '2018-02-12' });
    expect(merged.projects).toBe(mine.projects);
  });

  it('returns the document itself when nothing differs', () => {
    expect(
      mergeRemoteChange(doc, {
        ...none,
        put: [{ before: clone(doc.projects[0]!), after: clone(doc.projects[0]!) }],
      }),
    ).toBe(doc);
  });
});

describe('mergeRemoteChange of problems', () => {
  const doc = aDoc({
    problems: [
      aProblem({ id: 'q1', description: '征迁补偿款未到位' }),
      aProblem({ id: 'q2', description: '用地指标不足' }),
    ],
  });
  const edited = (i: number, change: Partial<Problem>) => ({
    before: clone(doc.problems[i]!),
    after: clone({ ...doc.problems[i]!, ...change }),
  });

  it('takes a problem the other tab raised, edited or deleted, sharing the projects', () => {
    const raised = aProblem({ id: 'q3', description: '环评未批' });
    const merged = mergeRemoteChange(doc, {
      ...none,
      problems: {
        put: [edited(0, { ownerUnit: '林业局' }), { before: null, after: raised }],
        deleted: ['q2'],
      },
    });
    expect(merged.problems.map((q) => [q.id, q.ownerUnit])).toEqual([
      ['q1', '林业局'],
      ['q3', raised.ownerUnit],
    ]);
    expect(merged.projects).toBe(doc.projects);
  });

  it('keeps this tab’s edit of another field of the same problem, and writes it again', () => {
    const mine = {
      ...doc,
      problems: [{ ...doc.problems[0]!, escalation: 'leader' as const }, doc.problems[1]!],
    };
    const change: RemoteChange = {
      ...none,
      problems: { put: [edited(0, { ownerUnit: '林业局' })], deleted: [] },
    };
    const merged = mergeRemoteChange(mine, change);
    expect(merged.problems[0]).toMatchObject({
      ownerUnit: '林业局',
      escalation: 'leader' as const,
    });
    expect(merged.problems[1]).toBe(doc.problems[1]);
    expect(unsavedAfterMerge(merged, change)).toEqual({ projects: [], problems: ['q1'] });
  });

  it('does not bring back a problem this tab deleted', () => {
    const mine = { ...doc, problems: doc.problems.slice(1) };
    const merged = mergeRemoteChange(mine, {
      ...none,
      problems: { put: [edited(0, { ownerUnit: '林业局' })], deleted: [] },
    });
    expect(merged.problems.map((q) => q.id)).toEqual(['q2']);
  });
});
