import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from './calendar-date.ts';
import { applyCommand, type Command } from './commands.ts';
import { blankCampaign, blankProject, investmentDone } from './project.ts';
import { aDoc, aProject, deepFreeze, entries, okDoc } from './test-factories.ts';
import type { CampaignDoc, Project } from './types.ts';

/** A frozen 2018 campaign with three projects, so a command that mutates its input throws. */
function threeProjects(): CampaignDoc {
  return deepFreeze(
    aDoc({
      projects: [
        aProject({ id: 'a', code: 'A', name: '安踏一体化产业园', tier: 'major' }),
        aProject({
          id: 'b',
          code: 'B',
          name: '晋华集成电路',
          battles: ['investment', 'attraction'],
          annualPlan: 79000,
          milestones: { started: { actual: '2018-01-24' } },
        }),
        aProject({ id: 'c', code: 'C', name: '福大晋江科教园' }),
      ],
    }),
  );
}

const run = (doc: CampaignDoc, cmd: Command): CampaignDoc => okDoc(applyCommand(doc, cmd));
const project = (doc: CampaignDoc, id: string): Project => {
  const p = doc.projects.find((x) => x.id === id);
  if (!p) throw new Error(`no project ${id}`);
  return p;
};

describe('setProjectField', () => {
  it('changes exactly one project and shares every other object', () => {
    const doc = threeProjects();
    const next = run(doc, {
      type: 'setProjectField',
      projectId: 'b',
      field: 'name',
      value: '矽品',
    });
    expect(next.projects.map((p) => p.name)).toEqual([
      '安踏一体化产业园',
      '矽品',
      '福大晋江科教园',
    ]);
    expect(next.projects[0]).toBe(doc.projects[0]);
    expect(next.projects[1]).not.toBe(doc.projects[1]);
    expect(next.projects[2]).toBe(doc.projects[2]);
    expect(next.campaign).toBe(doc.campaign);
    expect(project(doc, 'b').name).toBe('晋华集成电路');
  });

  it('keeps every other project identical whatever field and project it changes', () => {
    const edits: [string, unknown][] = [
      ['code', 'NEW-1'],
      ['name', '顺丰创新产业园'],
      ['tier', '重大'],
      ['town', '英林镇'],
      ['battles', '征迁清障'],
      ['annualPlan', '4.5亿'],
      ['stage', '在建'],
      ['completed.plan', '2018/9/30'],
      ['notes', '生产生活区一期在建'],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        fc.constantFrom(...edits),
        (count, pick, [field, value]) => {
          const projects = Array.from({ length: count }, (_, i) =>
            aProject({ id: `p${i}`, code: `C${i}` }),
          );
          const doc = deepFreeze(aDoc({ projects }));
          const target = pick % count;
          const next = run(doc, { type: 'setProjectField', projectId: `p${target}`, field, value });
          expect(next.projects).toHaveLength(count);
          expect(next.campaign).toBe(doc.campaign);
          next.projects.forEach((p, i) => {
            if (i === target) expect(p).not.toBe(doc.projects[i]);
            else expect(p).toBe(doc.projects[i]);
          });
        },
      ),
    );
  });

  it('stores the parsed value', () => {
    const doc = threeProjects();
    const set = (field: string, value: unknown): Project =>
      project(run(doc, { type: 'setProjectField', projectId: 'c', field, value }), 'c');
    expect(set('signed.actual', '2018年2月9日').milestones.signed.actual).toBe('2018-02-09');
    expect(set('totalInvestment', '57.5亿元').totalInvestment).toBe(575000);
    expect(set('tier', 'Major').tier).toBe('major');
    expect(set('battles', '产业招商、固投完成').battles).toEqual(['investment', 'attraction']);
    expect(set('code', ' C2 ').code).toBe('C2');
    expect(set('annualPlan', '').annualPlan).toBeNull();
  });

  it.each([
    ['signed.actual', '2018-02-30', 'notADate', '2018-02-30'],
    ['annualPlan', -5, 'negative', '-5'],
    ['annualPlan', '-5亿', 'negative', '-5亿'],
    ['annualPlan', 'abc', 'notANumber', 'abc'],
    ['tier', '超级', 'unknownChoice', '超级'],
    ['battles', '固投完成、打怪', 'unknownChoice', '固投完成、打怪'],
    ['code', '  ', 'empty', '  '],
    ['code', 'A', 'duplicateCode', 'A'],
    ['code', ' B ', 'duplicateCode', 'B'],
    ['colour', 'red', 'unknownField', 'colour'],
  ])('refuses %s = %j: %s', (field, value, reason, shown) => {
    const doc = threeProjects();
    expect(applyCommand(doc, { type: 'setProjectField', projectId: 'c', field, value })).toEqual({
      ok: false,
      reason,
      value: shown,
    });
  });

  it('refuses an unknown project', () => {
    const cmd: Command = { type: 'setProjectField', projectId: 'nope', field: 'name', value: 'x' };
    expect(applyCommand(threeProjects(), cmd)).toEqual({
      ok: false,
      reason: 'unknownProject',
      value: 'nope',
    });
  });

  it.each([
    ['name', '晋华集成电路'],
    ['code', 'B'],
    ['code', ' B '],
    ['annualPlan', 79000],
    ['annualPlan', '7.9亿'],
    ['started.actual', '2018/1/24'],
    ['started.plan', ''],
    ['tier', 'key'],
    ['tier', '本级重点'],
    ['battles', ['investment', 'attraction']],
    ['battles', '产业招商，固投完成'],
  ])('returns the same project object when %s = %j leaves it unchanged', (field, value) => {
    const doc = threeProjects();
    const next = run(doc, { type: 'setProjectField', projectId: 'b', field, value });
    expect(next.projects).toHaveLength(3);
    next.projects.forEach((p, i) => expect(p).toBe(doc.projects[i]));
  });
});

