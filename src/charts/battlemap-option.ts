// The battle map as an ECharts option: (rows, zoom level, window) -> option. Pure: no DOM, no
// instance. Rows sit on a category axis scrolled by a dataZoom window, so a campaign of 10,000
// projects draws only the ~30 rows in view; time is a value axis of day numbers, so no time zone
// can move a bar. 'screen' scrolls; 'all' draws every row at once for export and print.
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
  EChartsOption,
} from 'echarts';
import { addDays, fromDayNumber, toDayNumber, type CalendarDate } from '../core/calendar-date.ts';
import { periodOf } from '../core/period.ts';
import type { Locale } from '../core/vocabulary.ts';
import type { BattlemapModel, Lane } from './battlemap-model.ts';
import { CHART_WORDS } from './chart-words.ts';
import { CHART_FONT } from './dashboard-style.ts';
import { laneLabel } from './lane-text.ts';
import { laneDrawing, laneShapes, reachLane, type DateReach, type Shape } from './lane-shapes.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import { nonWorkingRuns } from './non-working-days.ts';
import { AS_OF_LINE, INK, MUTED, NON_WORKING_DAY } from './palette.ts';
import { laneTooltip } from './tooltip.ts';
import {
  VIEW_MODES,
  axisScale,
  labelsInView,
  type AxisScale,
  type ViewModeKey,
} from './view-modes.ts';

/** Row height in CSS pixels: two lines of 12px text would not fit, one does with air. */
export const ROW_PX = 26;
/** The two-tier time header above the plot. */
export const AXIS_TOP = 58;
export const LABEL_WIDTH = 230;
export const SCREEN_BOTTOM = 44;
export const SCREEN_RIGHT = 36;
/** Room under the rows for the as-of line's label. */
const ALL_BOTTOM = 22;
const ALL_RIGHT = 40;

export type ChartLayout = 'screen' | 'all';

/** Days shown, as day numbers [from, to). */
export interface DayWindow {
  from: number;
  to: number;
}

export interface BattlemapOptionInput {
  model: BattlemapModel;
  mode: ViewModeKey;
  locale: Locale;
  asOf: CalendarDate;
  /** The working-day calendar: its holidays are shaded with the weekends at 旬 zoom. */
  calendar: WorkCalendar;
  layout: ChartLayout;
  /** The chart's height in CSS pixels ('screen'); 'all' takes the height its rows need. */
  height: number;
  /** The first row in view ('screen'). */
  rowStart: number;
  /** The days in view; null: the zoom level's own window around the as-of date. */
  window: DayWindow | null;
  /** 'all' only: draw this slice of a taller chart. */
  slice?: Slice;
}

export interface BattlemapChart {
  option: EChartsOption;
  /** Lane index of each category, for events. */
  lanes: readonly Lane[];
  rowsInView: number;
  /** A row's height in CSS pixels as drawn. */
  rowHeight: number;
  rowStart: number;
  /** All days the rows span, padded to whole months. */
  extent: DayWindow;
  window: DayWindow;
  height: number;
  /** The time labels for another window, to merge in when the user pans or zooms. */
  relabel: (view: DayWindow) => EChartsOption;
  /**
   * The rows' data around `rowStart`, to merge in when the user scrolls to it; null while the rows
   * in view are among those the chart has ('screen' carries only the rows near the view).
   */
  rowsAround: (rowStart: number) => EChartsOption | null;
}

/**
 * A horizontal slice of the full chart, for drawing a tall chart in pieces: only the first slice
 * carries the time axis, only the last the foot with the as-of label.
 */
export interface Slice {
  axis: boolean;
  foot: boolean;
}
const WHOLE: Slice = { axis: true, foot: true };

/** The height a chart of `lanes` rows needs when every row is drawn. */
export function fullHeight(lanes: number, slice: Slice = WHOLE): number {
  return (slice.axis ? AXIS_TOP : 0) + Math.max(lanes, 1) * ROW_PX + (slice.foot ? ALL_BOTTOM : 0);
}

/**
 * On screen the series carries the rows in view and this many screens of rows above and below,
 * not every row: ECharts' work on a new option grows with its data, and only rows in view are
 * drawn. Scrolling past them brings in the next rows.
 */
const SCREENS_AROUND = 3;

export function rowsInViewFor(height: number): number {
  return Math.max(3, Math.floor((height - AXIS_TOP - SCREEN_BOTTOM) / ROW_PX));
}

