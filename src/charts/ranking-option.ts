// 比学赶超: towns (or units) ranked by their mean completion against their targets
// (core/ranking.ts), beside the time progress each should have kept up with.
import type { EChartsOption } from 'echarts';
import type { CalendarDate } from '../core/calendar-date.ts';
import { rankScopes } from '../core/ranking.ts';
import { campaignFigures } from '../core/rollups.ts';
import type { CampaignDoc, ScopeKind } from '../core/types.ts';
import type { Locale } from '../core/vocabulary.ts';
import { DASHBOARD_WORDS, percentText } from './dashboard-words.ts';
import { AXIS_LINE, SPLIT_LINE, axisLabel, baseOption } from './dashboard-style.ts';
import { html } from './escape.ts';
import { AS_OF_LINE, INK, LIGHT_COLORS, MUTED } from './palette.ts';

export interface RankingBar {
  name: string;
  score: number;
  rank: number;
  rankChange: number | null;
  projectCount: number;
}

export interface RankingData {
  kind: ScopeKind;
  asOf: CalendarDate;
  /** Ranked scopes, first place first. */
  bars: RankingBar[];
  /** Scopes without any target: not ranked, not drawn. */
  unranked: number;
  /** The campaign's time progress on the as-of date, in percent. */
  timeProgress: number;
}

export function rankingData(doc: CampaignDoc, kind: ScopeKind, asOf: CalendarDate): RankingData {
  const rows = rankScopes(doc, kind, asOf);
  const bars = rows.flatMap((r): RankingBar[] =>
    r.score === null || r.rank === null
      ? []
      : [
          {
            name: r.name,
            score: r.score,
            rank: r.rank,
            rankChange: r.rankChange,
            projectCount: r.projectCount,
          },
        ],
  );
  return {
    kind,
    asOf,
    bars,
    unranked: rows.length - bars.length,
    timeProgress: campaignFigures(doc, asOf).timeProgress,
  };
}

const ROW_PX = 24;
const FRAME_PX = 74;

/** The chart's height for its rows: every name stays readable. */
export function rankingHeight(data: RankingData): number {
  return Math.max(200, FRAME_PX + ROW_PX * data.bars.length);
}

/** Names longer than this are cut on the axis (the tooltip has them whole). */
const NAME_PX = 96;

const changeMark = (c: number | null): string =>
  c === null || c === 0 ? '' : c > 0 ? ` ↑${c}` : ` ↓${-c}`;

export function rankingOption(data: RankingData, locale: Locale): EChartsOption {
  const words = DASHBOARD_WORDS[locale];
  const base = baseOption();
  return {
    ...base,
    legend: { show: false },
    grid: { left: 8, right: 64, top: 28, bottom: 26 },
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'item',
      formatter: (params: unknown) => {
        const bar = data.bars[(params as { dataIndex?: number }).dataIndex ?? -1];
        if (!bar) return '';
        return html`<b>${bar.name}</b> · ${words.rank(bar.rank)}<br />
          ${words.score}${words.colon}${percentText(bar.score)}
          <span style="color:${MUTED}"
            >(${words.timeProgress} ${percentText(data.timeProgress)})</span
          ><br />
          ${words.change(bar.rankChange)} · ${words.count(bar.projectCount)}`.markup;
      },
    },
    xAxis: {
      type: 'value',
      position: 'top',
      axisLabel: { ...axisLabel, formatter: (v: number) => `${v}%` },
      splitLine: { lineStyle: { color: SPLIT_LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.bars.map((b) => b.name),
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisTick: { show: false },
      axisLabel: {
        ...axisLabel,
        color: INK,
        fontSize: 12,
        interval: 0,
        width: NAME_PX,
        overflow: 'truncate',
        formatter: (name: string, i: number) => `${data.bars[i]?.rank ?? ''}. ${name}`,
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: data.bars.map((b) => ({
          value: b.score,
          // As on the KPI cards: behind time progress is red, level with it or ahead is green.
          itemStyle: {
            color: b.score < data.timeProgress ? LIGHT_COLORS.red : LIGHT_COLORS.green,
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: INK,
          fontSize: 11,
          formatter: (p: unknown) => {
            const i = (p as { dataIndex?: number }).dataIndex ?? -1;
            const bar = data.bars[i];
            return bar ? `${percentText(bar.score)}${changeMark(bar.rankChange)}` : '';
          },
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: AS_OF_LINE, type: 'dashed', width: 1 },
          label: {
            position: 'end',
            color: AS_OF_LINE,
            formatter: `${words.timeProgress} ${percentText(data.timeProgress)}`,
          },
          data: [{ xAxis: data.timeProgress }],
        },
      },
    ],
  };
}
