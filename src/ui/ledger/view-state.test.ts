import { describe, expect, it } from 'vitest';
import { PLAIN_VIEW } from '../../grid/ledger-view.ts';
import { escapeHtml } from '../../grid/sanitize.ts';
import { keyedBy, missingFromLists, readHidden, toggled, withFilter } from './view-state.ts';

describe('view state steps', () => {
  it('set and remove a column filter without touching the old view', () => {
    const one = withFilter(PLAIN_VIEW, 'town', new Set(['安海镇']));
    expect([...(one.filters.get('town') ?? [])]).toEqual(['安海镇']);
    expect(PLAIN_VIEW.filters.size).toBe(0);
    expect(withFilter(one, 'town', null).filters.size).toBe(0);
  });

  it('toggle values into a new set', () => {
    const base = new Set(['a']);
    expect([...toggled(base, ['b', 'c'], true)]).toEqual(['a', 'b', 'c']);
    expect([...toggled(base, ['a'], false)]).toEqual([]);
    expect([...base]).toEqual(['a']);
  });

  it('read remembered hidden columns, forgiving what is not a list', () => {
    expect([...readHidden('["industry","notes"]')]).toEqual(['industry', 'notes']);
    expect(readHidden('{oops').size).toBe(0);
    expect(readHidden('"x"').size).toBe(0);
    expect(readHidden(null).size).toBe(0);
  });

  it('index items by a key, skipping those without one', () => {
    const map = keyedBy([{ k: 'a' }, { k: null }], (x) => x.k);
    expect([...map.keys()]).toEqual(['a']);
  });

  it('list the unknown values per list, once, and only while still missing', () => {
    const lists = { towns: ['安海镇'], units: [], leaders: [], industries: [] };
    const missing = missingFromLists(
      [
        { kind: 'notInList', field: 'town', list: 'towns', value: '英林镇' },
        { kind: 'notInList', field: 'town', list: 'towns', value: '英林镇' },
        { kind: 'notInList', field: 'town', list: 'towns', value: '安海镇' },
        { kind: 'notInList', field: 'unit', list: 'units', value: '市发改局' },
      ],
      lists,
    );
    expect(missing).toEqual([
      ['towns', ['英林镇']],
      ['units', ['市发改局']],
    ]);
  });
});

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&\'')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;',
    );
    expect(escapeHtml('项目名称')).toBe('项目名称');
  });
});
