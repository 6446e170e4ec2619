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

/**
 * Lanes per page. A page that starts inside a group repeats the group's header; a header never
 * ends a page with none of its rows under it.
 */
export function paginate(lanes: readonly Lane[], perPage: number): Lane[][] {
  const pages: Lane[][] = [];
  let page: Lane[] = [];
  let header: Lane | null = null;
  for (const lane of lanes) {
    if (lane.kind === 'group') header = lane;
    const orphanHeader = lane.kind === 'group' && page.length === perPage - 1;
    if (page.length === perPage || orphanHeader) {
      pages.push(page);
      page = lane.kind !== 'group' && header ? [header] : [];
    }
    page.push(lane);
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
      return copy;
    });
  } finally {
    instance.dispose();
    host.remove();
  }
}
