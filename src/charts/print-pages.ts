// The battle map on paper: rows cut into A3 landscape pages, each page its own chart with the time
// axis on top, and the group header repeated when a group runs on from the page before. Pages are
// drawn as SVG, so they print sharp and take little memory.
import type { BattlemapModel, Lane } from './battlemap-model.ts';
import {
  AXIS_TOP,
  ROW_PX,
  battlemapOption,
  type BattlemapOptionInput,
} from './battlemap-option.ts';
import { init } from './echarts-setup.ts';

/** A3 landscape less 10 mm margins is 400 × 277 mm; at 96 CSS px per inch that is 1511 × 1047. */
export const PRINT_CHART_WIDTH = 1500;
/** What is left under the page's title and legend. */
export const PRINT_CHART_HEIGHT = 940;
const PRINT_BOTTOM = 10;

export function rowsPerPage(chartHeight = PRINT_CHART_HEIGHT): number {
  return Math.max(2, Math.floor((chartHeight - AXIS_TOP - PRINT_BOTTOM) / ROW_PX));
}

/** Rows that belong together: a group header alone, or a project with its workstreams. */
function units(lanes: readonly Lane[]): Lane[][] {
  const out: Lane[][] = [];
  for (const lane of lanes) {
    const last = out[out.length - 1];
    if (lane.kind === 'workstream' && last) last.push(lane);
    else out.push([lane]);
  }
  return out;
}

/**
 * Lanes per page. A page that starts inside a group repeats the group's header; a header never
 * ends a page with none of its rows under it; a project is not parted from its workstreams
 * unless together they fill more than a page.
 */
export function paginate(lanes: readonly Lane[], perPage: number): Lane[][] {
  const pages: Lane[][] = [];
  let page: Lane[] = [];
  let header: Lane | null = null;
  const newPage = (continuing: boolean): void => {
    if (page.length > 0) pages.push(page);
    page = continuing && header ? [header] : [];
  };
  for (const unit of units(lanes)) {
    const [first] = unit;
    if (!first) continue;
    if (first.kind === 'group') {
      header = first;
      // A header needs at least one row under it on the same page.
      if (page.length + 2 > perPage) newPage(false);
      page.push(first);
      continue;
    }
    const fitsOnAPage = unit.length + (header ? 1 : 0) <= perPage;
    if (page.length + unit.length > perPage && fitsOnAPage) newPage(true);
    for (const lane of unit) {
      if (page.length === perPage) newPage(true);
      page.push(lane);
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export interface PrintRequest {
  input: Omit<BattlemapOptionInput, 'layout' | 'height' | 'rowStart' | 'model'>;
  model: BattlemapModel;
}

/** One SVG element per page, drawn synchronously (the browser lays out print right after). */
export function renderPrintPages(request: PrintRequest): SVGSVGElement[] {
  const pages = paginate(request.model.lanes, rowsPerPage());
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${PRINT_CHART_WIDTH}px;height:${PRINT_CHART_HEIGHT}px;`;
  document.body.append(host);
  const instance = init(host, null, {
    renderer: 'svg',
    width: PRINT_CHART_WIDTH,
    height: PRINT_CHART_HEIGHT,
  });
  try {
    return pages.map((lanes) => {
      const chart = battlemapOption({
        ...request.input,
        model: { ...request.model, lanes },
        layout: 'all',
        height: 0,
        rowStart: 0,
      });
      instance.resize({ width: PRINT_CHART_WIDTH, height: chart.height });
      instance.setOption(chart.option, { notMerge: true });
      const svg = host.querySelector('svg');
      if (!svg) throw new Error('the SVG renderer drew nothing');
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('viewBox', `0 0 ${PRINT_CHART_WIDTH} ${chart.height}`);
      // ECharts places its SVG absolutely inside its own box; on the page it flows.
      copy.removeAttribute('style');
      return copy;
    });
  } finally {
    instance.dispose();
    host.remove();
  }
}
