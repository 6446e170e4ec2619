// The battle map's legend as data: drawn by the view in HTML, and on the PNG and printed pages.
import { MILESTONE_WORDS, type Locale } from '../core/vocabulary.ts';
import { CHART_WORDS } from './chart-words.ts';
import { DIAMOND_MILESTONES } from './lane-shapes.ts';
import {
  AS_OF_LINE,
  LIGHT_COLORS,
  MILESTONE_COLORS,
  NON_WORKING_DAY,
  PLAN_FILL,
  PLAN_STROKE,
} from './palette.ts';

export type LegendMark = 'bar' | 'outline' | 'diamond' | 'hollow' | 'line' | 'band';

export interface LegendItem {
  mark: LegendMark;
  color: string;
  label: string;
}

export function legendItems(locale: Locale, shadeNonWorkingDays: boolean): LegendItem[] {
  const words = CHART_WORDS[locale];
  return [
    { mark: 'outline', color: PLAN_STROKE, label: words.legend.plan },
    ...(['green', 'yellow', 'red'] as const).map((light) => ({
      mark: 'bar' as const,
      color: LIGHT_COLORS[light],
      label: words.light[light],
    })),
    ...DIAMOND_MILESTONES.map((m) => ({
      mark: 'diamond' as const,
      color: MILESTONE_COLORS[m],
      label: MILESTONE_WORDS[m][locale],
    })),
    { mark: 'hollow', color: PLAN_STROKE, label: words.legend.milestonePlan },
    { mark: 'diamond', color: PLAN_STROKE, label: words.legend.milestoneDone },
    { mark: 'line', color: AS_OF_LINE, label: words.legend.asOf },
    ...(shadeNonWorkingDays
      ? [{ mark: 'band' as const, color: NON_WORKING_DAY, label: words.legend.nonWorking }]
      : []),
  ];
}

/** Draws one legend mark into a 2D context, centred on (x, y): for the PNG's header. */
export function drawLegendMark(
  ctx: CanvasRenderingContext2D,
  item: LegendItem,
  x: number,
  y: number,
): void {
  ctx.save();
  ctx.lineWidth = 1.5;
  switch (item.mark) {
    case 'bar':
      ctx.fillStyle = item.color;
      ctx.fillRect(x - 9, y - 4, 18, 8);
      break;
    case 'outline':
      ctx.fillStyle = PLAN_FILL;
      ctx.strokeStyle = item.color;
      ctx.fillRect(x - 9, y - 6, 18, 12);
      ctx.strokeRect(x - 9, y - 6, 18, 12);
      break;
    case 'diamond':
    case 'hollow':
      ctx.beginPath();
      ctx.moveTo(x, y - 6);
      ctx.lineTo(x + 6, y);
      ctx.lineTo(x, y + 6);
      ctx.lineTo(x - 6, y);
      ctx.closePath();
      ctx.fillStyle = item.mark === 'hollow' ? '#fff' : item.color;
      ctx.strokeStyle = item.color;
      ctx.fill();
      ctx.stroke();
      break;
    case 'line':
      ctx.strokeStyle = item.color;
      ctx.beginPath();
      ctx.moveTo(x, y - 8);
      ctx.lineTo(x, y + 8);
      ctx.stroke();
      break;
    case 'band':
      ctx.fillStyle = item.color;
      ctx.fillRect(x - 9, y - 8, 18, 16);
      break;
  }
  ctx.restore();
}
