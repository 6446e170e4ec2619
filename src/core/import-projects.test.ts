import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from './commands.ts';
import { aDoc, aProject, deepFreeze, okDoc } from './test-factories.ts';

const doc = () =>
  deepFreeze(
    aDoc({
      projects: [
        aProject({ id: 'a', code: 'A', name: '甲' }),
        aProject({ id: 'b', code: 'B', name: '乙' }),
      ],
    }),
  );
const run = (
  rows: Extract<Command, { type: 'importProjects' }>['rows'],
  deleteProjectIds: string[] = [],
) => applyCommand(doc(), { type: 'importProjects', rows, asOf: '2018-02-12', deleteProjectIds });

describe('importProjects', () => {
  it('upserts by code: updates existing rows in place and appends new ones', () => {
    const next = okDoc(
      run([
        { code: 'B', newId: 'x', values: { name: '乙二', annualPlan: '7.9亿' } },
        { code: 'C', newId: 'c', values: { name: '丙', tier: '重大' } },
      ]),
    );
    expect(next.projects.map((p) => [p.id, p.code, p.name])).toEqual([
      ['a', 'A', '甲'],
      ['b', 'B', '乙二'],
      ['c', 'C', '丙'],
    ]);
    expect(next.projects[1]?.annualPlan).toBe(79000);
    expect(next.projects[2]?.tier).toBe('major');
  });

  it('returns the same document when nothing changes, and keeps unchanged projects', () => {
    const before = doc();
    const result = applyCommand(before, {
      type: 'importProjects',
      rows: [{ code: 'A', newId: 'x', values: { name: '甲' } }],
      asOf: '2018-02-12',
      deleteProjectIds: [],
    });
    expect(okDoc(result)).toBe(before);
  });

  it('deletes the projects it is given, in the same step', () => {
    expect(
      okDoc(run([{ code: 'B', newId: 'x', values: {} }], ['a'])).projects.map((p) => p.code),
    ).toEqual(['B']);
  });

  it('refuses the whole import on a bad value, naming the row', () => {
    expect(
      run([
        { code: 'C', newId: 'c', values: {} },
        { code: 'B', newId: 'x', values: { totalInvestment: '很多' } },
      ]),
    ).toEqual({ ok: false, reason: 'notANumber', value: '很多', index: 1 });
    expect(
      run([
        { code: 'C', newId: 'c', values: {} },
        { code: 'C', newId: 'd', values: {} },
      ]),
    ).toMatchObject({
      ok: false,
      reason: 'duplicateCode',
      index: 1,
    });
    expect(run([{ code: ' ', newId: 'c', values: {} }])).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  it('reads a repeated text once per field, and still refuses a bad one on its own row', () => {
    const next = okDoc(
      run([
        { code: 'C', newId: 'c', values: { town: ' 安海镇 ', 'started.plan': '2018-03-01' } },
        { code: 'D', newId: 'd', values: { town: ' 安海镇 ', 'started.plan': '2018-03-01' } },
      ]),
    );
    expect(next.projects.slice(2).map((p) => [p.town, p.milestones.started.plan])).toEqual([
      ['安海镇', '2018-03-01'],
      ['安海镇', '2018-03-01'],
    ]);
    // The same text is good for one field and bad for another, on whichever row it comes.
    expect(
      run([
        { code: 'C', newId: 'c', values: { tier: '重大', 'started.plan': '2018-03-01' } },
        { code: 'D', newId: 'd', values: { tier: '重大', 'started.plan': '2018-03-01' } },
        { code: 'E', newId: 'e', values: { 'started.plan': '重大' } },
      ]),
    ).toEqual({ ok: false, reason: 'notADate', value: '重大', index: 2 });
    expect(
      run([
        { code: 'C', newId: 'c', values: { 'started.plan': '2018-02-28' } },
        { code: 'D', newId: 'd', values: { 'started.plan': '2018-02-30' } },
        { code: 'E', newId: 'e', values: { 'started.plan': '2018-02-30' } },
      ]),
    ).toEqual({ ok: false, reason: 'notADate', value: '2018-02-30', index: 1 });
    expect(
      run([
        { code: 'C', newId: 'c', values: { tier: '重大' } },
        { code: 'D', newId: 'd', values: { tier: '很重要' } },
      ]),
    ).toEqual({ ok: false, reason: 'unknownChoice', value: '很重要', index: 1 });
  });

  it('changes nothing for the same tags in another order, and changes what differs', () => {
    const before = deepFreeze(
      aDoc({
        projects: [
          aProject({ id: 'a', code: 'A', name: '甲', battles: ['attraction', 'clearance'] }),
        ],
      }),
    );
    const rows = (battles: unknown) => ({
      type: 'importProjects' as const,
      rows: [{ code: 'A', newId: 'x', values: { battles, name: '甲' } }],
      asOf: '2018-02-12',
      deleteProjectIds: [],
    });
    expect(okDoc(applyCommand(before, rows('产业招商、征迁清障')))).toBe(before);
    expect(okDoc(applyCommand(before, rows(['attraction', 'clearance'])))).toBe(before);
    const changed = okDoc(applyCommand(before, rows('征迁清障')));
    expect(changed.projects[0]?.battles).toEqual(['clearance']);
  });

  it('sets workstream values, refusing a bad percent or an unknown field', () => {
    const next = okDoc(
      run([
        {
          code: 'A',
          newId: 'x',
          values: {},
          workstreams: { land: { percent: '80%', owner: ' 王伟 ' } },
        },
      ]),
    );
    expect(next.projects[0]?.workstreams?.land).toMatchObject({ percent: 80, owner: '王伟' });
    expect(
      run([{ code: 'A', newId: 'x', values: {}, workstreams: { land: { percent: '120' } } }]),
    ).toMatchObject({
      ok: false,
      reason: 'notAPercent',
    });
    expect(
      run([
        { code: 'A', newId: 'x', values: {}, workstreams: { land: { colour: 'red' } as never } },
      ]),
    ).toMatchObject({
      ok: false,
      reason: 'unknownField',
    });
  });

  it('is undone as one step inside a batch like any command', () => {
    const before = doc();
    const result = applyCommand(before, {
      type: 'batch',
      commands: [
        {
          type: 'importProjects',
          rows: [{ code: 'Z', newId: 'z', values: {} }],
          asOf: '2018-02-12',
          deleteProjectIds: [],
        },
        { type: 'renameCampaign', name: ' ' },
      ],
    });
    expect(result).toMatchObject({ ok: false, reason: 'emptyName', index: 1 });
  });

  it('answers the same import on the same document from the preview, alone or in a batch', () => {
    const d = doc();
    const cmd: Command = {
      type: 'importProjects',
      rows: [{ code: 'C', newId: 'c', values: { name: '丙' } }],
      asOf: '2018-02-12',
      deleteProjectIds: [],
    };
    const previewed = applyCommand(d, cmd);
    expect(applyCommand(d, cmd)).toBe(previewed);
    const batched = okDoc(applyCommand(d, { type: 'batch', commands: [cmd] }));
    expect(batched).toBe(okDoc(previewed));
    // Another document (even an equal one) is worked out anew.
    const other = applyCommand(doc(), cmd);
    expect(other).not.toBe(previewed);
    expect(okDoc(other)).toEqual(okDoc(previewed));
  });
});
