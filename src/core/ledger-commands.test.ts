import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands.ts';
import { aDoc, aProject, deepFreeze, entries, okDoc } from './test-factories.ts';
import type { CampaignDoc } from './types.ts';

function threeProjects(): CampaignDoc {
  return deepFreeze(
    aDoc({
      campaign: { lists: { towns: ['安海镇'], units: [], leaders: [], industries: [] } },
      projects: [
        aProject({ id: 'a', code: 'A', name: '甲', investments: entries(['2018-01-10', 100]) }),
        aProject({ id: 'b', code: 'B', name: '乙' }),
        aProject({ id: 'c', code: 'C', name: '丙' }),
      ],
    }),
  );
}

describe('editProjects', () => {
  it('sets cells of several projects in one step, sharing untouched projects', () => {
    const doc = threeProjects();
    const next = okDoc(
      applyCommand(doc, {
        type: 'editProjects',
        edits: [
          { projectId: 'a', field: 'town', value: '安海镇' },
          { projectId: 'c', field: 'signed.actual', value: '2018年2月9日' },
          { projectId: 'c', field: 'annualPlan', value: '7.9亿' },
        ],
      }),
    );
    expect(next.projects[0]?.town).toBe('安海镇');
    expect(next.projects[1]).toBe(doc.projects[1]);
    expect(next.projects[2]?.milestones.signed.actual).toBe('2018-02-09');
    expect(next.projects[2]?.annualPlan).toBe(79000);
  });

  it('refuses the whole step at the first bad value and names it', () => {
    const doc = threeProjects();
    const result = applyCommand(doc, {
      type: 'editProjects',
      edits: [
        { projectId: 'a', field: 'name', value: '新名' },
        { projectId: 'b', field: 'totalInvestment', value: '-5' },
      ],
    });
    expect(result).toEqual({ ok: false, reason: 'negative', value: '-5', index: 1 });
  });

  it('lets codes swap within one step but refuses a code another row keeps', () => {
    const doc = threeProjects();
    const swapped = okDoc(
      applyCommand(doc, {
        type: 'editProjects',
        edits: [
          { projectId: 'a', field: 'code', value: 'X' },
          { projectId: 'b', field: 'code', value: 'A' },
        ],
      }),
    );
    expect(swapped.projects.map((p) => p.code)).toEqual(['X', 'A', 'C']);
    const clash = applyCommand(doc, {
      type: 'editProjects',
      edits: [{ projectId: 'a', field: 'code', value: 'C' }],
    });
    expect(clash).toMatchObject({ ok: false, reason: 'duplicateCode', value: 'C', index: 0 });
  });

  it('returns the same document when no value changes, so no empty undo step is made', () => {
    const doc = threeProjects();
    const result = okDoc(
      applyCommand(doc, {
        type: 'editProjects',
        edits: [{ projectId: 'a', field: 'name', value: '甲' }],
      }),
    );
    expect(result).toBe(doc);
  });

  it('refuses unknown projects and fields', () => {
    const doc = threeProjects();
    expect(
      applyCommand(doc, {
        type: 'editProjects',
        edits: [{ projectId: 'z', field: 'name', value: 'x' }],
      }),
    ).toMatchObject({ ok: false, reason: 'unknownProject' });
    expect(
      applyCommand(doc, {
        type: 'editProjects',
        edits: [{ projectId: 'a', field: 'nope', value: 'x' }],
      }),
    ).toMatchObject({ ok: false, reason: 'unknownField' });
  });
});

describe('insertProjects and duplicateProjects', () => {
  it('inserts new rows right after the given one', () => {
    const doc = threeProjects();
    const next = okDoc(
      applyCommand(doc, {
        type: 'insertProjects',
        afterId: 'a',
        projects: [aProject({ id: 'n1', code: 'N1' }), aProject({ id: 'n2', code: 'N2' })],
      }),
    );
    expect(next.projects.map((p) => p.id)).toEqual(['a', 'n1', 'n2', 'b', 'c']);
  });

  it('refuses an inserted code or id already in use', () => {
    const doc = threeProjects();
    expect(
      applyCommand(doc, {
        type: 'insertProjects',
        afterId: 'a',
        projects: [aProject({ id: 'n', code: 'B' })],
      }),
    ).toMatchObject({ ok: false, reason: 'duplicateCode', value: 'B' });
    expect(
      applyCommand(doc, {
        type: 'insertProjects',
        afterId: 'a',
        projects: [aProject({ id: 'b', code: 'Q' })],
      }),
    ).toMatchObject({ ok: false, reason: 'duplicateId' });
    expect(
      applyCommand(doc, { type: 'insertProjects', afterId: 'zz', projects: [] }),
    ).toMatchObject({ ok: false, reason: 'unknownProject' });
  });

  it('places each copy after its source, keeping plans but no reported facts', () => {
    const source = aProject({
      id: 'a',
      code: 'A',
      name: '安踏',
      town: '安海镇',
      annualPlan: 5000,
      milestones: { started: { plan: '2018-03-01', actual: '2018-02-20' } },
      investments: entries(['2018-01-10', 100]),
    });
    const doc = deepFreeze(aDoc({ projects: [source, aProject({ id: 'b', code: 'B' })] }));
    const next = okDoc(
      applyCommand(doc, {
        type: 'duplicateProjects',
        copies: [{ sourceId: 'a', id: 'a2', code: 'A-2' }],
      }),
    );
    expect(next.projects.map((p) => p.id)).toEqual(['a', 'a2', 'b']);
    const copy = next.projects[1];
    expect(copy).toMatchObject({ code: 'A-2', name: '安踏', town: '安海镇', annualPlan: 5000 });
    expect(copy?.milestones.started).toEqual({ plan: '2018-03-01', actual: null });
    expect(copy?.investments).toEqual([]);
    expect(next.projects[0]).toBe(source);
  });

  it('refuses a copy whose code is taken', () => {
    const doc = threeProjects();
    expect(
      applyCommand(doc, {
        type: 'duplicateProjects',
        copies: [{ sourceId: 'a', id: 'x', code: 'C' }],
      }),
    ).toMatchObject({ ok: false, reason: 'duplicateCode' });
  });
});

