// The PNG of the whole battle map: every row, not just those in view. A second, offscreen chart is
// drawn as tall as all rows need, under a header with the title, the as-of date and the legend.
import { CHART_WORDS } from './chart-words.ts';
import { battlemapOption, type BattlemapOptionInput } from './battlemap-option.ts';
import { init } from './echarts-setup.ts';
import { drawLegendMark, legendItems } from './legend.ts';
import { INK, MUTED } from './palette.ts';
import { VIEW_MODES } from './view-modes.ts';

/** Chromium refuses canvases taller than 32,767 px; taller maps are scaled down to fit. */
const MAX_CANVAS_PX = 32_000;
export const PNG_HEADER_PX = 72;

export interface PngRequest {
  input: Omit<BattlemapOptionInput, 'layout' | 'height' | 'rowStart'>;
  width: number;
  campaignName: string;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
}

function drawHeader(ctx: CanvasRenderingContext2D, request: PngRequest, width: number): void {
  const { input, campaignName } = request;
  const words = CHART_WORDS[input.locale];
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.font = "bold 20px 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
  ctx.fillText(words.title(campaignName), 16, 22);
  ctx.font = "13px 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
  ctx.fillStyle = MUTED;
  ctx.fillText(words.asOf(input.asOf), 16, 50);
  let x = 180;
  for (const item of legendItems(input.locale, VIEW_MODES[input.mode].shadeNonWorkingDays)) {
    const textWidth = ctx.measureText(item.label).width;
    if (x + textWidth + 40 > width) break;
    drawLegendMark(ctx, item, x + 9, 50);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, x + 24, 50);
    x += textWidth + 44;
  }
}

export async function renderPng(request: PngRequest): Promise<PngResult> {
  const chart = battlemapOption({ ...request.input, layout: 'all', height: 0, rowStart: 0 });
  const cssHeight = PNG_HEADER_PX + chart.height;
  const scale = Math.min(1, MAX_CANVAS_PX / cssHeight);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${request.width}px;height:${chart.height}px;`;
  document.body.append(host);
  const instance = init(host, null, {
    renderer: 'canvas',
    width: request.width,
    height: chart.height,
    devicePixelRatio: scale,
  });
  try {
    instance.setOption(chart.option);
    const drawn = instance.renderToCanvas({ backgroundColor: '#fff', pixelRatio: scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(request.width * scale);
    canvas.height = Math.round(cssHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.save();
    ctx.scale(scale, scale);
    drawHeader(ctx, request, request.width);
    ctx.restore();
    ctx.drawImage(drawn, 0, Math.round(PNG_HEADER_PX * scale));
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    instance.dispose();
    host.remove();
  }
}
