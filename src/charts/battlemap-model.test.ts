import { describe, expect, it } from 'vitest';
import { blankWorkstreams } from '../core/project.ts';
import { DEFAULT_STATUS_RULES } from '../core/status-rules.ts';
import { aProject } from '../core/test-factories.ts';
import type { Project } from '../core/types.ts';
import {
  NO_FILTERS,
  buildBattlemap,
  type BattlemapChoices,
  type BattlemapFilters,
  type CampaignContext,
} from './battlemap-model.ts';

const ctx: CampaignContext = {
  asOf: '2018-02-12',
  year: 2018,
  rules: DEFAULT_STATUS_RULES,
  lists: { towns: ['永和镇', '安海镇', '英林镇'], units: [], leaders: [], industries: [] },
};

const choices = (over: Partial<BattlemapChoices> = {}): BattlemapChoices => ({
  filters: NO_FILTERS,
  groupBy: 'town',
  collapsed: new Set(),
  showWorkstreams: true,
  ...over,
});
const filters = (over: Partial<BattlemapFilters>): BattlemapFilters => ({ ...NO_FILTERS, ...over });

// Red: its planned start passed without an actual start. Green: on plan.
const late = (over: Partial<Project> = {}): Project =>
  aProject({ milestones: { started: { plan: '2018-01-15' } }, ...over });
const onPlan = (over: Partial<Project> = {}): Project =>
  aProject({ milestones: { started: { plan: '2018-06-01' } }, ...over });

const projects = [
  onPlan({
    code: 'A',
    name: '安踏一体化产业园',
    town: '安海镇',
    tier: 'major',
    battles: ['investment'],
  }),
  late({
    code: 'B',
    name: '晋华集成电路',
    town: '永和镇',
    unit: '市经信局',
    battles: ['investment', 'clearance'],
  }),
  onPlan({ code: 'C', name: '外曾桥', town: '', unit: '市交通运输局' }),
  late({ code: 'D', name: '西滨示范区', town: '西滨镇' }),
  onPlan({ code: 'E', name: '百宏化纤', town: '永和镇', workstreams: blankWorkstreams() }),
];

const labels = (model: ReturnType<typeof buildBattlemap>): string[] =>
  model.lanes.map((l) =>
    l.kind === 'group'
      ? `[${l.group.value}]`
      : l.kind === 'project'
        ? l.row.project.code
        : `${l.row.project.code}.${l.workstream}`,
  );

