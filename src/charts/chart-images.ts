// One chart as a file or on paper: drawn offscreen at a size of its own (not the card's), as a PNG
// under a title and the as-of date, or as SVG that prints sharp at any scale.
import type { EChartsOption } from 'echarts';
import { CHART_FONT } from './dashboard-style.ts';
import './echarts-dashboard.ts';
import { init, type ECharts } from './echarts-setup.ts';
import { INK, MUTED } from './palette.ts';

export interface ChartImageRequest {
  option: EChartsOption;
  /** CSS pixels of the chart itself (the PNG's header comes on top). */
  width: number;
  height: number;
  title: string;
  subtitle: string;
}

const HEADER_PX = 56;
/** Twice the CSS pixels: sharp on a projector and when pasted into a report. */
const PNG_SCALE = 2;

function offscreen<T>(
  width: number,
  height: number,
  renderer: 'canvas' | 'svg',
  draw: (chart: ECharts, host: HTMLDivElement) => T,
): T {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(host);
  const chart = init(host, null, {
    renderer,
    width,
    height,
    ...(renderer === 'canvas' ? { devicePixelRatio: PNG_SCALE } : {}),
  });
  try {
    return draw(chart, host);
  } finally {
    chart.dispose();
    host.remove();
  }
}

export async function renderChartPng(request: ChartImageRequest): Promise<Blob> {
  const { option, width, height, title, subtitle } = request;
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = (height + HEADER_PX) * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.save();
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK;
  ctx.font = `bold 16px ${CHART_FONT}`;
  ctx.fillText(title, 12, 18);
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${CHART_FONT}`;
  ctx.fillText(subtitle, 12, 40);
  ctx.restore();
  offscreen(width, height, 'canvas', (chart, host) => {
    // Without animation setOption paints at once: the chart's canvas holds the picture now.
    chart.setOption({ ...option, animation: false }, { notMerge: true });
    const drawn = host.querySelector('canvas');
    if (!drawn) throw new Error('the chart drew no canvas');
    ctx.drawImage(drawn, 0, HEADER_PX * PNG_SCALE, width * PNG_SCALE, height * PNG_SCALE);
  });
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** The chart as an SVG element that scales to the width it is given on the page. */
export function renderChartSvg(
  option: EChartsOption,
  width: number,
  height: number,
): SVGSVGElement {
  return offscreen(width, height, 'svg', (chart, host) => {
    chart.setOption({ ...option, animation: false, tooltip: { show: false } }, { notMerge: true });
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the SVG renderer drew nothing');
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // ECharts places its SVG absolutely inside its own box; on paper it flows.
    copy.removeAttribute('style');
    return copy;
  });
}
