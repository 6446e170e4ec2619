import { describe, it, expect } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarDate } from './calendar-date.ts';
import { investmentDone } from './project.ts';
import { campaignFigures } from './rollups.ts';
import { buildSampleCampaign } from './sample-campaign.ts';
import { overdueByProject, problemClock, type ClockState } from './problems.ts';
import { projectStatus } from './status.ts';
import { MILESTONES, WORKSTREAMS, type MilestoneKey, type Problem, type Project } from './types.ts';
import { calendarFromChineseDays } from './working-days.ts';

const doc = buildSampleCampaign();
const { campaign, projects } = doc;
const AS_OF = '2018-02-12';
const YEAR_START = '2018-01-01';
const figures = campaignFigures(doc, AS_OF).figures;

const done = (p: Project, to: CalendarDate = AS_OF): number => investmentDone(p, YEAR_START, to);
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const inPush = (d: CalendarDate | null): boolean => d !== null && d >= '2018-01-03' && d <= AS_OF;
const actual = (p: Project, m: MilestoneKey): CalendarDate | null => p.milestones[m].actual;

function byName(name: string): Project {
  const found = projects.filter((p) => p.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as Project;
}

describe('the campaign', () => {
  it('is the 2018 晋江 sample with its 40-day push and five-batch targets', () => {
    expect(campaign).toMatchObject({
      id: 'sample-jinjiang-2018',
      name: '晋江 2018 项目攻坚',
      year: 2018,
      isSample: true,
      asOf: AS_OF,
      sprint: { name: '大干40天、比拼开门红', start: '2018-01-03', end: AS_OF },
      targets: { planned: 200, signed: 50, started: 70, completed: 90, upgraded: null },
    });
  });

  it('lists the real towns and streets of 晋江 and a dozen units, leaders and industries', () => {
    expect(campaign.lists.towns).toHaveLength(19);
    expect(campaign.lists.towns).toEqual(
      expect.arrayContaining(['青阳街道', '安海镇', '永和镇', '英林镇', '东石镇', '新塘街道']),
    );
    expect(campaign.lists.units).toEqual(
      expect.arrayContaining(['市发改局', '市交通运输局', '高铁新区指挥部', '市城投集团']),
    );
    expect(campaign.lists.units.length).toBeGreaterThanOrEqual(10);
    expect(campaign.lists.leaders.length).toBeGreaterThanOrEqual(10);
    expect(campaign.lists.industries).toEqual(expect.arrayContaining(['集成电路', '纺织鞋服']));
  });

  it('is built the same way every time', () => {
    expect(buildSampleCampaign()).toEqual(doc);
  });
});

describe('the ledger', () => {
  it('holds the 733 city-level key projects under unique codes and ids', () => {
    expect(projects).toHaveLength(733);
    expect(campaignFigures(doc, AS_OF).projectCount).toBe(733);
    expect(projects.map((p) => p.code)).toEqual(
      Array.from({ length: 733 }, (_, i) => `JJ2018-${String(i + 1).padStart(4, '0')}`),
    );
    expect(new Set(projects.map((p) => p.id)).size).toBe(733);
    for (const p of projects) expect(p.id).toBe(`sample-${p.code.slice(-4)}`);
  });

  it('names every project the report does not name as a visible placeholder', () => {
    const placeholders = projects.filter((p) => p.name.startsWith('示例项目'));
    expect(placeholders.length).toBeGreaterThan(700);
    for (const p of placeholders) expect(p.name).toBe(`示例项目 ${p.code.slice(-4)}`);
    const named = projects.filter((p) => !p.name.startsWith('示例项目'));
    expect(named.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        '安踏一体化产业园',
        '福大晋江科教园',
        '晋华集成电路',
        '百宏差别化化纤',
        '高铁新区',
        '芝奇',
        '顺丰创新产业园',
        '南联新能源汽车综合体',
        '矽品',
        '宝龙世家',
        '腾邦纸业',
      ]),
    );
  });

  it('places every project on the campaign lists', () => {
    const { towns, units, leaders, industries } = campaign.lists;
    for (const p of projects) {
      expect(towns, p.code).toContain(p.town);
      expect(units, p.code).toContain(p.unit);
      expect(leaders, p.code).toContain(p.leader);
      expect(industries, p.code).toContain(p.industry);
    }
  });

  it('spreads placeholders over the towns', () => {
    expect(new Set(projects.map((p) => p.town)).size).toBe(19);
  });

  it('keeps amounts in whole 万元, totals at least the year plan, and 1–2 battles each', () => {
    for (const p of projects) {
      for (const x of [p.totalInvestment, p.annualPlan, ...p.investments.map((e) => e.amount)]) {
        if (x !== null) expect(Number.isInteger(x) && x >= 0, p.code).toBe(true);
      }
      if (p.totalInvestment !== null && p.annualPlan !== null) {
        expect(p.totalInvestment, p.code).toBeGreaterThanOrEqual(p.annualPlan);
      }
      expect(p.battles.length, p.code).toBeGreaterThanOrEqual(1);
      expect(p.battles.length, p.code).toBeLessThanOrEqual(2);
    }
  });

  it('records nothing after the as-of date', () => {
    for (const p of projects) {
      for (const m of MILESTONES) {
        const a = actual(p, m);
        if (a !== null) expect(a <= AS_OF, `${p.code} ${m}`).toBe(true);
      }
      for (const e of p.investments) expect(e.date <= AS_OF, p.code).toBe(true);
      for (const w of Object.values(p.workstreams ?? {})) {
        for (const d of [w.actualStart, w.actualEnd]) {
          if (d !== null) expect(d <= AS_OF, p.code).toBe(true);
        }
      }
    }
  });

  it('never has a milestone happen before an earlier milestone', () => {
    for (const p of projects) {
      const actuals = MILESTONES.map((m) => actual(p, m)).filter((d) => d !== null);
      expect(actuals, p.code).toEqual([...actuals].sort());
    }
  });

  it('gives each project a stage that matches its milestones', () => {
    for (const p of projects) {
      if (actual(p, 'completed') !== null) expect(p.stage, p.code).toBe('completed');
      else if (actual(p, 'started') !== null) expect(p.stage, p.code).toBe('construction');
      else expect(['planning', 'preparatory'], p.code).toContain(p.stage);
    }
  });

  it('keeps work ahead in 2018 and 2019', () => {
    const plans = projects.flatMap((p) => MILESTONES.map((m) => p.milestones[m].plan));
    expect(plans.some((d) => d !== null && d > AS_OF && d <= '2018-12-31')).toBe(true);
    expect(plans.some((d) => d !== null && d >= '2019-01-01' && d <= '2019-12-31')).toBe(true);
  });
});

