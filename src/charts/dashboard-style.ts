// What the dashboard's charts share: the app's font, colours for plan, actual and time progress
// (the status lights keep their own, palette.ts), and the frame every option starts from.
import type { EChartsOption } from 'echarts';
import { INK, MUTED } from './palette.ts';

export const CHART_FONT =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";

export const SERIES_COLORS = {
  plan: '#64748b',
  actual: '#b91c1c',
  timeLine: '#94a3b8',
  planBar: '#cbd5e1',
  doneBar: '#1d4ed8',
  score: '#1d4ed8',
} as const;

export const AXIS_LINE = '#cbd5e1';
export const SPLIT_LINE = '#eef2f7';

/** The parts every dashboard chart has: font, no entry animation (prints and PNGs are at once). */
export function baseOption(): EChartsOption {
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, color: INK },
    tooltip: { trigger: 'axis', confine: true, transitionDuration: 0 },
    legend: { top: 0, right: 4, textStyle: { color: INK }, itemWidth: 18, itemHeight: 10 },
  };
}

export const axisLabel = { color: MUTED, fontSize: 11 } as const;
