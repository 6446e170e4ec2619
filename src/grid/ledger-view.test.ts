import { describe, expect, it } from 'vitest';
import { aProject } from '../core/test-factories.ts';
import type { Project } from '../core/types.ts';
import {
  PLAIN_VIEW,
  computeView,
  distinctValues,
  isPlain,
  reconcileView,
  type RowSource,
  type ViewState,
} from './ledger-view.ts';
import { COLUMN_INDEX, PROJECT_COLUMNS, type ColumnContext } from './project-columns.ts';
import { RowCache, rowSlots } from './row-cache.ts';

const ctx: ColumnContext = {
  locale: 'zh-CN',
  asOf: '2018-02-12',
  year: 2018,
  lists: { towns: [], units: [], leaders: [], industries: [] },
};
const projects: Project[] = [
  aProject({ id: 'a', code: 'A', name: '安踏一体化产业园', town: '安海镇', annualPlan: 6000 }),
  aProject({ id: 'b', code: 'B', name: '晋华集成电路', town: '新塘街道', annualPlan: 79000 }),
  aProject({
    id: 'c',
    code: 'C',
    name: '百宏化纤',
    town: '安海镇',
    annualPlan: null,
    battles: ['investment', 'attraction'],
  }),
  aProject({
    id: 'd',
    code: 'D',
    name: '外曾桥',
    town: '',
    annualPlan: 500,
    battles: ['investment'],
  }),
];
const cache = new RowCache();
const source: RowSource = {
  row: (p) => cache.row(p, ctx),
  searchText: (row) => cache.searchText(row),
  isFlagged: (p) => p.town === '',
};
const view = (state: Partial<ViewState>) =>
  computeView(projects, source, { ...PLAIN_VIEW, ...state });
const col = (key: string) => PROJECT_COLUMNS[COLUMN_INDEX.get(key) ?? -1]!;

describe('computeView', () => {
  it('shows the ledger in its own order by default', () => {
    expect(view({})).toEqual(['a', 'b', 'c', 'd']);
    expect(isPlain(PLAIN_VIEW)).toBe(true);
  });

  it('searches every cell, ignoring case', () => {
    expect(view({ search: '安海' })).toEqual(['a', 'c']);
    expect(view({ search: 'b' })).toEqual(['b']);
    expect(view({ search: '  ' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters a column by the texts kept, tags one by one', () => {
    expect(view({ filters: new Map([['town', new Set(['安海镇'])]]) })).toEqual(['a', 'c']);
    expect(view({ filters: new Map([['town', new Set([''])]]) })).toEqual(['d']);
    expect(view({ filters: new Map([['battles', new Set(['产业招商'])]]) })).toEqual(['c']);
  });

  it('sorts numbers by value and text in Chinese order, empty cells last either way', () => {
    expect(view({ sort: { key: 'annualPlan', dir: 'asc' } })).toEqual(['d', 'a', 'b', 'c']);
    expect(view({ sort: { key: 'annualPlan', dir: 'desc' } })).toEqual(['b', 'a', 'd', 'c']);
    expect(view({ sort: { key: 'town', dir: 'asc' } })).toEqual(['a', 'c', 'b', 'd']);
  });

  it('can show only the rows with something to check', () => {
    expect(view({ onlyFlagged: true })).toEqual(['d']);
  });
});

describe('reconcileView', () => {
  it('keeps shown rows in place, drops deleted ones and shows new ones at the end', () => {
    const after = [projects[1]!, projects[2]!, aProject({ id: 'n' }), projects[3]!];
    expect(reconcileView(['c', 'a', 'b'], projects, after)).toEqual(['c', 'b', 'n']);
  });
});

describe('distinctValues', () => {
  it('counts each value, empty last', () => {
    expect(distinctValues(projects, (p) => col('town').toCell(p, ctx), col('town'))).toEqual([
      { text: '安海镇', count: 2 },
      { text: '新塘街道', count: 1 },
      { text: '', count: 1 },
    ]);
    expect(distinctValues(projects, (p) => col('battles').toCell(p, ctx), col('battles'))).toEqual([
      { text: '产业招商', count: 1 },
      { text: '固投完成', count: 2 },
      { text: '', count: 2 },
    ]);
  });
});

describe('RowCache', () => {
  it('builds a row once per project object and again after the as-of date moves', () => {
    const rows = new RowCache();
    const p = projects[0]!;
    const first = rows.row(p, ctx);
    expect(rows.row(p, ctx)).toBe(first);
    expect(rows.row({ ...p }, ctx)).not.toBe(first);
    expect(rows.row(p, { ...ctx, asOf: '2018-03-01' })).not.toBe(first);
  });

  it('gives Handsontable one frozen placeholder a row, which nothing can write into', () => {
    const slots = rowSlots(3);
    expect(slots).toHaveLength(3);
    expect(slots[0]).toBe(slots[2]);
    expect(Object.isFrozen(slots[0])).toBe(true);
    expect(rowSlots(0)).toEqual([]);
  });
});