describe('setInvestmentToDate', () => {
  const withInvestments = (...pairs: [string, number][]): CampaignDoc =>
    deepFreeze(aDoc({ projects: [aProject({ id: 'x', investments: entries(...pairs) })] }));
  const setTotal = (doc: CampaignDoc, asOf: string, total: unknown): Project =>
    project(run(doc, { type: 'setInvestmentToDate', projectId: 'x', asOf, total }), 'x');

  it('records the first total on the as-of date', () => {
    expect(setTotal(withInvestments(), '2018-02-10', 6000).investments).toEqual(
      entries(['2018-02-10', 6000]),
    );
  });

  it('records the difference from what was done so far, in date order', () => {
    const doc = withInvestments(['2018-01-31', 4000], ['2018-02-20', 1000]);
    expect(setTotal(doc, '2018-02-10', 6000).investments).toEqual(
      entries(['2018-01-31', 4000], ['2018-02-10', 2000], ['2018-02-20', 1000]),
    );
  });

  it('merges with an entry already on the as-of date', () => {
    const doc = withInvestments(['2018-01-31', 4000], ['2018-02-10', 1000]);
    expect(setTotal(doc, '2018-02-10', 6000).investments).toEqual(
      entries(['2018-01-31', 4000], ['2018-02-10', 2000]),
    );
  });

  it('records a lower total as a negative correction', () => {
    const doc = withInvestments(['2018-01-31', 8000]);
    expect(setTotal(doc, '2018-02-10', 6000).investments).toEqual(
      entries(['2018-01-31', 8000], ['2018-02-10', -2000]),
    );
  });

  it('counts only this campaign year up to the as-of date', () => {
    const doc = withInvestments(['2017-12-31', 9000], ['2018-03-01', 500]);
    const p = setTotal(doc, '2018-02-10', 6000);
    expect(p.investments).toContainEqual({ date: '2018-02-10', amount: 6000 });
    expect(investmentDone(p, '2018-01-01', '2018-02-10')).toBe(6000);
  });

  it('reads the total as typed: 亿, commas, and empty as zero', () => {
    expect(setTotal(withInvestments(), '2018-02-10', '7.9亿').investments).toEqual(
      entries(['2018-02-10', 79000]),
    );
    expect(setTotal(withInvestments(), '2018-02-10', '1,234.5').investments).toEqual(
      entries(['2018-02-10', 1234.5]),
    );
    expect(setTotal(withInvestments(['2018-01-31', 40]), '2018-02-10', '').investments).toEqual(
      entries(['2018-01-31', 40], ['2018-02-10', -40]),
    );
  });

  it('returns the same project object when the total is unchanged', () => {
    const doc = withInvestments(['2018-01-31', 4000], ['2018-02-05', 2000]);
    const next = run(doc, {
      type: 'setInvestmentToDate',
      projectId: 'x',
      asOf: '2018-02-10',
      total: '6,000',
    });
    expect(next.projects[0]).toBe(doc.projects[0]);
  });

  it('keeps other projects identical', () => {
    const doc = threeProjects();
    const next = run(doc, {
      type: 'setInvestmentToDate',
      projectId: 'b',
      asOf: '2018-02-10',
      total: 1,
    });
    expect(next.projects[0]).toBe(doc.projects[0]);
    expect(next.projects[2]).toBe(doc.projects[2]);
    expect(next.campaign).toBe(doc.campaign);
  });

  it.each([
    ['x', '2018-02-10', -5, 'negative', '-5'],
    ['x', '2018-02-10', 'abc', 'notANumber', 'abc'],
    ['x', '2018-02-10', NaN, 'notANumber', 'NaN'],
    ['x', '2017-12-31', 100, 'notAYearToDate', '2017-12-31'],
    ['x', '2018-02-30', 100, 'notADate', '2018-02-30'],
    ['x', 'today', 100, 'notADate', 'today'],
    ['nope', '2018-02-10', 100, 'unknownProject', 'nope'],
  ])('refuses project %s, as of %s, total %j: %s', (projectId, asOf, total, reason, shown) => {
    const doc = withInvestments(['2018-01-31', 40]);
    expect(applyCommand(doc, { type: 'setInvestmentToDate', projectId, asOf, total })).toEqual({
      ok: false,
      reason,
      value: shown,
    });
  });

  it('afterwards, investment done to the as-of date equals the typed total', () => {
    const date2018 = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2018-01-01', n));
    const anyDate = fc.integer({ min: -200, max: 400 }).map((n) => addDays('2018-01-01', n));
    const entry = fc.record({ date: anyDate, amount: fc.integer({ min: -5000, max: 100000 }) });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        date2018,
        fc.integer({ min: 0, max: 10_000_000 }),
        (prior, asOf, total) => {
          const sorted = [...prior].sort((a, b) =>
            a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
          );
          const doc = deepFreeze(aDoc({ projects: [aProject({ id: 'x', investments: sorted })] }));
          const p = setTotal(doc, asOf, total);
          expect(investmentDone(p, '2018-01-01', asOf)).toBe(total);
          // Entries on other dates are kept as they were; the list stays in date order.
          const elsewhere = (list: readonly { date: string }[]) =>
            list.filter((e) => e.date !== asOf);
          expect(elsewhere(p.investments)).toEqual(elsewhere(sorted));
          const dates = p.investments.map((e) => e.date);
          expect(dates).toEqual([...dates].sort());
        },
      ),
    );
  });
});

