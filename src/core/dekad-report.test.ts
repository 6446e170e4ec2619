import { describe, expect, it } from 'vitest';
import {
  dekadReport,
  defaultReportDekad,
  previousDekad,
  reportableDekads,
} from './dekad-report.ts';
import { dekadLabel } from './dekad-words.ts';
import { buildSampleCampaign } from './sample-campaign.ts';
import { dekadKey, diffSnapshots, missingSnapshots, takeSnapshot } from './snapshot.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import { aDoc, aProblem, aProject, entries } from './test-factories.ts';

const rules = DEFAULT_STATUS_RULES;
const FEB_1 = { year: 2018, month: 2, part: 1 } as const;

describe('dekadReport on built campaigns', () => {
  it('lists milestone dates from the first to the last day of the 旬, both included', () => {
    const dates = ['2018-01-31', '2018-02-01', '2018-02-05', '2018-02-10', '2018-02-11'];
    const projects = dates.map((d, i) =>
      aProject({ id: `s${i}`, code: `S${i}`, milestones: { started: { actual: d } } }),
    );
    const r = dekadReport(aDoc({ projects }), FEB_1, { asOf: '2018-02-12', rules });
    expect(r.batches.started.map((x) => x.date)).toEqual([
      '2018-02-01',
      '2018-02-05',
      '2018-02-10',
    ]);
    expect(r.batches.signed).toEqual([]);
    expect(r).toMatchObject({ through: '2018-02-10', isClosed: true });
    expect(r.period).toMatchObject({ key: '2018-02-1', start: '2018-02-01', end: '2018-02-10' });
  });

  it('counts each batch by its own milestone, ordered by date then code', () => {
    const p = (code: string, signed: string, completed: string | null = null) =>
      aProject({
        code,
        milestones: { signed: { actual: signed }, completed: { actual: completed } },
      });
    const r = dekadReport(
      aDoc({
        projects: [p('B', '2018-02-09'), p('A', '2018-02-09', '2018-02-03'), p('C', '2018-02-02')],
      }),
      FEB_1,
      { asOf: '2018-03-01', rules },
    );
    expect(r.batches.signed.map((x) => x.project.code)).toEqual(['C', 'A', 'B']);
    expect(r.batches.completed.map((x) => x.project.code)).toEqual(['A']);
  });

  it('stops at the as-of date while the 旬 is still running', () => {
    const projects = [
      aProject({
        milestones: { signed: { actual: '2018-02-11' } },
        investments: entries(['2018-02-12', 7]),
      }),
      aProject({
        milestones: { signed: { actual: '2018-02-13' } },
        investments: entries(['2018-02-13', 9]),
      }),
    ];
    const r = dekadReport(
      aDoc({ projects }),
      { year: 2018, month: 2, part: 2 },
      { asOf: '2018-02-12', rules },
    );
    expect(r).toMatchObject({ through: '2018-02-12', isClosed: false });
    expect(r.batches.signed).toHaveLength(1);
    expect(r.investment.total).toBe(7);
    expect(r.totals.asOf).toBe('2018-02-12');
  });

  it('sums the investment entries dated within the 旬, largest first, with each year-to-date', () => {
    const projects = [
      aProject({
        code: 'A',
        investments: entries(['2018-01-31', 100], ['2018-02-01', 10], ['2018-02-10', 5]),
      }),
      aProject({ code: 'B', investments: entries(['2018-02-05', 40], ['2018-02-11', 1000]) }),
      aProject({ code: 'C', investments: entries(['2018-01-20', 8]) }),
    ];
    const r = dekadReport(aDoc({ projects }), FEB_1, { asOf: '2018-02-20', rules });
    expect(r.investment.total).toBe(55);
    expect(r.investment.lines.map((l) => [l.project.code, l.amount, l.yearToDate])).toEqual([
      ['B', 40, 40],
      ['A', 15, 115],
    ]);
  });

  it('lists the problems raised and the problems closed within the 旬', () => {
    const p = aProject({ id: 'p', code: 'P', name: '南环路' });
    const problems = [
      aProblem({
        id: 'before',
        projectId: 'p',
        raisedOn: '2018-01-30',
        status: 'resolved',
        resolvedOn: '2018-02-03',
      }),
      aProblem({ id: 'within', projectId: 'p', raisedOn: '2018-02-04' }),
      aProblem({
        id: 'both',
        projectId: 'p',
        raisedOn: '2018-02-05',
        status: 'resolved',
        resolvedOn: '2018-02-08',
      }),
      aProblem({
        id: 'later',
        projectId: 'p',
        raisedOn: '2018-02-09',
        status: 'resolved',
        resolvedOn: '2018-02-12',
      }),
      aProblem({ id: 'orphan', projectId: 'gone', raisedOn: '2018-02-06' }),
    ];
    const r = dekadReport(aDoc({ projects: [p], problems }), FEB_1, { asOf: '2018-02-20', rules });
    expect(r.problems.raised.map((q) => q.id)).toEqual(['within', 'both', 'orphan', 'later']);
    expect(r.problems.closed.map((q) => [q.id, q.date])).toEqual([
      ['before', '2018-02-03'],
      ['both', '2018-02-08'],
    ]);
    expect(r.problems.raised[0]?.project?.name).toBe('南环路');
    expect(r.problems.raised.find((q) => q.id === 'orphan')?.project).toBeNull();
  });

  it('gives no colour changes without the previous 旬’s snapshot', () => {
    const r = dekadReport(aDoc(), FEB_1, { asOf: '2018-02-12', rules });
    expect(r.colours).toBeNull();
  });

  it('compares the lights with the previous 旬’s snapshot, using the closing one when there is one', () => {
    const p = aProject({ id: 'p', code: 'P', milestones: { started: { plan: '2018-02-05' } } });
    const doc = aDoc({ projects: [p] });
    const previous = takeSnapshot(doc, '2018-01-31', rules);
    const r = dekadReport(doc, FEB_1, { asOf: '2018-02-12', rules, previous });
    expect(r.colours?.since.asOf).toBe('2018-01-31');
    expect(r.colours?.changes.map((c) => [c.project.code, c.from, c.to])).toEqual([
      ['P', 'yellow', 'red'],
    ]);

    // The frozen closing snapshot wins over today's facts.
    const closing = takeSnapshot(doc, '2018-02-04', rules);
    const frozen = dekadReport(doc, FEB_1, { asOf: '2018-02-12', rules, previous, closing });
    expect(frozen.colours?.changes).toEqual([]);
  });
});