describe('investment', () => {
  it('is 57.5亿 done, 8.6% of a 668.6亿 annual plan', () => {
    expect(figures.investment).toEqual({ actual: 575000, target: 6686000, percent: 8.6 });
    expect(sum(projects.map((p) => done(p)))).toBe(575000);
    expect(sum(projects.map((p) => p.annualPlan ?? 0))).toBe(6686000);
  });

  it('is reported on 旬 ends, so an earlier as-of date shows less', () => {
    const dates = new Set(projects.flatMap((p) => p.investments.map((e) => e.date)));
    expect([...dates].sort()).toEqual(['2018-01-10', '2018-01-20', '2018-01-31', '2018-02-10']);
    const earlier = campaignFigures(doc, '2018-01-31').figures.investment.actual;
    expect(earlier).toBeGreaterThan(0);
    expect(earlier).toBeLessThan(575000);
  });

  it('is never reported before a project started or after it was completed', () => {
    for (const p of projects) {
      const from = actual(p, 'started');
      const to = actual(p, 'completed');
      for (const e of p.investments) {
        if (from !== null && from >= YEAR_START) expect(e.date >= from, p.code).toBe(true);
        if (to !== null) expect(e.date <= to, p.code).toBe(true);
      }
    }
  });
});

describe('the major projects (重大项目)', () => {
  const majors = projects.filter((p) => p.tier === 'major');

  it('are 41, each with a five-workstream stage ledger; key projects have none', () => {
    expect(majors).toHaveLength(41);
    for (const p of majors) {
      expect(Object.keys(p.workstreams ?? {}).sort(), p.code).toEqual([...WORKSTREAMS].sort());
      for (const w of Object.values(p.workstreams ?? {})) {
        expect(w.owner, p.code).not.toBe('');
        expect(w.note, p.code).not.toBe('');
        if (w.percent !== null) expect(w.percent >= 0 && w.percent <= 100, p.code).toBe(true);
        expect(w.actualEnd === null || w.percent === 100, p.code).toBe(true);
      }
    }
    for (const p of projects.filter((x) => x.tier === 'key')) expect(p.workstreams).toBeNull();
  });

  it('20 of them did 27.6亿, among them the four the report names', () => {
    const underWay = majors.filter((p) => done(p) > 0);
    expect(underWay).toHaveLength(20);
    expect(sum(underWay.map((p) => done(p)))).toBe(276000);
    expect(done(byName('安踏一体化产业园'))).toBe(6000);
    expect(done(byName('福大晋江科教园'))).toBe(8000);
    expect(done(byName('晋华集成电路'))).toBe(79000);
    expect(done(byName('百宏差别化化纤'))).toBe(25000);
    for (const p of underWay) expect(p.stage).toBe('construction');
  });

  it('carry the report’s facts on their progress and planned operation', () => {
    const anta = byName('安踏一体化产业园');
    expect(anta.notes).toContain('物流区一期工程扫尾');
    expect(anta.notes).toContain('生产生活区一期主体施工');
    const fuda = byName('福大晋江科教园');
    expect(fuda.notes).toContain('首批研究生预计3月底入驻');
    expect(fuda.milestones.operating).toEqual({ plan: '2018-03-31', actual: null });
    expect(byName('晋华集成电路').milestones.operating.plan).toBe('2018-09-30');
    expect(byName('百宏差别化化纤').milestones.operating.plan).toBe('2018-04-30');
  });

  it('keep finished workstreams consistent with the milestones', () => {
    for (const p of majors) {
      const ws = p.workstreams;
      if (!ws) continue;
      if (actual(p, 'signed') !== null) expect(ws.signing.actualEnd).toBe(actual(p, 'signed'));
      if (actual(p, 'approved') !== null) expect(ws.approval.percent).toBe(100);
      if (actual(p, 'started') === null) expect(ws.infrastructure.percent).toBe(0);
    }
  });
});