describe('setWorkstreamField', () => {
  it('gives a project without a stage ledger a blank one and sets the field', () => {
    const doc = threeProjects();
    const next = okDoc(
      applyCommand(doc, {
        type: 'setWorkstreamField',
        projectId: 'b',
        workstream: 'land',
        field: 'actualStart',
        value: '2018.2.9',
      }),
    );
    const ws = next.projects[1]?.workstreams;
    expect(ws?.land.actualStart).toBe('2018-02-09');
    expect(ws?.signing.actualStart).toBeNull();
  });

  it('reads percentages and refuses ones outside 0…100', () => {
    const doc = threeProjects();
    const set = (value: unknown) =>
      applyCommand(doc, {
        type: 'setWorkstreamField',
        projectId: 'a',
        workstream: 'funding',
        field: 'percent',
        value,
      });
    expect(okDoc(set('45%')).projects[0]?.workstreams?.funding.percent).toBe(45);
    expect(set('120')).toMatchObject({ ok: false, reason: 'notAPercent', value: '120' });
    expect(set(-1)).toMatchObject({ ok: false, reason: 'notAPercent' });
  });

  it('refuses unknown workstreams, fields and bad dates', () => {
    const doc = threeProjects();
    const base = { type: 'setWorkstreamField', projectId: 'a', value: 'x' } as const;
    expect(applyCommand(doc, { ...base, workstream: 'nope', field: 'note' })).toMatchObject({
      reason: 'unknownWorkstream',
    });
    expect(applyCommand(doc, { ...base, workstream: 'land', field: 'nope' })).toMatchObject({
      reason: 'unknownField',
    });
    expect(applyCommand(doc, { ...base, workstream: 'land', field: 'planEnd' })).toMatchObject({
      reason: 'notADate',
    });
  });
});

describe('recordInvestment and removeInvestment', () => {
  it('records an amount on a date, replacing one on the same date, in date order', () => {
    const doc = threeProjects();
    const one = okDoc(
      applyCommand(doc, {
        type: 'recordInvestment',
        projectId: 'a',
        date: '2018/1/5',
        amount: '6000万',
      }),
    );
    expect(one.projects[0]?.investments).toEqual(
      entries(['2018-01-05', 6000], ['2018-01-10', 100]),
    );
    const two = okDoc(
      applyCommand(one, {
        type: 'recordInvestment',
        projectId: 'a',
        date: '2018-01-10',
        amount: 250,
      }),
    );
    expect(two.projects[0]?.investments).toEqual(
      entries(['2018-01-05', 6000], ['2018-01-10', 250]),
    );
  });

  it('refuses a negative amount, a bad date and empty input', () => {
    const doc = threeProjects();
    const record = (date: unknown, amount: unknown) =>
      applyCommand(doc, { type: 'recordInvestment', projectId: 'a', date, amount });
    expect(record('2018-01-05', '-3')).toMatchObject({ ok: false, reason: 'negative' });
    expect(record('2018-13-05', '3')).toMatchObject({ ok: false, reason: 'notADate' });
    expect(record('', '3')).toMatchObject({ ok: false, reason: 'empty' });
    expect(record('2018-01-05', '')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('removes the entry of a date', () => {
    const doc = threeProjects();
    const next = okDoc(
      applyCommand(doc, { type: 'removeInvestment', projectId: 'a', date: '2018-01-10' }),
    );
    expect(next.projects[0]?.investments).toEqual([]);
  });
});

describe('extendList', () => {
  it('adds new, trimmed values once and keeps the list otherwise', () => {
    const doc = threeProjects();
    const next = okDoc(
      applyCommand(doc, {
        type: 'extendList',
        list: 'towns',
        values: [' 英林镇', '安海镇', '英林镇'],
      }),
    );
    expect(next.campaign.lists.towns).toEqual(['安海镇', '英林镇']);
    expect(
      okDoc(applyCommand(doc, { type: 'extendList', list: 'towns', values: ['安海镇'] })),
    ).toBe(doc);
  });

  it('refuses an empty value and an unknown list', () => {
    const doc = threeProjects();
    expect(applyCommand(doc, { type: 'extendList', list: 'towns', values: [' '] })).toMatchObject({
      reason: 'empty',
    });
    expect(
      applyCommand(doc, { type: 'extendList', list: 'nope' as 'towns', values: ['x'] }),
    ).toMatchObject({ reason: 'unknownList' });
  });
});
