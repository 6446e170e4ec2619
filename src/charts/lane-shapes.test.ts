import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../core/calendar-date.ts';
import { blankWorkstreams } from '../core/project.ts';
import { DEFAULT_STATUS_RULES } from '../core/status-rules.ts';
import { aProject } from '../core/test-factories.ts';
import { NO_FILTERS, buildBattlemap, type Lane } from './battlemap-model.ts';
import {
  laneDrawing,
  laneShapes,
  reachLane,
  type DateReach,
  type LanePlacement,
} from './lane-shapes.ts';
import { CHART_FONT } from './dashboard-style.ts';
import { LIGHT_COLORS, MILESTONE_COLORS } from './palette.ts';

const asOf = '2018-02-12';

function lanesOf(...projects: ReturnType<typeof aProject>[]): Lane[] {
  return buildBattlemap(
    projects,
    {
      asOf,
      year: 2018,
      rules: DEFAULT_STATUS_RULES,
      lists: { towns: [], units: [], leaders: [], industries: [] },
    },
    { filters: NO_FILTERS, groupBy: 'none', collapsed: new Set(), showWorkstreams: true },
  ).lanes;
}

const at: LanePlacement = {
  x: (day) => day - toDayNumber('2018-01-01'),
  y: 100,
  height: 26,
  plot: { x: 0, y: 0, width: 1000, height: 500 },
};
const parts = (shapes: Record<string, unknown>[]): unknown[] =>
  shapes.map((s) => (s['info'] as { part?: string } | undefined)?.part ?? s['type']);

describe('lane drawings', () => {
  const project = aProject({
    annualPlan: 1000,
    investments: [{ date: '2018-01-31', amount: 250 }],
    milestones: {
      signed: { plan: '2017-12-01', actual: '2017-12-05' },
      started: { plan: '2018-01-10', actual: '2018-01-15' },
      completed: { plan: '2018-06-30', actual: '2018-06-01' },
    },
    workstreams: blankWorkstreams(),
  });

  it('puts the planned bar, the actual bar to the as-of date, and the % done on a project row', () => {
    const [lane] = lanesOf(project);
    const drawing = laneDrawing(lane!, asOf);
    expect(drawing.plan).toEqual([toDayNumber('2018-01-10'), toDayNumber('2018-06-30') + 1]);
    expect(drawing.actual).toEqual([toDayNumber('2018-01-15'), toDayNumber(asOf) + 1]);
    expect(drawing.percent).toBe('25%');
    expect(drawing.light).toBe('green');
  });

  it('draws planned milestones hollow and those done by the as-of date filled', () => {
    const [lane] = lanesOf(project);
    const diamonds = laneDrawing(lane!, asOf).diamonds;
    expect(diamonds).toEqual([
      { day: toDayNumber('2017-12-01'), color: MILESTONE_COLORS.signed, filled: false },
      { day: toDayNumber('2017-12-05'), color: MILESTONE_COLORS.signed, filled: true },
      { day: toDayNumber('2018-01-10'), color: MILESTONE_COLORS.started, filled: false },
      { day: toDayNumber('2018-01-15'), color: MILESTONE_COLORS.started, filled: true },
      // Completed on 06-01 is after the as-of date: not yet done when looking from 02-12.
      { day: toDayNumber('2018-06-30'), color: MILESTONE_COLORS.completed, filled: false },
    ]);
  });

  it('gives a project’s planned bar drag handles at both ends, and workstream bars none', () => {
    const [projectLane, workstreamLane] = lanesOf(
      aProject({
        milestones: { started: { plan: '2018-03-01' }, completed: { plan: '2018-09-30' } },
        workstreams: {
          ...blankWorkstreams(),
          signing: {
            ...blankWorkstreams().signing,
            planStart: '2018-01-01',
            planEnd: '2018-03-31',
          },
        },
      }),
    );
    const shapes = laneShapes(laneDrawing(projectLane!, asOf), at);
    expect(parts(shapes)).toEqual(['body', 'start', 'end', 'polygon', 'polygon']);
    const [body, start, end] = shapes as { shape: { x: number; width: number } }[];
    expect(start?.shape.x).toBe(body!.shape.x - 4);
    expect(end!.shape.x + 4).toBe(body!.shape.x + body!.shape.width);
    // Not begun: the planned bar is tinted with its light rather than the plain baseline.
    expect((shapes[0]?.['style'] as { fill: string }).fill).not.toBe('transparent');
    expect(parts(laneShapes(laneDrawing(workstreamLane!, asOf), at))).toEqual(['workstream']);
  });

  it('writes the % done and the group counts in the chart’s font', () => {
    const lanes = buildBattlemap(
      [project],
      {
        asOf,
        year: 2018,
        rules: DEFAULT_STATUS_RULES,
        lists: { towns: [], units: [], leaders: [], industries: [] },
      },
      { filters: NO_FILTERS, groupBy: 'town', collapsed: new Set(), showWorkstreams: false },
    ).lanes;
    const texts = lanes
      .flatMap((lane) => laneShapes(laneDrawing(lane, asOf), at))
      .filter((shape) => shape['type'] === 'text')
      .map((shape) => shape['style'] as { text: string; fontFamily?: string });
    expect(texts.map((t) => t.text)).toEqual(['0', '0', '1', '25%']);
    for (const text of texts) expect(text.fontFamily).toBe(CHART_FONT);
  });

  it('moves the % done past a milestone diamond just after the bar’s end, not under it', () => {
    const [lane] = lanesOf(
      aProject({
        annualPlan: 1000,
        milestones: {
          started: { plan: '2018-01-10', actual: '2018-01-15' },
          completed: { plan: '2018-06-30' },
          operating: { plan: '2018-07-05' },
        },
      }),
    );
    const shapes = laneShapes(laneDrawing(lane!, asOf), at);
    const label = shapes.find((s) => s['type'] === 'text') as { x: number };
    const operating = at.x(toDayNumber('2018-07-05') + 0.5);
    // Diamonds are 6 px from centre to tip on rows 26 px high.
    expect(label.x).toBeGreaterThan(operating + 6);
    // With nothing in the way it stays 8 px after the bar.
    const [alone] = lanesOf(project);
    const plain = laneShapes(laneDrawing(alone!, asOf), at).find((s) => s['type'] === 'text');
    expect((plain as { x: number }).x).toBe(at.x(toDayNumber('2018-06-30') + 1) + 8);
  });

  it('colours the actual bar by the status light', () => {
    const late = aProject({
      milestones: {
        started: { plan: '2017-06-01', actual: '2017-06-01' },
        completed: { plan: '2018-01-31' },
      },
    });
    const shapes = laneShapes(laneDrawing(lanesOf(late)[0]!, asOf), at);
    const actual = shapes[1] as { style: { fill: string } };
    expect(actual.style.fill).toBe(LIGHT_COLORS.red);
  });
});