describe('the 2月9日 signing', () => {
  const signed = projects.filter((p) => actual(p, 'signed') === '2018-02-09');

  it('is the only 2018 signing: 42 projects, 175亿 in all', () => {
    expect(figures.signed.actual).toBe(42);
    expect(signed).toHaveLength(42);
    expect(sum(signed.map((p) => p.totalInvestment ?? 0))).toBe(1750000);
  });

  it('has exactly five projects over 10亿, four of them named in the report', () => {
    const big = signed.filter((p) => (p.totalInvestment ?? 0) > 100000).map((p) => p.name);
    expect(big).toHaveLength(5);
    expect(big).toEqual(
      expect.arrayContaining([
        '年产50万吨差别化直纺长丝',
        '大型储能综合应用',
        '半导体石墨烯',
        '顺丰创新产业园',
      ]),
    );
  });

  it('includes the 招商 projects, 11 of which landed through the attraction battle', () => {
    const names = signed.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['芝奇', '顺丰创新产业园', '南联新能源汽车综合体']),
    );
    const attracted = signed.filter((p) => p.battles.includes('attraction'));
    expect(attracted).toHaveLength(11);
    for (const p of attracted) expect(p.notes).toContain('大干40天期间招商落地');
    expect(attracted.map((p) => p.name)).toEqual(
      expect.arrayContaining(['芝奇', '顺丰创新产业园', '南联新能源汽车综合体']),
    );
  });
});

