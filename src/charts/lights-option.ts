// How many projects stand at red, yellow and green on the as-of date: each project's light as the
// core decides it (core/status.ts), overdue problems counted in (core/problems.ts).
import type { EChartsOption } from 'echarts';
import type { CalendarDate } from '../core/calendar-date.ts';
import { projectStatuses } from '../core/problems.ts';
import { countLights, type Light } from '../core/status.ts';
import type { CampaignDoc } from '../core/types.ts';
import type { Locale } from '../core/vocabulary.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import { CHART_WORDS } from './chart-words.ts';
import { DASHBOARD_WORDS, percentText } from './dashboard-words.ts';
import { AXIS_LINE, SPLIT_LINE, axisLabel, baseOption } from './dashboard-style.ts';
import { html } from './escape.ts';
import { INK, LIGHT_COLORS } from './palette.ts';

/** Worst first: what a meeting looks at first. */
export const LIGHT_ORDER: readonly Light[] = ['red', 'yellow', 'green'];

export interface LightsData {
  asOf: CalendarDate;
  counts: Record<Light, number>;
  total: number;
}

export function lightsData(
  doc: CampaignDoc,
  asOf: CalendarDate,
  calendar: WorkCalendar,
): LightsData {
  const statuses = projectStatuses(doc, asOf, calendar);
  const counts = countLights([...statuses.values()].map((s) => s.light));
  return { asOf, counts, total: doc.projects.length };
}

const share = (n: number, total: number): string =>
  total > 0 ? percentText((n / total) * 100) : percentText(0);

export function lightsOption(data: LightsData, locale: Locale): EChartsOption {
  const words = DASHBOARD_WORDS[locale];
  const names = CHART_WORDS[locale].light;
  const base = baseOption();
  return {
    ...base,
    legend: { show: false },
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'item',
      formatter: (params: unknown) => {
        const i = (params as { dataIndex?: number }).dataIndex ?? 0;
        const light = LIGHT_ORDER[i];
        if (!light) return '';
        const n = data.counts[light];
        return html`<b>${names[light]}</b><br />${words.count(n)} · ${share(n, data.total)}`.markup;
      },
    },
    xAxis: {
      type: 'category',
      data: LIGHT_ORDER.map((l) => names[l]),
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisTick: { show: false },
      axisLabel: { ...axisLabel, color: INK, fontSize: 12, interval: 0 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel,
      splitLine: { lineStyle: { color: SPLIT_LINE } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        data: LIGHT_ORDER.map((light) => ({
          value: data.counts[light],
          itemStyle: { color: LIGHT_COLORS[light] },
        })),
        label: {
          show: true,
          position: 'top',
          color: INK,
          formatter: (p: unknown) => {
            const n = Number((p as { value?: unknown }).value ?? 0);
            return words.countShare(n, share(n, data.total));
          },
        },
      },
    ],
  };
}