describe('which 旬 a report offers', () => {
  it('opens on the last closed 旬, or the first one while none has closed', () => {
    expect(dekadKey(defaultReportDekad(2018, '2018-02-12'))).toBe('2018-02-1');
    expect(dekadKey(defaultReportDekad(2018, '2018-02-10'))).toBe('2018-01-3');
    expect(dekadKey(defaultReportDekad(2018, '2018-01-05'))).toBe('2018-01-1');
    expect(dekadKey(defaultReportDekad(2018, '2019-06-01'))).toBe('2018-12-3');
  });

  it('offers every 旬 of the year begun by the as-of date', () => {
    expect(reportableDekads(2018, '2018-02-12').map(dekadKey)).toEqual([
      '2018-01-1',
      '2018-01-2',
      '2018-01-3',
      '2018-02-1',
      '2018-02-2',
    ]);
    expect(reportableDekads(2018, '2017-12-31')).toEqual([]);
    expect(reportableDekads(2018, '2018-12-31')).toHaveLength(36);
  });

  it('steps back across a month and a year', () => {
    expect(previousDekad({ year: 2018, month: 3, part: 1 })).toEqual({
      year: 2018,
      month: 2,
      part: 3,
    });
    expect(previousDekad({ year: 2018, month: 1, part: 1 })).toEqual({
      year: 2017,
      month: 12,
      part: 3,
    });
  });

  it('names a 旬 the way planners write it', () => {
    expect(dekadLabel(FEB_1, 'zh-CN')).toBe('2018年2月上旬');
    expect(dekadLabel({ year: 2018, month: 12, part: 3 }, 'zh-CN')).toBe('2018年12月下旬');
    expect(dekadLabel({ year: 2018, month: 2, part: 2 }, 'en')).toBe('Mid Feb 2018');
  });
});

describe('the sample campaign (as of 2018-02-12)', () => {
  const doc = buildSampleCampaign();
  const asOf = doc.campaign.asOf ?? '';
  const report = dekadReport(doc, FEB_1, { asOf, rules: doc.campaign.statusRules });

  it('reports the 42 signings of 02-09 in 2018年2月上旬', () => {
    expect(report.batches.signed).toHaveLength(42);
    expect(report.batches.signed.every((x) => x.date === '2018-02-09')).toBe(true);
    expect(report.batches.signed.map((x) => x.project.name)).toEqual(
      expect.arrayContaining(['顺丰创新产业园', '年产50万吨差别化直纺长丝', '半导体石墨烯']),
    );
  });

  it('reports the starts, and the bridges opened, dated within the 旬', () => {
    const startsInDekad = doc.projects.filter((p) => {
      const d = p.milestones.started.actual;
      return d !== null && d >= '2018-02-01' && d <= '2018-02-10';
    });
    expect(startsInDekad.length).toBeGreaterThan(0);
    expect(report.batches.started.map((x) => x.project.id).sort()).toEqual(
      startsInDekad.map((p) => p.id).sort(),
    );
    expect(report.batches.started.map((x) => x.project.name)).toContain('腾邦纸业');
    expect(report.batches.completed.map((x) => x.project.name)).toEqual(
      expect.arrayContaining(['安海北环路外曾桥', '大深路菌柄桥']),
    );
  });

  it('sums exactly the investment entries dated 02-01 … 02-10', () => {
    let sum = 0;
    for (const p of doc.projects)
      for (const e of p.investments)
        if (e.date >= '2018-02-01' && e.date <= '2018-02-10') sum += e.amount;
    expect(sum).toBeGreaterThan(0);
    expect(report.investment.total).toBeCloseTo(sum, 6);
    expect(report.investment.lines.reduce((s, l) => s + l.amount, 0)).toBeCloseTo(sum, 6);
    expect(report.totals.figures.investment.actual).toBe(575000);
  });

  it('freezes four 旬 (一月上中下旬, 二月上旬), each as of its last day', () => {
    const frozen = [...missingSnapshots(doc, asOf, doc.campaign.statusRules, [])];
    expect(frozen.map((s) => [s.period, s.asOf])).toEqual([
      ['2018-01-1', '2018-01-10'],
      ['2018-01-2', '2018-01-20'],
      ['2018-01-3', '2018-01-31'],
      ['2018-02-1', '2018-02-10'],
    ]);
    const [, , jan3, feb1] = frozen;
    if (!jan3 || !feb1) throw new Error('missing snapshots');
    const diff = diffSnapshots(jan3, feb1);
    expect(diff.batches.signed.added).toHaveLength(42);
    expect(diff.investment.delta).toBeCloseTo(report.investment.total, 6);
  });
});
