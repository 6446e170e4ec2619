import { describe, expect, it } from 'vitest';
import { campaignFigures } from './rollups.ts';
import {
  closedDekads,
  dekadKey,
  diffSnapshots,
  missingSnapshots,
  restoreSnapshot,
  takeSnapshot,
  type Snapshot,
} from './snapshot.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import { aDoc, aProblem, aProject, entries } from './test-factories.ts';
import type { Problem, Project } from './types.ts';

const rules = DEFAULT_STATUS_RULES;

const signed = (id: string, date: string | null, extra: Partial<Project> = {}): Project =>
  aProject({
    id,
    code: `XM-${id}`,
    name: `项目${id}`,
    milestones: { signed: { actual: date } },
    ...extra,
  });

const snap = (projects: Project[], asOf: string, problems: Problem[] = []): Snapshot =>
  takeSnapshot(aDoc({ projects, problems }), asOf, rules);

describe('takeSnapshot', () => {
  it('freezes the figures the roll-up gives on the same date', () => {
    const doc = aDoc({
      projects: [
        signed('a', '2018-02-09', {
          investments: entries(['2018-01-31', 100], ['2018-02-10', 50]),
        }),
        signed('b', '2018-02-11', { annualPlan: 1000 }),
      ],
    });
    const s = takeSnapshot(doc, '2018-02-10', rules);
    expect(s.figures).toEqual(campaignFigures(doc, '2018-02-10'));
    expect(s.figures.figures.signed.actual).toBe(1);
    expect(s.figures.figures.investment.actual).toBe(150);
  });

  it('keeps per project the batch dates that count, and investment done to the as-of date', () => {
    const p = aProject({
      id: 'a',
      code: 'JJ-1',
      name: '安踏',
      town: '永和镇',
      unit: '市发改局',
      milestones: {
        planned: { actual: '2017-11-01' },
        signed: { actual: '2018-01-05' },
        started: { actual: '2018-02-11' },
        approved: { actual: '2018-01-06' },
      },
      investments: entries(['2017-12-31', 999], ['2018-01-10', 30], ['2018-02-11', 70]),
    });
    const [facts] = snap([p], '2018-02-10').projects;
    expect(facts).toMatchObject({
      id: 'a',
      code: 'JJ-1',
      name: '安踏',
      town: '永和镇',
      unit: '市发改局',
    });
    // Planned in 2017 is outside the year; started on 02-11 is after the as-of date; approved is no batch.
    expect(facts?.batches).toEqual({ signed: '2018-01-05' });
    expect(facts?.investmentDone).toBe(30);
  });

  it('does not count the next year when the as-of date is past the campaign year', () => {
    const s = snap(
      [signed('a', '2019-01-02', { investments: entries(['2019-01-02', 5]) })],
      '2019-02-01',
    );
    expect(s.projects[0]?.batches).toEqual({});
    expect(s.projects[0]?.investmentDone).toBe(0);
  });

  it('gives each project its status light and counts the lights', () => {
    const late = aProject({ id: 'late', milestones: { started: { plan: '2018-02-01' } } });
    const soon = aProject({ id: 'soon', milestones: { started: { plan: '2018-02-15' } } });
    const fine = aProject({ id: 'fine' });
    const s = snap([late, soon, fine], '2018-02-10');
    expect(s.projects.map((p) => p.light)).toEqual(['red', 'yellow', 'green']);
    expect(s.lights).toEqual({ red: 1, yellow: 1, green: 1 });
  });

  it('counts problems open on the as-of date, and overdue ones only with an overdue rule', () => {
    const p = aProject({ id: 'p' });
    const problems = [
      aProblem({ id: 'q1', projectId: 'p', raisedOn: '2018-02-01' }),
      aProblem({
        id: 'q2',
        projectId: 'p',
        raisedOn: '2018-02-02',
        status: 'resolved',
        resolvedOn: '2018-02-05',
      }),
      aProblem({
        id: 'q3',
        projectId: 'p',
        raisedOn: '2018-02-03',
        status: 'resolved',
        resolvedOn: '2018-02-20',
      }),
      aProblem({ id: 'q4', projectId: 'p', raisedOn: '2018-02-11' }),
    ];
    const doc = aDoc({ projects: [p], problems });
    const plain = takeSnapshot(doc, '2018-02-10', rules);
    expect(plain.problems).toEqual({ open: 2, overdue: null });
    expect(plain.projects[0]?.openProblems).toBe(2);
    expect(plain.projects[0]?.light).toBe('green');

    const withRule = takeSnapshot(doc, '2018-02-10', rules, {
      isOverdue: (q, asOf) => q.raisedOn < '2018-02-02' && asOf >= '2018-02-08',
    });
    expect(withRule.problems).toEqual({ open: 2, overdue: 1 });
    expect(withRule.projects[0]?.light).toBe('red');
  });

  it('names its 旬 and says how it was taken', () => {
    const s = takeSnapshot(aDoc(), '2018-02-10', rules, {
      manual: true,
      takenOn: '2018-03-01',
      serial: 7,
    });
    expect(s).toMatchObject({
      version: 1,
      campaignId: 'c1',
      year: 2018,
      period: '2018-02-1',
      asOf: '2018-02-10',
      manual: true,
      takenOn: '2018-03-01',
      serial: 7,
    });
    expect(takeSnapshot(aDoc(), '2018-02-11', rules)).toMatchObject({
      period: '2018-02-2',
      manual: false,
      takenOn: '2018-02-11',
      serial: 0,
    });
  });

  it('is plain data that survives structured cloning and is restored as it was', () => {
    const s = snap(
      [signed('a', '2018-02-09', { investments: entries(['2018-02-01', 1.5]) })],
      '2018-02-12',
    );
    const copy = structuredClone(s);
    expect(copy).toEqual(s);
    expect(restoreSnapshot(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('restores nothing from an unknown version or junk', () => {
    const s = snap([], '2018-02-12');
    expect(restoreSnapshot({ ...s, version: 2 })).toBeNull();
    expect(restoreSnapshot({ ...s, asOf: '2018-2-12' })).toBeNull();
    expect(restoreSnapshot(null)).toBeNull();
    expect(restoreSnapshot('snapshot')).toBeNull();
  });
});

describe('diffSnapshots', () => {
  it('lists new signings, withdrawn ones and moved dates, by date then code', () => {
    const a = snap(
      [signed('a', '2018-02-09'), signed('b', '2018-02-09'), signed('c', '2018-01-05')],
      '2018-02-12',
    );
    const b = snap(
      [
        signed('a', '2018-02-12'),
        signed('b', null),
        signed('c', '2018-01-05'),
        signed('e', '2018-02-11'),
        signed('d', '2018-02-11'),
      ],
      '2018-02-12',
    );
    const d = diffSnapshots(a, b);
    expect(d.batches.signed.added.map((x) => [x.project.code, x.date])).toEqual([
      ['XM-d', '2018-02-11'],
      ['XM-e', '2018-02-11'],
    ]);
    expect(d.batches.signed.removed.map((x) => x.project.code)).toEqual(['XM-b']);
    expect(d.batches.signed.moved).toEqual([
      { project: expect.objectContaining({ code: 'XM-a' }), from: '2018-02-09', to: '2018-02-12' },
    ]);
    expect(d.figures.signed).toEqual({ from: 3, to: 4, delta: 1 });
    expect(d.batches.started).toEqual({ added: [], removed: [], moved: [] });
    expect(d.projects.added.map((p) => p.code)).toEqual(['XM-e', 'XM-d']);
  });

  it('finds what a later as-of date adds: starts, completions, planned, upgrades', () => {
    const p = aProject({
      id: 'p',
      milestones: {
        planned: { actual: '2018-01-02' },
        started: { actual: '2018-02-01' },
        completed: { actual: '2018-02-15' },
        upgraded: { actual: '2018-02-20' },
      },
    });
    const d = diffSnapshots(snap([p], '2018-01-31'), snap([p], '2018-02-20'));
    expect(d.batches.planned.added).toEqual([]);
    for (const k of ['started', 'completed', 'upgraded'] as const)
      expect(d.batches[k].added.map((x) => x.project.id)).toEqual(['p']);
  });

  it('sums the investment done in between and ranks the projects that moved most', () => {
    const projects = [
      aProject({
        id: 'small',
        code: 'A',
        investments: entries(['2018-01-10', 10], ['2018-02-10', 5]),
      }),
      aProject({ id: 'big', code: 'B', investments: entries(['2018-02-10', 300]) }),
      aProject({ id: 'none', code: 'C', investments: entries(['2018-01-10', 40]) }),
      aProject({
        id: 'mid',
        code: 'D',
        investments: entries(['2018-02-01', 0.1], ['2018-02-02', 0.2]),
      }),
    ];
    const d = diffSnapshots(snap(projects, '2018-01-31'), snap(projects, '2018-02-10'), 2);
    expect(d.investment.delta).toBeCloseTo(305.3, 6);
    expect(d.investment.moved).toBe(3);
    expect(d.investment.movers.map((m) => [m.project.code, m.from, m.to, m.delta])).toEqual([
      ['B', 0, 300, 300],
      ['A', 10, 15, 5],
    ]);
  });

  it('reports colour changes from → to', () => {
    const p = aProject({ id: 'p', code: 'P', milestones: { started: { plan: '2018-02-05' } } });
    const q = aProject({ id: 'q', code: 'Q', milestones: { started: { plan: '2018-03-30' } } });
    const d = diffSnapshots(snap([p, q], '2018-01-20'), snap([p, q], '2018-02-10'));
    expect(d.colours.map((c) => [c.project.code, c.from, c.to])).toEqual([['P', 'green', 'red']]);
  });

  it('lists projects added to and removed from the ledger; a removed one takes its investment', () => {
    const kept = aProject({ id: 'k' });
    const gone = aProject({
      id: 'g',
      code: 'G',
      investments: entries(['2018-01-05', 80]),
      milestones: { signed: { actual: '2018-01-03' } },
    });
    const d = diffSnapshots(snap([kept, gone], '2018-02-10'), snap([kept], '2018-02-10'));
    expect(d.projects.removed.map((p) => p.id)).toEqual(['g']);
    expect(d.batches.signed.removed.map((x) => x.project.id)).toEqual(['g']);
    expect(d.investment.movers).toEqual([
      { project: expect.objectContaining({ id: 'g' }), from: 80, to: 0, delta: -80 },
    ]);
    expect(d.isEmpty).toBe(false);
  });

  it('finds nothing between two snapshots of the same facts, and says so', () => {
    const projects = [signed('a', '2018-02-09', { investments: entries(['2018-02-01', 3]) })];
    const d = diffSnapshots(snap(projects, '2018-02-12'), snap(projects, '2018-02-13'));
    expect(d.isEmpty).toBe(true);
    expect(d.from.asOf).toBe('2018-02-12');
    expect(d.to.asOf).toBe('2018-02-13');
  });

  it('is the mirror image when A and B are swapped', () => {
    const a = snap([signed('a', '2018-02-09'), signed('b', null)], '2018-02-12');
    const b = snap(
      [signed('a', null), signed('b', '2018-02-10'), signed('c', '2018-02-11')],
      '2018-02-12',
    );
    const ab = diffSnapshots(a, b);
    const ba = diffSnapshots(b, a);
    expect(ab.batches.signed.added).toEqual(ba.batches.signed.removed);
    expect(ab.batches.signed.removed).toEqual(ba.batches.signed.added);
    expect(ab.figures.signed.delta).toBe(-ba.figures.signed.delta);
  });
});

describe('closed 旬 and the snapshots missing for them', () => {
  it('a 旬 closes the day after its last day', () => {
    expect(closedDekads(2018, '2018-02-10').map(dekadKey)).toEqual([
      '2018-01-1',
      '2018-01-2',
      '2018-01-3',
    ]);
    expect(closedDekads(2018, '2018-02-11').map(dekadKey)).toEqual([
      '2018-01-1',
      '2018-01-2',
      '2018-01-3',
      '2018-02-1',
    ]);
    expect(closedDekads(2018, '2018-01-10')).toEqual([]);
    expect(closedDekads(2018, '2017-12-31')).toEqual([]);
    expect(closedDekads(2018, '2019-01-01')).toHaveLength(36);
  });

  it('the last 旬 of February closes after the 28th, or the 29th in a leap year', () => {
    expect(closedDekads(2018, '2018-03-01').map(dekadKey).at(-1)).toBe('2018-02-3');
    expect(closedDekads(2020, '2020-02-29').map(dekadKey).at(-1)).toBe('2020-02-2');
    expect(closedDekads(2020, '2020-03-01').map(dekadKey).at(-1)).toBe('2020-02-3');
  });

  it('takes each missing snapshot on its 旬’s last day, in order, with serials after the stored ones', () => {
    const doc = aDoc({ projects: [signed('a', '2018-01-15'), signed('b', '2018-02-09')] });
    const frozen = [...missingSnapshots(doc, '2018-02-12', rules, [], { takenOn: '2018-02-12' })];
    expect(
      frozen.map((s) => [s.period, s.asOf, s.figures.figures.signed.actual, s.serial]),
    ).toEqual([
      ['2018-01-1', '2018-01-10', 0, 0],
      ['2018-01-2', '2018-01-20', 1, 1],
      ['2018-01-3', '2018-01-31', 1, 2],
      ['2018-02-1', '2018-02-10', 2, 3],
    ]);
    expect(frozen.every((s) => !s.manual && s.takenOn === '2018-02-12')).toBe(true);
  });

  it('skips 旬 already frozen; a manual snapshot does not stand in for a frozen one', () => {
    const doc = aDoc();
    const stored = [
      takeSnapshot(doc, '2018-01-10', rules, { serial: 0 }),
      takeSnapshot(doc, '2018-01-20', rules, { serial: 4, manual: true }),
    ];
    const frozen = [...missingSnapshots(doc, '2018-02-01', rules, stored)];
    expect(frozen.map((s) => [s.period, s.serial])).toEqual([
      ['2018-01-2', 5],
      ['2018-01-3', 6],
    ]);
    expect([...missingSnapshots(doc, '2018-02-01', rules, [...stored, ...frozen])]).toEqual([]);
  });

  it('freezes nothing while the as-of date is before the first 旬 has closed', () => {
    expect([...missingSnapshots(aDoc(), '2018-01-10', rules, [])]).toEqual([]);
  });
});