describe('lane dates', () => {
  it('span exactly the days the lane draws on', () => {
    const streams = blankWorkstreams();
    streams.funding = { ...streams.funding, planStart: '2018-03-01', planEnd: '2018-09-30' };
    streams.approval = {
      ...streams.approval,
      planStart: '2017-11-01',
      planEnd: '2018-01-31',
      actualStart: '2017-10-20',
    };
    // Actual dates after the as-of date are not known yet, so they draw nothing.
    streams.land = { ...streams.land, actualStart: '2018-02-01', actualEnd: '2018-05-01' };
    const lanes = lanesOf(
      aProject({
        milestones: {
          signed: { plan: '2017-06-01', actual: '2017-05-20' },
          started: { plan: '2017-09-01', actual: '2017-09-20' },
          completed: { plan: '2018-12-31', actual: '2019-01-05' },
          operating: { plan: '2019-03-01' },
        },
        workstreams: streams,
      }),
      aProject({ milestones: { completed: { plan: '2018-04-01' } } }),
      aProject(),
    );
    for (const lane of lanes) {
      const drawing = laneDrawing(lane, asOf);
      const starts = [
        drawing.plan?.[0],
        drawing.actual?.[0],
        ...drawing.diamonds.map((d) => d.day),
      ];
      const ends = [
        drawing.plan?.[1],
        drawing.actual?.[1],
        ...drawing.diamonds.map((d) => d.day + 1),
      ];
      const drawn = starts.filter((d) => d !== undefined);
      const dates: DateReach = { first: null, last: null };
      reachLane(dates, lane, asOf);
      if (drawn.length === 0) {
        expect(dates).toEqual({ first: null, last: null });
        continue;
      }
      expect(dates.first && toDayNumber(dates.first)).toBe(Math.min(...drawn));
      expect(dates.last && toDayNumber(dates.last) + 1).toBe(
        Math.max(...ends.filter((d) => d !== undefined)),
      );
    }
  });
});