/** All days the lanes draw on, padded to whole months. */
function extentOf(lanes: readonly Lane[], asOf: CalendarDate): DayWindow {
  const span: DateReach = { first: asOf, last: asOf };
  for (const lane of lanes) reachLane(span, lane, asOf);
  const first = span.first ?? asOf;
  const last = span.last ?? asOf;
  // Whole months, and one more on each side, so no bar touches the plot's edge.
  const from = periodOf('month', addDays(first, -1)).start;
  const to = periodOf('month', addDays(last, 2)).end;
  return { from: toDayNumber(from), to: toDayNumber(to) + 1 };
}

function clampWindow(w: DayWindow, extent: DayWindow): DayWindow {
  const width = Math.min(w.to - w.from, extent.to - extent.from);
  const from = Math.min(Math.max(w.from, extent.from), extent.to - width);
  return { from, to: from + width };
}

function defaultWindow(mode: ViewModeKey, asOf: CalendarDate, extent: DayWindow): DayWindow {
  const { windowDays, leadShare } = VIEW_MODES[mode];
  if (windowDays === null) return extent;
  const from = toDayNumber(asOf) - Math.round(windowDays * leadShare);
  return clampWindow({ from, to: from + windowDays }, extent);
}

interface PlotRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type TimeAxis = NonNullable<EChartsOption['xAxis']>;

function timeScales(input: BattlemapOptionInput, shown: DayWindow): AxisScale[] {
  const mode = VIEW_MODES[input.mode];
  const words = CHART_WORDS[input.locale];
  const from = fromDayNumber(shown.from);
  const to = fromDayNumber(shown.to - 1);
  const fine = axisScale(mode.tick, from, to, words, false);
  return mode.header === null ? [fine] : [fine, axisScale(mode.header, from, to, words, true)];
}

function axisLabels(scale: AxisScale, view: DayWindow) {
  const labels = labelsInView(scale, view);
  return {
    customValues: [...labels.keys()],
    formatter: (value: number) => labels.get(value) ?? '',
  };
}

/** The fine axis (ticks) below and the coarse one (header) above, both at the top of the plot. */
function timeAxes(
  scales: AxisScale[],
  shown: DayWindow,
  view: DayWindow,
  withLabels: boolean,
): TimeAxis {
  return scales.map((scale, i) => {
    const isHeader = i > 0;
    const line = isHeader ? '#94a3b8' : '#cbd5e1';
    return {
      type: 'value' as const,
      position: 'top' as const,
      offset: isHeader ? 24 : 0,
      min: shown.from,
      max: shown.to,
      axisLine: { show: withLabels, lineStyle: { color: '#cbd5e1' } },
      axisTick: {
        show: withLabels,
        customValues: scale.ticks,
        length: isHeader ? 22 : 18,
        lineStyle: { color: line },
      },
      axisLabel: {
        ...axisLabels(scale, view),
        show: withLabels,
        hideOverlap: true,
        color: INK,
        fontWeight: isHeader ? ('bold' as const) : ('normal' as const),
        fontSize: 12,
        margin: 6,
      },
      splitLine: { show: true, lineStyle: { color: isHeader ? '#94a3b8' : '#e5e7eb' } },
    };
  });
}

/**
 * The non-working days among the days in view, as runs of day numbers; worked out again only when
 * the days in view change (a pan or zoom), for those days only.
 */
function runsInView(calendar: WorkCalendar): (from: number, to: number) => [number, number][] {
  let key = '';
  let runs: [number, number][] = [];
  return (from, to) => {
    if (key !== `${from}|${to}`) {
      key = `${from}|${to}`;
      runs = nonWorkingRuns(fromDayNumber(from), fromDayNumber(to - 1), calendar);
    }
    return runs;
  };
}

/** One path covering every run of non-working days, from the plot's top to its bottom. */
export function shadingShape(
  runs: readonly [number, number][],
  x: (day: number) => number,
  plot: PlotRect,
): Shape {
  const left = plot.x;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  let pathData = '';
  for (const [from, to] of runs) {
    const x0 = Math.max(left, x(from));
    const x1 = Math.min(right, x(to));
    if (x1 > x0) pathData += `M${x0} ${plot.y}H${x1}V${bottom}H${x0}Z`;
  }
  return {
    type: 'path',
    shape: { pathData },
    style: { fill: NON_WORKING_DAY },
    silent: true,
  };
}

