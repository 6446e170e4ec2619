import { describe, expect, it } from 'vitest';
import { mergeRemoteChange, rebase, sameData, type MergeBase } from './merge.ts';
import { aCampaign, aDoc, aProject } from './test-factories.ts';
import type { Project } from './types.ts';

const clone = <T>(x: T): T => structuredClone(x);

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

  function setup() {
    const projects = [p('a', '甲'), p('b', '乙'), p('c', '丙')];
    const doc = aDoc({ projects });
    const base: MergeBase = {
      campaign: doc.campaign,
      projects: new Map(projects.map((x) => [x.id, x])),
    };
    return { doc, base };
  }

  it('takes a project the other tab edited, keeping the others identical', () => {
    const { doc, base } = setup();
    const merged = mergeRemoteChange(doc, base, {
      campaign: null,
      order: null,
      put: [clone({ ...doc.projects[1]!, name: '乙改' })],
      deleted: [],
    });
    expect(merged.projects.map((x) => x.name)).toEqual(['甲', '乙改', '丙']);
    expect(merged.projects[0]).toBe(doc.projects[0]);
    expect(merged.campaign).toBe(doc.campaign);
  });

  it('keeps this tab’s unsaved edit of another field of the same project', () => {
    const { doc, base } = setup();
    const mine = {
      ...doc,
      projects: [{ ...doc.projects[0]!, town: '安海镇' }, ...doc.projects.slice(1)],
    };
    const merged = mergeRemoteChange(mine, base, {
      campaign: null,
      order: null,
      put: [clone({ ...doc.projects[0]!, name: '甲改' })],
      deleted: [],
    });
    expect(merged.projects[0]).toMatchObject({ name: '甲改', town: '安海镇' });
  });

  it('adds new rows where the other tab put them and removes deleted ones', () => {
    const { doc, base } = setup();
    const merged = mergeRemoteChange(doc, base, {
      campaign: null,
      order: ['a', 'n', 'b', 'c'],
      put: [p('n', '新')],
      deleted: ['c'],
    });
    expect(merged.projects.map((x) => x.id)).toEqual(['a', 'n', 'b']);
  });

  it('does not bring back a row this tab deleted', () => {
    const { doc, base } = setup();
    const mine = { ...doc, projects: doc.projects.filter((x) => x.id !== 'b') };
    const merged = mergeRemoteChange(mine, base, {
      campaign: null,
      order: null,
      put: [clone({ ...doc.projects[1]!, name: '乙改' })],
      deleted: [],
    });
    expect(merged.projects.map((x) => x.id)).toEqual(['a', 'c']);
  });

  it('merges the campaign settings field by field', () => {
    const { doc, base } = setup();
    const mine = { ...doc, campaign: { ...doc.campaign, asOf: '2018-02-12' } };
    const theirs = clone({ ...aCampaign(), name: '改名' });
    const merged = mergeRemoteChange(mine, base, {
      campaign: theirs,
      order: null,
      put: [],
      deleted: [],
    });
    expect(merged.campaign).toMatchObject({ name: '改名', asOf: '2018-02-12' });
  });

  it('returns the document itself when nothing differs', () => {
    const { doc, base } = setup();
    expect(
      mergeRemoteChange(doc, base, {
        campaign: null,
        order: null,
        put: [clone(doc.projects[0]!)],
        deleted: [],
      }),
    ).toBe(doc);
  });
});
