import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../core/calendar-date.ts';
import { DEFAULT_STATUS_RULES } from '../core/status-rules.ts';
import { aProject } from '../core/test-factories.ts';
import type { Project } from '../core/types.ts';
import { NO_FILTERS, buildBattlemap, type BattlemapModel } from './battlemap-model.ts';
import {
  AXIS_TOP,
  ROW_PX,
  battlemapOption,
  fullHeight,
  type BattlemapOptionInput,
} from './battlemap-option.ts';
import { laneLabel } from './lane-text.ts';
import { WEEKENDS_ONLY } from './non-working-days.ts';
import type { ViewModeKey } from './view-modes.ts';

const asOf = '2018-02-12';
const EVIL = '<img src=x onerror=alert(1)>{a|b}';

function model(projects: readonly Project[]): BattlemapModel {
  return buildBattlemap(
    projects,
    {
      asOf,
      year: 2018,
      rules: DEFAULT_STATUS_RULES,
      lists: { towns: [], units: [], leaders: [], industries: [] },
    },
    { filters: NO_FILTERS, groupBy: 'town', collapsed: new Set(), showWorkstreams: true },
  );
}

const sample = (n: number): Project[] =>
  Array.from({ length: n }, (_, i) =>
    aProject({
      code: `P${i}`,
      name: i === 0 ? EVIL : `项目 ${i}`,
      town: i % 2 ? '永和镇' : '安海镇',
      milestones: {
        signed: { plan: '2017-06-01', actual: '2017-06-10' },
        started: { plan: '2017-09-01', actual: '2017-09-20' },
        completed: { plan: '2018-12-31' },
      },
    }),
  );

function build(over: Partial<BattlemapOptionInput> = {}, projects = sample(100)) {
  return battlemapOption({
    model: model(projects),
    mode: 'dekad',
    locale: 'zh-CN',
    asOf,
    calendar: WEEKENDS_ONLY,
    layout: 'screen',
    height: 800,
    rowStart: 0,
    window: null,
    ...over,
  });
}

type Loose = Record<string, unknown> & { [k: string]: Loose };
const opt = (chart: ReturnType<typeof build>): Loose => chart.option as unknown as Loose;
const axes = (chart: ReturnType<typeof build>): Loose[] =>
  opt(chart)['xAxis'] as unknown as Loose[];
const zooms = (chart: ReturnType<typeof build>): Loose[] =>
  opt(chart)['dataZoom'] as unknown as Loose[];
const labelsOf = (axis: Loose | undefined): string[] => {
  const label = axis?.['axisLabel'] as unknown as {
    customValues: number[];
    formatter: (v: number) => string;
  };
  return label.customValues.map((v) => label.formatter(v));
};

/** The shapes the custom series draws for lane `index`, in a plot showing the chart's window. */
function drawRow(chart: ReturnType<typeof build>, index: number, dataIndexInside: number): Loose[] {
  const plot = { x: 230, y: 58, width: 1000, height: 600 };
  const dayWidth = plot.width / (chart.window.to - chart.window.from);
  const series = (opt(chart)['series'] as unknown as Loose[])[0] as unknown as {
    renderItem: (params: unknown, api: unknown) => { children: Loose[] } | null;
  };
  const api = {
    value: () => index,
    coord: ([day, row]: number[]) => [
      plot.x + ((day ?? 0) - chart.window.from) * dayWidth,
      plot.y + ((row ?? 0) - chart.rowStart + 0.5) * ROW_PX,
    ],
    size: () => [dayWidth, ROW_PX],
  };
  return series.renderItem({ coordSys: plot, dataIndexInside }, api)?.children ?? [];
}

