// 以旬保月: the planned cumulative figure against the actual one, 旬 by 旬 through the year, with
// the time-progress line (the annual target spread over the year's days) and the as-of date.
import type { EChartsOption } from 'echarts';
import { makeDate, type CalendarDate } from '../core/calendar-date.ts';
import { dekadIndex, dekadOf } from '../core/dekad.ts';
import { DEKADS_PER_YEAR } from '../core/period-rollup.ts';
import { periodOf, timeProgress } from '../core/period.ts';
import { round1 } from '../core/rollups.ts';
import { planAt, targetTable, WHOLE_CAMPAIGN } from '../core/targets.ts';
import type { CampaignDoc, FigureKey } from '../core/types.ts';
import type { Locale } from '../core/vocabulary.ts';
import { DASHBOARD_WORDS, moneyText, percentText } from './dashboard-words.ts';
import { AXIS_LINE, SERIES_COLORS, SPLIT_LINE, axisLabel, baseOption } from './dashboard-style.ts';
import { html } from './escape.ts';
import { axisAmount, moneyAxis } from './money-axis.ts';
import { AS_OF_LINE, MUTED } from './palette.ts';

export interface CumulativeData {
  figure: FigureKey;
  year: number;
  asOf: CalendarDate;
  annual: number | null;
  /** The year's 36 旬, in order. */
  dekads: { month: number; part: 1 | 2 | 3; start: CalendarDate; end: CalendarDate }[];
  /** Planned cumulative at each 旬's end (set checkpoints, else interpolated from the target). */
  plan: (number | null)[];
  /** Actual cumulative at each 旬's end, counted to the as-of date; null for 旬 not yet begun. */
  actual: (number | null)[];
  /** The annual target times the share of the year elapsed at each 旬's end; null without one. */
  timeLine: (number | null)[];
  /** Share of the year elapsed at each 旬's end, in percent. */
  timeProgress: number[];
  /** The 旬 holding the as-of date: -1 before the campaign year, 36 after it. */
  asOfIndex: number;
  actualAtAsOf: number;
  planAtAsOf: number | null;
  timeProgressAtAsOf: number;
}

export function cumulativeData(
  doc: CampaignDoc,
  figure: FigureKey,
  asOf: CalendarDate,
): CumulativeData {
  const { year } = doc.campaign;
  const table = targetTable(doc, WHOLE_CAMPAIGN, figure, 'dekad', asOf);
  const yearPeriod = periodOf('year', makeDate(year, 1, 1));
  const yearEnd = makeDate(year, 12, 31);
  const shares = table.rows.map((r) => timeProgress(yearPeriod, r.slot.end));
  const asOfIndex =
    asOf < yearPeriod.start ? -1 : asOf > yearEnd ? DEKADS_PER_YEAR : dekadIndex(dekadOf(asOf));
  const actual = table.rows.map((r) => r.actual);
  const set = doc.campaign.cumulativePlans[figure];
  return {
    figure,
    year,
    asOf,
    annual: table.annual,
    dekads: table.rows.map((r) => {
      const d = dekadOf(r.slot.start);
      return { month: d.month, part: d.part, start: r.slot.start, end: r.slot.end };
    }),
    plan: table.rows.map((r) => r.plan),
    actual,
    timeLine: shares.map((s) => (table.annual === null ? null : round1(table.annual * s))),
    timeProgress: shares.map((s) => round1(s * 100)),
    asOfIndex,
    actualAtAsOf: actual.filter((a): a is number => a !== null).at(-1) ?? 0,
    planAtAsOf: planAt(figure, table.annual, set, year, asOf < yearEnd ? asOf : yearEnd),
    timeProgressAtAsOf: round1(timeProgress(yearPeriod, asOf) * 100),
  };
}

export function cumulativeOption(data: CumulativeData, locale: Locale): EChartsOption {
  const words = DASHBOARD_WORDS[locale];
  const isMoney = data.figure === 'investment';
  const values = [...data.plan, ...data.actual, ...data.timeLine].filter(
    (v): v is number => v !== null,
  );
  const axis = moneyAxis(Math.max(0, ...values));
  const amount = (v: number): string => (isMoney ? moneyText(v) : words.count(v));
  const labels = data.dekads.map((d) => words.dekad(d.month, d.part));
  const asOfLabel = labels[data.asOfIndex];
  const base = baseOption();

  return {
    ...base,
    grid: { left: 8, right: 20, top: 40, bottom: 8 },
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number };
        const i = first?.dataIndex ?? 0;
        const d = data.dekads[i];
        if (!d) return '';
        const plan = data.plan[i] ?? null;
        const actual = data.actual[i] ?? null;
        const share =
          actual !== null && data.annual !== null && data.annual > 0
            ? percentText((actual / data.annual) * 100)
            : null;
        return html`<b>${labels[i]}</b> <span style="color:${MUTED}">${d.start} – ${d.end}</span
          ><br />
          ${words.plan}${words.colon}${plan === null ? '—' : amount(plan)}<br />
          ${words.actual}${words.colon}${actual === null ? '—' : amount(actual)}${
            share === null
              ? ''
              : html` <span style="color:${MUTED}">(${words.ofAnnual(share)})</span>`
          }<br />
          ${words.timeProgress}${words.colon}${percentText(data.timeProgress[i] ?? 0)}`.markup;
      },
    },
    legend: { ...(base.legend as object), data: [words.plan, words.actual, words.timeLine] },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: labels,
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisTick: { interval: (i: number) => i % 3 === 0 },
      axisLabel: {
        ...axisLabel,
        interval: 0,
        formatter: (_: string, i: number) => {
          const d = data.dekads[i];
          return d && d.part === 1 ? words.month(d.month) : '';
        },
      },
    },
    yAxis: {
      type: 'value',
      name: isMoney ? axis.unit : words.projects,
      nameTextStyle: { color: MUTED, align: 'right' },
      minInterval: isMoney ? 0 : 1,
      axisLabel: {
        ...axisLabel,
        formatter: (v: number) => (isMoney ? axisAmount(v, axis) : String(v)),
      },
      splitLine: { lineStyle: { color: SPLIT_LINE } },
    },
    series: [
      {
        name: words.plan,
        type: 'line',
        data: data.plan,
        symbol: 'none',
        lineStyle: { color: SERIES_COLORS.plan, type: 'dashed', width: 2 },
        itemStyle: { color: SERIES_COLORS.plan },
      },
      {
        name: words.actual,
        type: 'line',
        data: data.actual,
        symbol: 'circle',
        symbolSize: 5,
        connectNulls: false,
        lineStyle: { color: SERIES_COLORS.actual, width: 2.5 },
        itemStyle: { color: SERIES_COLORS.actual },
        areaStyle: { color: 'rgba(185, 28, 28, 0.08)' },
        markLine:
          asOfLabel === undefined
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: AS_OF_LINE, type: 'solid', width: 1 },
                label: {
                  position: 'insideEndTop',
                  color: AS_OF_LINE,
                  // Short: it runs along the line; time progress is in the tooltip and the header.
                  formatter: words.asOf(data.asOf),
                },
                data: [{ xAxis: asOfLabel }],
              },
      },
      {
        name: words.timeLine,
        type: 'line',
        data: data.timeLine,
        symbol: 'none',
        lineStyle: { color: SERIES_COLORS.timeLine, type: 'dotted', width: 1.5 },
        itemStyle: { color: SERIES_COLORS.timeLine },
      },
    ],
  };
}
