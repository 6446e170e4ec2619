// The PNG of the whole battle map: every row, not just those in view. Offscreen charts draw it in
// slices of rows (one canvas the height of a thousand rows fills far too slowly), and the slices
// are stacked under a header with the title, the as-of date and the legend.
import { CHART_WORDS } from './chart-words.ts';
import { battlemapOption, type BattlemapOptionInput } from './battlemap-option.ts';
import { init } from './echarts-setup.ts';
import { drawLegendMark, legendItems } from './legend.ts';
import { INK, MUTED } from './palette.ts';
import { VIEW_MODES } from './view-modes.ts';

/** Chromium refuses canvases taller than 32,767 px; taller maps are scaled down to fit. */
const MAX_CANVAS_PX = 32_000;
export const PNG_HEADER_PX = 72;
/** Rows drawn per slice: a canvas of about 3,000 px. */
const SLICE_LANES = 110;

export interface PngRequest {
  input: Omit<BattlemapOptionInput, 'layout' | 'height' | 'rowStart' | 'slice'>;
  width: number;
  campaignName: string;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
}

const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

function drawHeader(ctx: CanvasRenderingContext2D, request: PngRequest, width: number): void {
  const { input, campaignName } = request;
  const words = CHART_WORDS[input.locale];
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.font = `bold 20px ${FONT}`;
  ctx.fillText(words.title(campaignName), 16, 22);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(words.asOf(input.asOf), 16, 52);
  let x = 190;
  for (const item of legendItems(input.locale, VIEW_MODES[input.mode].shadeNonWorkingDays)) {
    const textWidth = ctx.measureText(item.label).width;
    if (x + textWidth + 40 > width) break;
    drawLegendMark(ctx, item, x + 9, 52);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, x + 24, 52);
    x += textWidth + 44;
  }
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** The canvas renderer, loaded with the first PNG: the map on screen draws without it. */
let canvasRenderer: Promise<unknown> | null = null;

export async function renderPng(request: PngRequest): Promise<PngResult> {
  await (canvasRenderer ??= import('./echarts-canvas.ts'));
  const { input, width } = request;
  const whole = battlemapOption({ ...input, layout: 'all', height: 0, rowStart: 0 });
  const cssHeight = PNG_HEADER_PX + whole.height;
  const scale = Math.min(1, MAX_CANVAS_PX / cssHeight);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(cssHeight * scale);
  // Read back once (toBlob): a canvas kept in memory encodes far faster than a GPU one.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.save();
  ctx.scale(scale, scale);
  drawHeader(ctx, request, width);
  ctx.restore();

  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:100px;`;
  document.body.append(host);
  const instance = init(host, null, {
    renderer: 'canvas',
    width,
    height: 100,
    devicePixelRatio: 1,
  });
  try {
    const parts = slices(input.model.lanes, SLICE_LANES);
    let y = PNG_HEADER_PX;
    parts.forEach((lanes, i) => {
      const part = battlemapOption({
        ...input,
        model: { ...input.model, lanes },
        window: whole.window,
        layout: 'all',
        height: 0,
        rowStart: 0,
        slice: { axis: i === 0, foot: i === parts.length - 1 },
      });
      instance.resize({ width, height: part.height });
      // setOption paints synchronously: the chart's own canvas holds the slice now.
      instance.setOption(part.option, { notMerge: true });
      const drawn = host.querySelector('canvas');
      if (!drawn) throw new Error('the chart drew no canvas');
      ctx.drawImage(drawn, 0, Math.round(y * scale), canvas.width, Math.round(part.height * scale));
      y += part.height;
    });
  } finally {
    instance.dispose();
    host.remove();
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  return { blob, width: canvas.width, height: canvas.height };
}
