// What the pointer does on the battle map: a click opens a project or folds a group; dragging a
// planned bar's end (or the whole bar) moves its planned dates. The chart only reports the change;
// the owner turns it into commands, so a drag is undoable like any edit.
import { fromDayNumber, toDayNumber, type CalendarDate } from '../core/calendar-date.ts';
import type { MilestoneKey, Project } from '../core/types.ts';
import { MILESTONE_WORDS, type Locale } from '../core/vocabulary.ts';
import type { Lane } from './battlemap-model.ts';
import { graphic, type ECharts } from './echarts-setup.ts';
import type { BarPart } from './lane-shapes.ts';
import { LABEL_WIDTH, SCREEN_RIGHT } from './battlemap-option.ts';
import { INK } from './palette.ts';

export interface PlanChange {
  milestone: MilestoneKey;
  date: CalendarDate;
}

export interface PointerHandlers {
  /** The rows as drawn now (they change with filters and edits). */
  lanes: () => readonly Lane[];
  locale: () => Locale;
  openProject: (project: Project) => void;
  toggleGroup: (groupKey: string) => void;
  movePlan: (project: Project, changes: PlanChange[]) => void;
}

/** Pixels the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD_PX = 4;

interface Drag {
  lane: Lane & { kind: 'project' };
  laneIndex: number;
  part: 'start' | 'end' | 'body';
  fromX: number;
  startDay: number;
  /** One past the last day. */
  endDay: number;
  moved: boolean;
  next: { startDay: number; endDay: number };
}

interface EventParams {
  componentType?: string;
  seriesId?: string;
  dataIndex?: number;
  value?: unknown;
  info?: { part?: BarPart };
  event?: { offsetX: number; offsetY: number };
}

export function attachBarPointer(chart: ECharts, handlers: PointerHandlers): () => void {
  const zr = chart.getZr();
  let drag: Drag | null = null;
  let suppressClick = false;
  const ghost = new graphic.Rect({
    shape: { x: 0, y: 0, width: 0, height: 0 },
    style: { fill: 'rgba(29, 78, 216, 0.15)', stroke: '#1d4ed8', lineWidth: 1.5, lineDash: [4, 3] },
    z: 100,
    silent: true,
    invisible: true,
  });
  const label = new graphic.Text({
    style: { text: '', fill: INK, backgroundColor: '#fff', padding: [2, 4], fontSize: 12 },
    z: 101,
    silent: true,
    invisible: true,
  });
  zr.add(ghost);
  zr.add(label);

  const laneAt = (params: EventParams): Lane | undefined => {
    if (params.componentType === 'yAxis') {
      return handlers.lanes().find((l) => l.key === params.value);
    }
    if (params.seriesId !== 'lanes') return undefined;
    return handlers.lanes()[Number((params.value as number[] | undefined)?.[0])];
  };
  const xOf = (day: number): number => Number(chart.convertToPixel({ xAxisIndex: 0 }, day));
  const dayAt = (x: number): number => Number(chart.convertFromPixel({ xAxisIndex: 0 }, x));

  function describe(d: Drag): string {
    const locale = handlers.locale();
    return changesOf(d)
      .map((c) => `${MILESTONE_WORDS[c.milestone][locale]} ${c.date}`)
      .join(' · ');
  }

  function changesOf(d: Drag): PlanChange[] {
    const planned = d.lane.row.planned;
    if (!planned) return [];
    const start = { milestone: planned.start.milestone, date: fromDayNumber(d.next.startDay) };
    const end = { milestone: planned.end.milestone, date: fromDayNumber(d.next.endDay - 1) };
    if (d.part === 'start') return [start];
    if (d.part === 'end') return [end];
    return start.milestone === end.milestone ? [start] : [start, end];
  }

  function onMouseDown(raw: unknown): void {
    suppressClick = false;
    const params = raw as EventParams;
    const part = params.info?.part;
    if (part !== 'start' && part !== 'end' && part !== 'body') return;
    const lane = laneAt(params);
    if (lane?.kind !== 'project' || !lane.row.planned || !params.event) return;
    const startDay = toDayNumber(lane.row.planned.start.date);
    const endDay = toDayNumber(lane.row.planned.end.date) + 1;
    drag = {
      lane,
      laneIndex: Number((params.value as number[] | undefined)?.[0]),
      part,
      fromX: params.event.offsetX,
      startDay,
      endDay,
      moved: false,
      next: { startDay, endDay },
    };
  }

  function onMouseMove(e: { offsetX: number }): void {
    if (!drag) return;
    const dx = e.offsetX - drag.fromX;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    const delta = Math.round(dayAt(e.offsetX) - dayAt(drag.fromX));
    const { startDay, endDay } = drag;
    drag.next =
      drag.part === 'start'
        ? { startDay: Math.min(startDay + delta, endDay - 1), endDay }
        : drag.part === 'end'
          ? { startDay, endDay: Math.max(endDay + delta, startDay + 1) }
          : { startDay: startDay + delta, endDay: endDay + delta };
    // The ghost stays inside the plot, between the row labels and the scroll bar.
    const left = LABEL_WIDTH;
    const right = chart.getWidth() - SCREEN_RIGHT;
    const x0 = Math.max(left, xOf(drag.next.startDay));
    const x1 = Math.min(right, xOf(drag.next.endDay));
    const rowY = (i: number): number => Number(chart.convertToPixel({ yAxisIndex: 0 }, i));
    const rowHeight = Math.abs(rowY(drag.laneIndex + 1) - rowY(drag.laneIndex));
    const y = rowY(drag.laneIndex) - rowHeight * 0.31;
    ghost.attr({
      shape: { x: x0, y, width: Math.max(2, x1 - x0), height: rowHeight * 0.62 },
      invisible: false,
    });
    label.setStyle({ text: describe(drag) });
    const textWidth = label.getBoundingRect().width;
    const labelX = e.offsetX + 12 + textWidth > right ? e.offsetX - 12 - textWidth : e.offsetX + 12;
    label.attr({ x: labelX, y: y - 22, invisible: false });
    chart.dispatchAction({ type: 'hideTip' });
  }

  function finish(): void {
    if (!drag) return;
    const done = drag;
    drag = null;
    ghost.attr({ invisible: true });
    label.attr({ invisible: true });
    if (!done.moved) return;
    suppressClick = true;
    const changes = changesOf(done);
    if (changes.length > 0) handlers.movePlan(done.lane.row.project, changes);
  }

  function onClick(raw: unknown): void {
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    const lane = laneAt(raw as EventParams);
    if (!lane) return;
    if (lane.kind === 'group') handlers.toggleGroup(lane.group.key);
    else handlers.openProject(lane.row.project);
  }

  function onHover(raw: unknown): void {
    const part = (raw as EventParams).info?.part;
    if (part === 'start' || part === 'end') zr.setCursorStyle('ew-resize');
    else if (part === 'body') zr.setCursorStyle('grab');
  }

  chart.on('mousedown', onMouseDown);
  chart.on('click', onClick);
  chart.on('mousemove', onHover);
  zr.on('mousemove', onMouseMove);
  zr.on('mouseup', finish);
  window.addEventListener('mouseup', finish);
  return () => {
    chart.off('mousedown', onMouseDown);
    chart.off('click', onClick);
    chart.off('mousemove', onHover);
    zr.off('mousemove', onMouseMove);
    zr.off('mouseup', finish);
    window.removeEventListener('mouseup', finish);
    zr.remove(ghost);
    zr.remove(label);
  };
}