describe('addProjects', () => {
  it('appends the projects and keeps the existing ones identical', () => {
    const doc = threeProjects();
    const added = [aProject({ id: 'd', code: 'D' }), aProject({ id: 'e', code: 'E' })];
    const next = run(doc, { type: 'addProjects', projects: added });
    expect(next.projects.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    doc.projects.forEach((p, i) => expect(next.projects[i]).toBe(p));
    expect(next.projects[3]).toBe(added[0]);
    expect(next.campaign).toBe(doc.campaign);
  });

  it('refuses a code already in the ledger', () => {
    const cmd: Command = {
      type: 'addProjects',
      projects: [aProject({ code: 'D' }), aProject({ code: 'B' })],
    };
    expect(applyCommand(threeProjects(), cmd)).toEqual({
      ok: false,
      reason: 'duplicateCode',
      value: 'B',
    });
  });

  it('refuses a code repeated within the new projects', () => {
    const cmd: Command = {
      type: 'addProjects',
      projects: [aProject({ code: 'D' }), aProject({ code: 'D' })],
    };
    expect(applyCommand(threeProjects(), cmd)).toEqual({
      ok: false,
      reason: 'duplicateCode',
      value: 'D',
    });
  });

  it('accepts an empty list', () => {
    expect(run(threeProjects(), { type: 'addProjects', projects: [] }).projects).toHaveLength(3);
  });
});

describe('deleteProjects', () => {
  it('removes the listed projects, keeping the rest identical and in order', () => {
    const doc = threeProjects();
    const next = run(doc, { type: 'deleteProjects', projectIds: ['b', 'unknown'] });
    expect(next.projects).toHaveLength(2);
    expect(next.projects[0]).toBe(doc.projects[0]);
    expect(next.projects[1]).toBe(doc.projects[2]);
    expect(next.campaign).toBe(doc.campaign);
  });

  it('can empty the ledger', () => {
    const next = run(threeProjects(), { type: 'deleteProjects', projectIds: ['a', 'b', 'c'] });
    expect(next.projects).toEqual([]);
  });
});

describe('campaign commands', () => {
  it('renames, trimmed, keeping the projects identical', () => {
    const doc = threeProjects();
    const next = run(doc, { type: 'renameCampaign', name: '  大干40天、比拼开门红 ' });
    expect(next.campaign.name).toBe('大干40天、比拼开门红');
    expect(next.projects).toBe(doc.projects);
  });

  it.each(['', '   ', '\t'])('refuses the blank name %j', (name) => {
    expect(applyCommand(threeProjects(), { type: 'renameCampaign', name })).toEqual({
      ok: false,
      reason: 'emptyName',
    });
  });

  it('sets the as-of date, or null for today', () => {
    const doc = threeProjects();
    const dated = run(doc, { type: 'setAsOf', asOf: '2018-02-12' });
    expect(dated.campaign.asOf).toBe('2018-02-12');
    expect(dated.projects).toBe(doc.projects);
    expect(run(dated, { type: 'setAsOf', asOf: null }).campaign.asOf).toBeNull();
  });

  it.each(['2018-02-30', '2018/2/12', 'today', ''])('refuses the as-of %j', (asOf) => {
    expect(applyCommand(threeProjects(), { type: 'setAsOf', asOf })).toEqual({
      ok: false,
      reason: 'notADate',
      value: asOf,
    });
  });

  it('sets one target, leaving the others', () => {
    const doc = threeProjects();
    const next = run(doc, { type: 'setTarget', batch: 'planned', value: 200 });
    expect(next.campaign.targets).toEqual({
      planned: 200,
      signed: null,
      started: null,
      completed: null,
      upgraded: null,
    });
    expect(next.projects).toBe(doc.projects);
    expect(
      run(next, { type: 'setTarget', batch: 'planned', value: null }).campaign.targets.planned,
    ).toBeNull();
    expect(
      run(next, { type: 'setTarget', batch: 'signed', value: 0 }).campaign.targets.signed,
    ).toBe(0);
  });

  it.each([
    [-1, 'negative', '-1'],
    [-0.5, 'negative', '-0.5'],
    [NaN, 'notANumber', 'NaN'],
    [Infinity, 'notANumber', 'Infinity'],
  ])('refuses the target %d: %s', (value, reason, shown) => {
    expect(applyCommand(threeProjects(), { type: 'setTarget', batch: 'signed', value })).toEqual({
      ok: false,
      reason,
      value: shown,
    });
  });

  it.each([1900, 2018, 2024, 9999])('sets the campaign year %i', (year) => {
    const doc = threeProjects();
    const next = run(doc, { type: 'setCampaignYear', year });
    expect(next.campaign.year).toBe(year);
    expect(next.projects).toBe(doc.projects);
  });

  it.each([1899, 10000, 2018.5, NaN, -2018])('refuses the campaign year %d', (year) => {
    expect(applyCommand(threeProjects(), { type: 'setCampaignYear', year })).toEqual({
      ok: false,
      reason: 'badYear',
      value: String(year),
    });
  });
});

describe('batch', () => {
  const base = okDoc(
    applyCommand(
      { campaign: blankCampaign('c', 'x', 2018), projects: [], problems: [] },
      { type: 'addProjects', projects: [blankProject('a', 'A'), blankProject('b', 'B')] },
    ),
  );

  it('applies every command as one step', () => {
    const doc = okDoc(
      applyCommand(base, {
        type: 'batch',
        commands: [
          { type: 'setProjectField', projectId: 'a', field: 'name', value: '甲' },
          { type: 'setProjectField', projectId: 'b', field: 'name', value: '乙' },
        ],
      }),
    );
    expect(doc.projects.map((p) => p.name)).toEqual(['甲', '乙']);
  });

  it('applies nothing when one command is refused, and names it', () => {
    const result = applyCommand(base, {
      type: 'batch',
      commands: [
        { type: 'setProjectField', projectId: 'a', field: 'name', value: '甲' },
        { type: 'setProjectField', projectId: 'b', field: 'totalInvestment', value: '很多' },
      ],
    });
    expect(result).toMatchObject({ ok: false, reason: 'notANumber', index: 1 });
    expect(base.projects[0]?.name).toBe('');
  });
});
