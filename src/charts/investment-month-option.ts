// Investment done month by month (from the dated entries, to the as-of date) beside what the plan
// asked of each month: the difference of the planned cumulative figure between month ends.
import type { EChartsOption } from 'echarts';
import type { CalendarDate } from '../core/calendar-date.ts';
import { targetTable, WHOLE_CAMPAIGN } from '../core/targets.ts';
import type { CampaignDoc } from '../core/types.ts';
import type { Locale } from '../core/vocabulary.ts';
import { DASHBOARD_WORDS, moneyText, percentText } from './dashboard-words.ts';
import { AXIS_LINE, SERIES_COLORS, SPLIT_LINE, axisLabel, baseOption } from './dashboard-style.ts';
import { html } from './escape.ts';
import { axisAmount, moneyAxis } from './money-axis.ts';
import { MUTED } from './palette.ts';

export interface InvestmentMonthData {
  year: number;
  asOf: CalendarDate;
  /** Months 1–12. */
  months: number[];
  /** 万元 done within each month, to the as-of date; null for months not yet begun. */
  done: (number | null)[];
  /** 万元 the plan asks of each month; null without a plan. */
  planned: (number | null)[];
  /** 万元 done in the year to the as-of date. */
  total: number;
}

export function investmentMonthData(doc: CampaignDoc, asOf: CalendarDate): InvestmentMonthData {
  const table = targetTable(doc, WHOLE_CAMPAIGN, 'investment', 'month', asOf);
  return {
    year: doc.campaign.year,
    asOf,
    months: table.rows.map((_, i) => i + 1),
    done: table.rows.map((r) => r.amount),
    planned: table.rows.map((r, i) => {
      const before = i === 0 ? 0 : table.rows[i - 1]?.plan;
      return r.plan === null || before === null || before === undefined ? null : r.plan - before;
    }),
    total: table.rows.reduce((s, r) => s + (r.amount ?? 0), 0),
  };
}

export function investmentMonthOption(data: InvestmentMonthData, locale: Locale): EChartsOption {
  const words = DASHBOARD_WORDS[locale];
  const values = [...data.done, ...data.planned].filter((v): v is number => v !== null);
  const axis = moneyAxis(Math.max(0, ...values));
  const labels = data.months.map((m) => words.month(m));
  const base = baseOption();
  return {
    ...base,
    grid: { left: 8, right: 12, top: 40, bottom: 8 },
    tooltip: {
      ...(base.tooltip as object),
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number };
        const i = first?.dataIndex ?? 0;
        const done = data.done[i] ?? null;
        const planned = data.planned[i] ?? null;
        const share =
          done !== null && planned !== null && planned > 0
            ? html` <span style="color:${MUTED}">(${percentText((done / planned) * 100)})</span>`
            : '';
        return html`<b>${data.year} ${labels[i]}</b><br />
          ${words.plannedMonth}${words.colon}${planned === null ? '—' : moneyText(planned)}<br />
          ${words.doneMonth}${words.colon}${done === null ? '—' : moneyText(done)}${share}`.markup;
      },
    },
    legend: { ...(base.legend as object), data: [words.plannedMonth, words.doneMonth] },
    xAxis: {
      type: 'category',
      data: labels,
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisTick: { alignWithLabel: true },
      axisLabel: { ...axisLabel, interval: 0 },
    },
    yAxis: {
      type: 'value',
      name: axis.unit,
      nameTextStyle: { color: MUTED, align: 'right' },
      axisLabel: { ...axisLabel, formatter: (v: number) => axisAmount(v, axis) },
      splitLine: { lineStyle: { color: SPLIT_LINE } },
    },
    series: [
      {
        name: words.plannedMonth,
        type: 'bar',
        data: data.planned,
        barGap: '10%',
        barMaxWidth: 16,
        itemStyle: { color: SERIES_COLORS.planBar },
      },
      {
        name: words.doneMonth,
        type: 'bar',
        data: data.done,
        barMaxWidth: 16,
        itemStyle: { color: SERIES_COLORS.doneBar },
      },
    ],
  };
}
