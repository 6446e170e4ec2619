// How one row is drawn: the planned bar as an outlined baseline, the actual bar over it in its
// status colour, the % done, and milestone diamonds (hollow when planned, filled when done).
// Day numbers are worked out once per row here, so the chart's renderItem only places shapes.
import { toDayNumber, type CalendarDate } from '../core/calendar-date.ts';
import type { Light } from '../core/status.ts';
import type { Lane } from './battlemap-model.ts';
import { CHART_FONT } from './dashboard-style.ts';
import { actualOn } from './project-span.ts';
import {
  GROUP_BAND,
  LIGHT_COLORS,
  LIGHT_TINTS,
  MILESTONE_COLORS,
  MUTED,
  PLAN_FILL,
  PLAN_STROKE,
} from './palette.ts';

export const DIAMOND_MILESTONES = ['signed', 'started', 'completed', 'operating'] as const;

/** Which part of a bar a pointer is on; the drag handles are the planned bar's ends. */
export type BarPart = 'start' | 'end' | 'body' | 'workstream' | 'group';

interface Diamond {
  day: number;
  color: string;
  filled: boolean;
}

export interface LaneDrawing {
  kind: Lane['kind'];
  /** Day numbers on the axis: a bar covers [start, end), its last day included. */
  plan: [number, number] | null;
  actual: [number, number] | null;
  light: Light;
  percent: string | null;
  diamonds: Diamond[];
  lights: Record<Light, number> | null;
}