describe('battlemapOption', () => {
  it('shows about 30 rows of 10,000 and scrolls the rest with a locked dataZoom window', () => {
    const chart = build({ height: 58 + 44 + 30 * ROW_PX }, sample(10_000));
    expect(chart.rowsInView).toBe(30);
    const y = zooms(chart).find((z) => String(z['id']) === 'y-slider');
    expect(y).toMatchObject({ startValue: 0, endValue: 29, zoomLock: true, filterMode: 'filter' });
    expect(chart.lanes.length).toBe(10_002);
  });

  it('carries the rows near the view, and the next rows when scrolled past them', () => {
    const chart = build({ height: 58 + 44 + 30 * ROW_PX, rowStart: 5000 }, sample(10_000));
    const rows = (option: unknown): number[] =>
      ((option as { series: { data: number[][] }[] }).series[0]?.data ?? []).map(([i]) => i ?? -1);
    const first = rows(chart.option);
    // Three screens above and below the 30 rows in view.
    expect(first[0]).toBe(5000 - 90);
    expect(first.at(-1)).toBe(5000 + 119);
    expect((chart.option as { series: { data: number[][] }[] }).series[0]?.data[0]).toEqual([
      4910,
      chart.extent.from,
    ]);
    expect(chart.rowsAround(5050)).toBeNull();
    expect(chart.rowsAround(4910)).toBeNull();
    expect(rows(chart.rowsAround(5100))).toEqual(
      Array.from({ length: 210 }, (_, i) => 5100 - 90 + i),
    );
    expect(chart.rowsAround(5100)).toBeNull();
    // On paper every row is drawn.
    expect(rows(build({ layout: 'all' }, sample(10_000)).option)).toHaveLength(10_002);
  });

  it('keeps the scroll position within the rows', () => {
    expect(build({ rowStart: 40 }).rowStart).toBe(40);
    expect(build({ rowStart: 5000 }).rowStart).toBe(102 - build().rowsInView);
  });

  it.each<[ViewModeKey, number | null, string[], string[]]>([
    ['dekad', 150, ['上旬', '中旬', '下旬'], ['2018年2月']],
    ['month', 550, ['1月', '2月'], ['2018年']],
    ['quarter', 1460, ['一季度', '二季度'], ['2018年']],
    ['year', null, ['2017年', '2018年'], []],
  ])(
    'at %s zoom ticks its own periods and opens a window of %s days',
    (mode, days, ticks, heads) => {
      const chart = build({ mode });
      const [fine, coarse] = axes(chart);
      expect(labelsOf(fine)).toEqual(expect.arrayContaining(ticks));
      if (heads.length > 0) expect(labelsOf(coarse)).toEqual(expect.arrayContaining(heads));
      else expect(coarse).toBeUndefined();
      const width = chart.window.to - chart.window.from;
      const extent = chart.extent.to - chart.extent.from;
      expect(width).toBe(Math.min(days ?? extent, extent));
      const x = zooms(chart).find((z) => String(z['id']) === 'x-slider');
      expect(x).toMatchObject({ startValue: chart.window.from, endValue: chart.window.to });
    },
  );

  it('opens a zoom level around the as-of date and spans whole months past every bar', () => {
    const chart = build({ mode: 'dekad' });
    const day = toDayNumber(asOf);
    expect(chart.window.from).toBeLessThan(day);
    expect(chart.window.to).toBeGreaterThan(day);
    expect(chart.extent.from).toBe(toDayNumber('2017-05-01'));
    expect(chart.extent.to).toBe(toDayNumber('2019-02-01'));
  });

  it('shades weekends only at 旬 zoom, and marks the as-of line at the end of the as-of day', () => {
    const series = (mode: ViewModeKey): Loose =>
      (opt(build({ mode }))['series'] as unknown as Loose[])[0] as Loose;
    // The first row in view carries one path for every weekend in view, under its bars.
    const weekends = (mode: ViewModeKey, dataIndexInside: number): number => {
      const chart = build({ mode });
      const first = drawRow(chart, chart.rowStart, dataIndexInside)[0];
      if (String(first?.['type']) !== 'path') return 0;
      return String(first?.['shape']?.['pathData']).split('M').length - 1;
    };
    // 旬 zoom shows 150 days: some 21 weekends.
    expect(weekends('dekad', 0)).toBeGreaterThanOrEqual(20);
    expect(weekends('dekad', 1)).toBe(0);
    expect(weekends('month', 0)).toBe(0);
    expect(series('dekad')['markArea']).toBeUndefined();
    expect(series('month')['markLine']?.['data']).toEqual([{ xAxis: toDayNumber(asOf) + 1 }]);
  });

  it('keeps the shading’s slot first in every row at every zoom level, so shapes keep their places', () => {
    // ECharts matches a row's shapes to those it drew before by their place in the row: were the
    // slot there at 旬 zoom only, switching zoom would hand each shape another one's element.
    for (const mode of ['dekad', 'month', 'quarter', 'year'] as const) {
      const chart = build({ mode });
      for (const inside of [0, 1]) {
        const first = drawRow(chart, chart.rowStart + inside, inside)[0];
        expect(first?.['type']).toBe('path');
        expect(first?.['silent']).toBe(true);
      }
    }
  });

  it('draws every row without dataZoom for export, as tall as the rows need', () => {
    const window = { from: toDayNumber('2018-01-01'), to: toDayNumber('2018-04-01') };
    const chart = build({ layout: 'all', window });
    expect(chart.height).toBe(fullHeight(102));
    expect(chart.height).toBe(AXIS_TOP + 102 * ROW_PX + 22);
    expect(zooms(chart)).toEqual([]);
    expect(axes(chart)[0]).toMatchObject({ min: window.from, max: window.to });
  });

  it('draws a slice of a tall chart without the axis or the foot, so slices stack seamlessly', () => {
    const window = { from: toDayNumber('2018-01-01'), to: toDayNumber('2018-04-01') };
    const middle = build({ layout: 'all', window, slice: { axis: false, foot: false } });
    expect(middle.height).toBe(102 * ROW_PX);
    expect(opt(middle)['grid']).toMatchObject({ top: 0, bottom: 0 });
    expect(axes(middle)[0]?.['axisLabel']).toMatchObject({ show: false });
    const series = (opt(middle)['series'] as unknown as Loose[])[0] as Loose;
    expect(series['markLine']?.['label']?.['show']).toBe(false);
  });

  it('shows names on the axis as plain text, never as rich-text markup', () => {
    const chart = build();
    const y = opt(chart)['yAxis'] as Loose;
    const format = y['axisLabel']?.['formatter'] as unknown as (v: string, i: number) => string;
    const lane = chart.lanes.find((l) => l.kind === 'project' && l.row.project.code === 'P0');
    expect(format(lane?.key ?? '', 0)).toBe(EVIL);
    // Scrolled down, the first label in view is still named by its own row.
    expect(format(chart.lanes[40]?.key ?? '', 0)).toBe(laneLabel(chart.lanes[40]!, 'zh-CN'));
    expect(y['axisLabel']?.['rich']).toBeUndefined();
    expect(JSON.stringify(y['data'])).not.toContain('rich');
  });

  it('escapes every name in the tooltip', () => {
    const chart = build();
    const index = chart.lanes.findIndex((l) => l.kind === 'project' && l.row.project.code === 'P0');
    const tooltip = opt(chart)['tooltip'] as unknown as { formatter: (p: unknown) => string };
    const text = tooltip.formatter({ value: [index, 0] });
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;{a|b}');
    expect(text).not.toContain('<img');
    expect(text).toContain('2017-09-01 至 2018-12-31');
  });

  it('speaks English when asked', () => {
    const chart = build({ locale: 'en', mode: 'month' });
    expect(labelsOf(axes(chart)[0])).toEqual(expect.arrayContaining(['Jan', 'Feb']));
    const series = (opt(chart)['series'] as unknown as Loose[])[0] as Loose;
    expect(series['markLine']?.['label']?.['formatter']).toBe(`As of ${asOf}`);
  });
});