export function battlemapOption(input: BattlemapOptionInput): BattlemapChart {
  const { model, asOf, locale, layout } = input;
  const lanes = model.lanes;
  // Rows are drawn as they come into view: only their dates are read for the extent.
  const extent = extentOf(lanes, asOf);
  const window = clampWindow(input.window ?? defaultWindow(input.mode, asOf, extent), extent);
  const isScreen = layout === 'screen';
  const slice = isScreen ? WHOLE : (input.slice ?? WHOLE);
  const height = isScreen ? input.height : fullHeight(lanes.length, slice);
  const rowsInView = isScreen ? rowsInViewFor(height) : Math.max(lanes.length, 1);
  const rowStart = isScreen
    ? Math.min(Math.max(0, input.rowStart), Math.max(0, lanes.length - rowsInView))
    : 0;
  /** The rows the series carries, [from, to): all on paper, those near the view on screen. */
  const rowsNear = (start: number): DayWindow =>
    isScreen
      ? {
          from: Math.max(0, start - SCREENS_AROUND * rowsInView),
          to: Math.min(lanes.length, start + (SCREENS_AROUND + 1) * rowsInView),
        }
      : { from: 0, to: lanes.length };
  let carried = rowsNear(rowStart);
  const rowData = (rows: DayWindow): number[][] =>
    Array.from({ length: rows.to - rows.from }, (_, i) => [rows.from + i, shown.from]);
  // On screen the axis spans everything and dataZoom shows a window; on paper the axis is the window.
  const shown = isScreen ? extent : window;
  const scales = timeScales(input, shown);
  const xAxis = timeAxes(scales, shown, window, slice.axis);
  const xAxisIndex = Array.isArray(xAxis) ? xAxis.map((_, i) => i) : [0];
  const asOfDay = toDayNumber(asOf) + 1;

  const shade = VIEW_MODES[input.mode].shadeNonWorkingDays ? runsInView(input.calendar) : null;
  const renderItem = (
    params: CustomSeriesRenderItemParams,
    api: CustomSeriesRenderItemAPI,
  ): CustomSeriesRenderItemReturn => {
    const index = Number(api.value(0));
    const lane = lanes[index];
    if (!lane) return null;
    const drawing = laneDrawing(lane, asOf);
    const plot = params.coordSys as unknown as PlotRect;
    const [originX = plot.x, y = 0] = api.coord([shown.from, index]);
    const [dayWidth = 0, rowHeight = ROW_PX] = (api.size?.([1, 1]) ?? []) as number[];
    const x = (day: number): number => originX + (day - shown.from) * dayWidth;
    const children = laneShapes(drawing, { x, y, height: rowHeight, plot });
    // The first row drawn carries the shading of the whole plot, under every bar: one shape for
    // all non-working days in view, where an area per weekend would be hundreds of elements. Every
    // row keeps the slot (empty but in the first, and at zoom levels without shading), so a row's
    // shapes keep their places on scroll and when the zoom level changes.
    let runs: readonly [number, number][] = [];
    if (shade && params.dataIndexInside === 0 && dayWidth > 0) {
      const first = Math.floor(shown.from + (plot.x - originX) / dayWidth);
      runs = shade(first, Math.ceil(first + plot.width / dayWidth) + 1);
    }
    children.unshift(shadingShape(runs, x, plot));
    // The shapes are plain objects in ECharts' element format; its union type is not worth spelling.
    return { type: 'group', children } as unknown as CustomSeriesRenderItemReturn;
  };

  const words = CHART_WORDS[locale];
  // On screen labels are asked for the rows in view, which are among the few the series carries:
  // look there first, and map every key (thousands) only for a label outside them or on paper.
  let byKey: Map<string, Lane> | null = null;
  const laneOf = (key: string): Lane | undefined => {
    if (isScreen)
      for (let i = carried.from; i < carried.to; i++) if (lanes[i]?.key === key) return lanes[i];
    return (byKey ??= new Map(lanes.map((lane) => [lane.key, lane]))).get(key);
  };

  const option: EChartsOption = {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    grid: {
      // The margins are laid out here and the labels fit them (truncated): 'none' spares ECharts a
      // first pass over every axis label to fit the grid within the chart's box.
      outerBoundsMode: 'none',
      left: LABEL_WIDTH,
      right: isScreen ? SCREEN_RIGHT : ALL_RIGHT,
      top: slice.axis ? AXIS_TOP : 0,
      bottom: isScreen ? SCREEN_BOTTOM : slice.foot ? ALL_BOTTOM : 0,
    },
    tooltip: {
      show: isScreen,
      trigger: 'item',
      confine: true,
      transitionDuration: 0,
      formatter: (params: unknown) => {
        const value = (params as { value?: unknown[] }).value;
        const lane = lanes[Number(value?.[0])];
        return lane ? laneTooltip(lane, asOf, locale) : '';
      },
    },
    xAxis,
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      // Plain keys, but for the few group headers in bold: ECharts copies every category object.
      data: [
        ...lanes.map((lane) =>
          lane.kind === 'group'
            ? { value: lane.key, textStyle: { fontWeight: 'bold' as const } }
            : lane.key,
        ),
        // A short list keeps its row height: empty rows fill the window below it.
        ...Array.from({ length: Math.max(0, rowsInView - lanes.length) }, (_, i) => `pad|${i}`),
      ],
      axisLabel: {
        interval: 0,
        width: LABEL_WIDTH - 14,
        overflow: 'truncate',
        fontSize: 12,
        color: (key?: string | number) => (String(key).startsWith('w|') ? MUTED : INK),
        // By the row's key: the index ECharts passes counts the labels in view, not the rows.
        formatter: (key: string) => {
          const lane = laneOf(key);
          return lane ? laneLabel(lane, locale) : '';
        },
      },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#cbd5e1' } },
      splitLine: { show: true, interval: 0, lineStyle: { color: '#f1f5f9' } },
    },
    dataZoom: isScreen
      ? [
          {
            type: 'slider',
            id: 'x-slider',
            xAxisIndex,
            filterMode: 'none',
            startValue: window.from,
            endValue: window.to,
            bottom: 8,
            height: 18,
            showDataShadow: false,
            brushSelect: false,
            labelFormatter: (value: number) => fromDayNumber(Math.round(value)),
          },
          {
            type: 'inside',
            id: 'x-inside',
            xAxisIndex,
            filterMode: 'none',
            zoomOnMouseWheel: 'ctrl',
            moveOnMouseWheel: 'shift',
            moveOnMouseMove: false,
          },
          {
            type: 'slider',
            id: 'y-slider',
            yAxisIndex: 0,
            filterMode: 'filter',
            startValue: rowStart,
            endValue: rowStart + rowsInView - 1,
            zoomLock: true,
            right: 8,
            width: 14,
            top: AXIS_TOP,
            bottom: SCREEN_BOTTOM,
            showDetail: false,
            showDataShadow: false,
            brushSelect: false,
            handleSize: 0,
          },
          {
            type: 'inside',
            id: 'y-inside',
            yAxisIndex: 0,
            filterMode: 'filter',
            zoomLock: true,
            zoomOnMouseWheel: false,
            moveOnMouseWheel: true,
            moveOnMouseMove: false,
          },
        ]
      : [],
    series: [
      {
        type: 'custom',
        id: 'lanes',
        clip: true,
        encode: { x: 1, y: 0 },
        data: rowData(carried),
        renderItem,
        markLine: {
          silent: true,
          symbol: ['none', 'none'],
          lineStyle: { color: AS_OF_LINE, width: 1.5, type: 'solid' },
          label: {
            show: slice.foot,
            formatter: words.asOf(asOf),
            color: AS_OF_LINE,
            position: 'end',
            distance: 3,
          },
          data: [{ xAxis: asOfDay }],
        },
      },
    ],
  };
  const relabel = (view: DayWindow): EChartsOption => ({
    xAxis: scales.map((scale) => ({ axisLabel: axisLabels(scale, view) })),
  });
  const rowsAround = (start: number): EChartsOption | null => {
    if (start >= carried.from && start + rowsInView <= carried.to) return null;
    carried = rowsNear(start);
    return { series: [{ id: 'lanes', data: rowData(carried) }] };
  };
  const rowHeight = isScreen ? (height - AXIS_TOP - SCREEN_BOTTOM) / rowsInView : ROW_PX;
  return {
    option,
    lanes,
    rowsInView,
    rowHeight,
    rowStart,
    extent,
    window,
    height,
    relabel,
    rowsAround,
  };
}