/** Ledgers repeat the same few thousand dates; parsing each once keeps large maps quick. */
const dayNumbers = new Map<CalendarDate, number>();
function day(date: CalendarDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = toDayNumber(date);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

/** Drawings of project and workstream rows by their (cached, immutable) row; rows depend on as-of. */
const drawingCache = new WeakMap<object, Map<string, LaneDrawing>>();

export function laneDrawing(lane: Lane, asOf: CalendarDate): LaneDrawing {
  if (lane.kind === 'group') return drawLane(lane, asOf);
  const key = `${asOf}|${lane.kind === 'workstream' ? lane.workstream : ''}`;
  let byKey = drawingCache.get(lane.row);
  if (!byKey) {
    byKey = new Map();
    drawingCache.set(lane.row, byKey);
  }
  let drawing = byKey.get(key);
  if (!drawing) {
    drawing = drawLane(lane, asOf);
    byKey.set(key, drawing);
  }
  return drawing;
}

function span(from: CalendarDate | null, to: CalendarDate | null): [number, number] | null {
  return from !== null && to !== null ? [day(from), day(to) + 1] : null;
}

function drawLane(lane: Lane, asOf: CalendarDate): LaneDrawing {
  switch (lane.kind) {
    case 'group':
      return {
        kind: 'group',
        plan: null,
        actual: null,
        light: 'green',
        percent: null,
        diamonds: [],
        lights: lane.group.lights,
      };
    case 'project': {
      const { row } = lane;
      const p = row.project;
      const diamonds: Diamond[] = [];
      for (const m of DIAMOND_MILESTONES) {
        const color = MILESTONE_COLORS[m];
        const plan = p.milestones[m].plan;
        const done = actualOn(p, m, asOf);
        if (plan !== null) diamonds.push({ day: day(plan), color, filled: false });
        if (done !== null) diamonds.push({ day: day(done), color, filled: true });
      }
      return {
        kind: 'project',
        plan: row.planned ? span(row.planned.start.date, row.planned.end.date) : null,
        actual: row.actual ? span(row.actual.start, row.actual.end) : null,
        light: row.status.light,
        percent: row.investmentPercent === null ? null : `${Math.round(row.investmentPercent)}%`,
        diamonds,
        lights: null,
      };
    }
    case 'workstream': {
      const w = lane.data;
      const started = w.actualStart !== null && w.actualStart <= asOf ? w.actualStart : null;
      const ended = w.actualEnd !== null && w.actualEnd <= asOf ? w.actualEnd : null;
      return {
        kind: 'workstream',
        plan: span(w.planStart, w.planEnd),
        actual: started === null ? null : span(started, ended ?? asOf),
        light: lane.light,
        percent: w.percent === null ? null : `${w.percent}%`,
        diamonds: [],
        lights: null,
      };
    }
  }
}

/** The first and last day of what was reached so far; null before anything was. */
export interface DateReach {
  first: CalendarDate | null;
  last: CalendarDate | null;
}

function reach(span: DateReach, from: CalendarDate | null, to: CalendarDate | null): void {
  if (from === null || to === null) return;
  if (span.first === null || from < span.first) span.first = from;
  if (span.last === null || to > span.last) span.last = to;
}

/**
 * Widens `span` to the first and last day a lane draws anything on: what `drawLane` spans, without
 * drawing it. A bar's start and a diamond reach left; a bar's end and a diamond reach right. Dates
 * compare as strings, so a campaign's extent needs no drawing of its 60,000 lanes, and one span
 * carried over all of them allocates nothing per lane.
 */
export function reachLane(span: DateReach, lane: Lane, asOf: CalendarDate): void {
  switch (lane.kind) {
    case 'group':
      return;
    case 'project': {
      const { row } = lane;
      if (row.planned) reach(span, row.planned.start.date, row.planned.end.date);
      if (row.actual) reach(span, row.actual.start, row.actual.end);
      for (const m of DIAMOND_MILESTONES) {
        const plan = row.project.milestones[m].plan;
        const done = actualOn(row.project, m, asOf);
        reach(span, plan, plan);
        reach(span, done, done);
      }
      return;
    }
    case 'workstream': {
      const w = lane.data;
      reach(span, w.planStart, w.planEnd);
      const started = w.actualStart !== null && w.actualStart <= asOf ? w.actualStart : null;
      const ended = w.actualEnd !== null && w.actualEnd <= asOf ? w.actualEnd : null;
      if (started !== null) reach(span, started, ended ?? asOf);
      return;
    }
  }
}

/** Where a row sits: pixel x of a day number, the row's vertical centre and height, the plot. */
export interface LanePlacement {
  x: (day: number) => number;
  y: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
}

/** A shape for ECharts' custom series (a plain object; the series types it). */
export type Shape = Record<string, unknown>;

const HANDLE_PX = 8;

function rect(x0: number, x1: number, yc: number, h: number, style: Shape, info: BarPart): Shape {
  return {
    type: 'rect',
    shape: { x: x0, y: yc - h / 2, width: Math.max(x1 - x0, 2), height: h },
    style,
    info: { part: info },
  };
}

function diamond(d: Diamond, at: LanePlacement, half: number): Shape {
  const cx = at.x(d.day + 0.5);
  const cy = at.y;
  return {
    type: 'polygon',
    shape: {
      points: [
        [cx, cy - half],
        [cx + half, cy],
        [cx, cy + half],
        [cx - half, cy],
      ],
    },
    style: { fill: d.filled ? d.color : '#fff', stroke: d.color, lineWidth: 1.5 },
    silent: true,
  };
}

function groupBand(drawing: LaneDrawing, at: LanePlacement): Shape[] {
  const { plot } = at;
  const shapes: Shape[] = [
    {
      type: 'rect',
      shape: { x: plot.x, y: at.y - at.height / 2, width: plot.width, height: at.height },
      style: { fill: GROUP_BAND },
      info: { part: 'group' },
    },
  ];
  let x = plot.x + 8;
  for (const light of ['red', 'yellow', 'green'] as const) {
    const count = drawing.lights?.[light] ?? 0;
    shapes.push(
      {
        type: 'circle',
        shape: { cx: x + 4, cy: at.y, r: 4 },
        style: { fill: LIGHT_COLORS[light] },
        silent: true,
      },
      {
        type: 'text',
        x: x + 11,
        y: at.y,
        style: {
          text: String(count),
          fill: MUTED,
          fontSize: 11,
          fontFamily: CHART_FONT,
          verticalAlign: 'middle',
        },
        silent: true,
      },
    );
    x += 20 + 7 * String(count).length;
  }
  return shapes;
}

/** A % label's width: digits and the sign are about 0.6 em wide in the chart's font. */
const percentWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

/**
 * Where a label of `width` starting at `x` clears the diamonds centred at `centres`: a milestone
 * due soon after the bar's end (in operation after completion, at a coarse zoom) sits where the %
 * would go, so the % moves past it.
 */
function clearOf(centres: number[], half: number, x: number, width: number): number {
  let from = x;
  for (const cx of [...centres].sort((a, b) => a - b)) {
    if (cx + half < from) continue;
    if (cx - half > from + width) break;
    from = cx + half + 3;
  }
  return from;
}

/** The shapes of one row. Planned bars of projects carry drag handles at both ends. */
export function laneShapes(drawing: LaneDrawing, at: LanePlacement): Shape[] {
  if (drawing.kind === 'group') return groupBand(drawing, at);
  const isProject = drawing.kind === 'project';
  const barHeight = at.height * (isProject ? 0.62 : 0.46);
  const shapes: Shape[] = [];
  const color = LIGHT_COLORS[drawing.light];
  let rightmost: number | null = null;
  if (drawing.plan) {
    const [x0, x1] = [at.x(drawing.plan[0]), at.x(drawing.plan[1])];
    const tint = drawing.actual ? PLAN_FILL : LIGHT_TINTS[drawing.light];
    shapes.push(
      rect(
        x0,
        x1,
        at.y,
        barHeight,
        { fill: tint, stroke: PLAN_STROKE, lineWidth: 1 },
        isProject ? 'body' : 'workstream',
      ),
    );
    rightmost = x1;
  }
  if (drawing.actual) {
    const [x0, x1] = [at.x(drawing.actual[0]), at.x(drawing.actual[1])];
    shapes.push(
      rect(x0, x1, at.y, barHeight * 0.55, { fill: color }, isProject ? 'body' : 'workstream'),
    );
    rightmost = Math.max(rightmost ?? x1, x1);
  }
  if (isProject && drawing.plan) {
    const [x0, x1] = [at.x(drawing.plan[0]), at.x(drawing.plan[1])];
    const handle = (x: number, part: BarPart): Shape =>
      rect(x - HANDLE_PX / 2, x + HANDLE_PX / 2, at.y, barHeight, { fill: 'transparent' }, part);
    shapes.push(handle(x0, 'start'), handle(x1, 'end'));
  }
  const half = Math.min(6, at.height * 0.3);
  for (const d of drawing.diamonds) shapes.push(diamond(d, at, half));
  // A bar that ends left of the plot has its % clipped to a stub: leave it out.
  if (drawing.percent !== null && rightmost !== null && rightmost >= at.plot.x) {
    const fontSize = isProject ? 11 : 10;
    const centres = drawing.diamonds.map((d) => at.x(d.day + 0.5));
    shapes.push({
      type: 'text',
      x: clearOf(
        centres,
        half,
        rightmost + (isProject ? 8 : 4),
        percentWidth(drawing.percent, fontSize),
      ),
      y: at.y,
      style: {
        text: drawing.percent,
        fill: MUTED,
        fontSize,
        // The chart's font, as on its axes: the renderer's own 'sans-serif' looks apart and is one
        // more font to resolve and measure on the first frame.
        fontFamily: CHART_FONT,
        verticalAlign: 'middle',
      },
      silent: true,
    });
  }
  return shapes;
}