describe('the push’s starts, clearances and other batches', () => {
  it('started 33 projects, the report’s five among them', () => {
    const started = projects.filter((p) => inPush(actual(p, 'started')));
    expect(started).toHaveLength(33);
    expect(figures.started.actual).toBe(33);
    expect(started.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        '矽品',
        '宝龙世家',
        '腾邦纸业',
        '370县道(快速通道东石连接线)',
        '市域8号路(一期)',
      ]),
    );
  });

  it('started 370县道 on 01-22 and 市域8号路(一期) on 01-24, half a year early', () => {
    expect(byName('370县道(快速通道东石连接线)')).toMatchObject({
      town: '东石镇',
      unit: '市交通运输局',
      milestones: { started: { actual: '2018-01-22' } },
    });
    const road8 = byName('市域8号路(一期)');
    expect(road8).toMatchObject({ town: '英林镇', unit: '市交通运输局' });
    expect(road8.milestones.started).toEqual({ plan: '2018-06-01', actual: '2018-01-24' });
    expect(road8.notes).toContain('提前近半年');
    expect(projects.some((p) => p.notes.includes('一季度完成建设投资4.5亿元'))).toBe(true);
  });

  it('cleared land for 28 projects in the clearance battle', () => {
    const cleared = projects.filter((p) => inPush(actual(p, 'landCleared')));
    expect(cleared).toHaveLength(28);
    for (const p of cleared) expect(p.battles).toContain('clearance');
  });

  it('records the high-speed-rail district’s survey and first compensation', () => {
    const hsr = byName('高铁新区');
    expect(hsr.town).toBe('永和镇');
    expect(hsr.battles).toContain('clearance');
    expect(hsr.notes).toContain('2月5日永和镇坂头村入户摸底100%完成');
    expect(hsr.notes).toContain('新塘街道梧林社区59户');
    expect(hsr.notes).toContain('330万余元');
  });

  it('opened the bridges and paved 南环路 before the Spring Festival', () => {
    const ring = byName('安海镇南环路改造提升工程');
    expect(ring.town).toBe('安海镇');
    expect(ring.milestones.completed).toEqual({ plan: '2018-02-15', actual: null });
    expect(ring.notes).toContain('2月3日1时56分');
    expect(ring.notes).toContain('摊铺二层沥青');
    expect(actual(byName('安海北环路外曾桥'), 'completed')).toBe('2018-02-01');
    expect(actual(byName('大深路菌柄桥'), 'completed')).toBe('2018-02-10');
  });

  it('counts a few completions, some newly planned projects and a handful of upgrades', () => {
    expect(figures.completed.actual).toBeGreaterThanOrEqual(2);
    expect(figures.completed.actual).toBeLessThanOrEqual(10);
    expect(figures.planned.actual).toBeGreaterThanOrEqual(20);
    expect(figures.planned.actual).toBeLessThanOrEqual(30);
    expect(figures.upgraded.actual).toBeGreaterThan(0);
    expect(figures.upgraded.actual).toBeLessThanOrEqual(8);
    expect(figures.upgraded.target).toBeNull();
  });
});

describe('the problems (问题销号)', () => {
  // The real calendar: the as-of date is two days before the 2018 Spring Festival holiday.
  const cn = calendarFromChineseDays(chineseDays, 'chinese-days');
  const { problems } = doc;
  const nameOf = (q: Problem): string => projects.find((p) => p.id === q.projectId)?.name ?? '';
  const clockOf = (q: Problem): ClockState => problemClock(q, AS_OF, cn).state;

  it('sit on the report’s projects, raised by the as-of date, owned by listed units', () => {
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(new Set(problems.map((q) => q.id)).size).toBe(problems.length);
    for (const q of problems) {
      expect(nameOf(q)).not.toBe('');
      expect(q.raisedOn <= AS_OF).toBe(true);
      expect(campaign.lists.units).toContain(q.ownerUnit);
      expect(q.history[0]).toMatchObject({ kind: 'raised', on: q.raisedOn });
    }
    expect(problems.map(nameOf)).toEqual(
      expect.arrayContaining(['高铁新区', '安海镇南环路改造提升工程', '市域8号路(一期)']),
    );
    expect(problems.some((q) => q.scope === 'external')).toBe(true);
  });

  it('are some open, some overdue and one closed on the as-of date', () => {
    const states = problems.map(clockOf);
    expect(states.filter((s) => s === 'overdue').length).toBeGreaterThanOrEqual(2);
    expect(states).toContain('open');
    const closed = problems.filter((q) => q.status === 'resolved');
    expect(closed).toHaveLength(1);
    expect(closed[0]?.resolution).toContain('330万余元');
    expect(closed[0]?.history.map((h) => h.kind)).toEqual(['raised', 'closed']);
    const overdue = problems.filter((q) => clockOf(q) === 'overdue').map(nameOf);
    expect(overdue).toEqual(
      expect.arrayContaining(['安海镇南环路改造提升工程', '市域8号路(一期)']),
    );
  });

  it('turn the projects with overdue problems red', () => {
    const overdue = overdueByProject(problems, AS_OF, cn);
    const road = byName('市域8号路(一期)');
    const rules = campaign.statusRules;
    const input = { asOf: AS_OF, year: 2018, rules };
    expect(projectStatus(road, input).light).toBe('green');
    expect(projectStatus(road, { ...input, overdueProblems: overdue.get(road.id) }).light).toBe(
      'red',
    );
  });
});