describe('buildBattlemap', () => {
  it('groups by town in the campaign’s order, unknown towns after, blanks last', () => {
    const model = buildBattlemap(projects, ctx, choices({ showWorkstreams: false }));
    expect(labels(model)).toEqual([
      '[永和镇]',
      'B',
      'E',
      '[安海镇]',
      'A',
      '[西滨镇]',
      'D',
      '[]',
      'C',
    ]);
    expect(model.projectLanes).toBe(5);
    expect(model.matched).toBe(5);
    expect(model.groups.find((g) => g.value === '永和镇')?.lights).toEqual({
      green: 1,
      yellow: 0,
      red: 1,
    });
  });

  it('orders towns outside the campaign’s lists by their Chinese reading (pinyin), not code points', () => {
    // 紫 (zǐ) comes before 罗 (luó) in Unicode, after it in pinyin.
    const unlisted = [
      onPlan({ code: 'Z', town: '紫帽镇' }),
      onPlan({ code: 'L', town: '罗山街道' }),
    ];
    const model = buildBattlemap(unlisted, ctx, choices({ showWorkstreams: false }));
    expect(labels(model)).toEqual(['[罗山街道]', 'L', '[紫帽镇]', 'Z']);
  });

  it('adds the five workstreams under a project that keeps a stage ledger', () => {
    const model = buildBattlemap(projects, ctx, choices());
    expect(labels(model).slice(0, 8)).toEqual([
      '[永和镇]',
      'B',
      'E',
      'E.signing',
      'E.approval',
      'E.land',
      'E.infrastructure',
      'E.funding',
    ]);
    expect(model.projectLanes).toBe(5);
  });

  it('draws a project in each of its battles when grouped by battle', () => {
    const model = buildBattlemap(projects, ctx, choices({ groupBy: 'battle' }));
    expect(labels(model)).toEqual([
      '[investment]',
      'A',
      'B',
      '[clearance]',
      'B',
      '[]',
      'C',
      'D',
      'E',
      'E.signing',
      'E.approval',
      'E.land',
      'E.infrastructure',
      'E.funding',
    ]);
    expect(model.projectLanes).toBe(6);
    expect(model.matched).toBe(5);
  });

  it('puts major projects first when grouped by tier, and has no headers without grouping', () => {
    expect(
      labels(
        buildBattlemap(projects, ctx, choices({ groupBy: 'tier', showWorkstreams: false })),
      )[1],
    ).toBe('A');
    const flat = buildBattlemap(
      projects,
      ctx,
      choices({ groupBy: 'none', showWorkstreams: false }),
    );
    expect(labels(flat)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('keeps a collapsed group’s header and count but draws none of its rows', () => {
    const model = buildBattlemap(projects, ctx, choices({ collapsed: new Set(['town:永和镇']) }));
    expect(labels(model).slice(0, 3)).toEqual(['[永和镇]', '[安海镇]', 'A']);
    const header = model.lanes[0];
    expect(header?.kind === 'group' && header.group).toMatchObject({ count: 2, collapsed: true });
    expect(model.projectLanes).toBe(3);
  });

  it('filters by colour, town, unit, tier, battle, lateness and text, and the counts follow', () => {
    const codes = (f: Partial<BattlemapFilters>): string[] =>
      buildBattlemap(projects, ctx, choices({ groupBy: 'none', filters: filters(f) }))
        .lanes.filter((l) => l.kind === 'project')
        .map((l) => (l.kind === 'project' ? l.row.project.code : ''));
    expect(codes({ lights: new Set(['red']) })).toEqual(['B', 'D']);
    expect(codes({ lights: new Set(['red', 'green']) })).toHaveLength(5);
    expect(codes({ town: '永和镇' })).toEqual(['B', 'E']);
    expect(codes({ unit: '市交通运输局' })).toEqual(['C']);
    expect(codes({ tier: 'major' })).toEqual(['A']);
    expect(codes({ battle: 'clearance' })).toEqual(['B']);
    expect(codes({ onlyBehind: true })).toEqual(['B', 'D']);
    expect(codes({ text: '集成' })).toEqual(['B']);
    expect(codes({ text: ' d ' })).toEqual(['D']);
    expect(codes({ town: '永和镇', onlyBehind: true })).toEqual(['B']);
    const model = buildBattlemap(projects, ctx, choices({ filters: filters({ town: '永和镇' }) }));
    expect(model.matched).toBe(2);
    expect(model.total).toBe(5);
    expect(model.lights).toEqual({ green: 1, yellow: 0, red: 1 });
  });

  it('turns a project with an overdue problem red and counts it as behind', () => {
    const p = onPlan({ id: 'x1' });
    const model = buildBattlemap([p], { ...ctx, overdueProblems: new Map([['x1', 2]]) }, choices());
    const lane = model.lanes[1];
    expect(lane?.kind === 'project' && lane.row.status.light).toBe('red');
    expect(lane?.kind === 'project' && lane.row.behind).toBe(true);
    const again = buildBattlemap([p], ctx, choices()).lanes[1];
    expect(again?.kind === 'project' && again.row.status.light).toBe('green');
  });

  it('counts investment done this year against the annual plan', () => {
    const p = onPlan({
      annualPlan: 1000,
      investments: [
        { date: '2017-12-31', amount: 500 },
        { date: '2018-01-31', amount: 200 },
        { date: '2018-03-01', amount: 100 },
      ],
    });
    const lane = buildBattlemap([p], ctx, choices({ groupBy: 'none' })).lanes[0];
    expect(lane?.kind === 'project' && lane.row.investmentPercent).toBe(20);
  });
});
