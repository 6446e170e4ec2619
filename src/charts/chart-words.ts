// The words drawn inside the chart (axis labels, tooltips, group headers) in both languages. The
// chart builders are pure and run in tests, so their words live here beside them, not in the UI's
// message tables; domain words come from the core's vocabulary.
import { partsOf } from '../core/calendar-date.ts';
import { MONTHS_EN } from '../core/dekad-words.ts';
import type { Period } from '../core/period.ts';
import type { Light, StatusReason } from '../core/status.ts';
import { MILESTONE_WORDS, type Locale } from '../core/vocabulary.ts';

export interface ChartWords {
  dekadParts: readonly [string, string, string];
  month: (month: number) => string;
  monthOfYear: (year: number, month: number) => string;
  quarter: (q: number) => string;
  year: (year: number) => string;
  asOf: (date: string) => string;
  light: Record<Light, string>;
  blank: string;
  noBattle: string;
  projects: (count: number) => string;
  plan: string;
  actual: string;
  span: (from: string, to: string) => string;
  running: (from: string, asOf: string) => string;
  notStarted: string;
  investmentDone: (percent: string, time: string) => string;
  workstreamDone: (percent: string) => string;
  owner: string;
  town: string;
  unit: string;
  leader: string;
  tier: string;
  battles: string;
  milestones: string;
  reason: (r: StatusReason, locale: Locale) => string;
  hint: string;
  legend: {
    plan: string;
    actual: string;
    milestonePlan: string;
    milestoneDone: string;
    asOf: string;
    nonWorking: string;
  };
  title: (campaign: string) => string;
}

const QUARTERS_ZH = ['一季度', '二季度', '三季度', '四季度'] as const;

const pct = (x: number): string => x.toFixed(1);

export const CHART_WORDS: Record<Locale, ChartWords> = {
  'zh-CN': {
    dekadParts: ['上旬', '中旬', '下旬'],
    month: (m) => `${m}月`,
    monthOfYear: (y, m) => `${y}年${m}月`,
    quarter: (q) => QUARTERS_ZH[q - 1] ?? `Q${q}`,
    year: (y) => `${y}年`,
    asOf: (d) => `截至 ${d}`,
    light: { green: '绿灯·正常', yellow: '黄灯·预警', red: '红灯·滞后' },
    blank: '（未填写）',
    noBattle: '（未归入攻坚战）',
    projects: (n) => `${n} 个项目`,
    plan: '计划',
    actual: '实际',
    span: (a, b) => `${a} 至 ${b}`,
    running: (a, d) => `${a} 起，进行中（截至 ${d}）`,
    notStarted: '尚未开始',
    investmentDone: (p, t) => `年度投资完成 ${p}%（时序进度 ${t}%）`,
    workstreamDone: (p) => `完成 ${p}%`,
    owner: '负责',
    town: '镇街',
    unit: '责任单位',
    leader: '挂钩领导',
    tier: '级别',
    battles: '五大攻坚战',
    milestones: '节点',
    reason: (r, locale) => {
      switch (r.kind) {
        case 'milestoneOverdue':
          return `计划${MILESTONE_WORDS[r.milestone][locale]} ${r.plan} 已过，尚未完成`;
        case 'milestoneDueSoon':
          return `计划${MILESTONE_WORDS[r.milestone][locale]} ${r.plan} 临近`;
        case 'investmentBehind':
          return `年度投资完成 ${pct(r.donePercent)}% 落后于时序进度 ${pct(r.timePercent)}%`;
        case 'problemOverdue':
          return `${r.count} 个问题逾期未销号`;
      }
    },
    hint: '点击打开项目；拖动计划条或其两端可调整计划日期',
    legend: {
      plan: '计划工期（外框）',
      actual: '实际进度（按状态着色）',
      milestonePlan: '计划节点',
      milestoneDone: '已完成节点',
      asOf: '截至日期',
      nonWorking: '周末及节假日',
    },
    title: (c) => `${c} · 挂图作战`,
  },
  en: {
    dekadParts: ['1–10', '11–20', '21–'],
    month: (m) => MONTHS_EN[m - 1] ?? String(m),
    monthOfYear: (y, m) => `${MONTHS_EN[m - 1] ?? m} ${y}`,
    quarter: (q) => `Q${q}`,
    year: (y) => String(y),
    asOf: (d) => `As of ${d}`,
    light: { green: 'Green · on plan', yellow: 'Yellow · at risk', red: 'Red · behind' },
    blank: '(blank)',
    noBattle: '(no battle)',
    projects: (n) => `${n} project${n === 1 ? '' : 's'}`,
    plan: 'Plan',
    actual: 'Actual',
    span: (a, b) => `${a} to ${b}`,
    running: (a, d) => `from ${a}, in progress (as of ${d})`,
    notStarted: 'not started',
    investmentDone: (p, t) => `Investment done this year ${p}% (time progress ${t}%)`,
    workstreamDone: (p) => `${p}% done`,
    owner: 'Owner',
    town: 'Town',
    unit: 'Unit',
    leader: 'Leader',
    tier: 'Tier',
    battles: 'Battles',
    milestones: 'Milestones',
    reason: (r, locale) => {
      switch (r.kind) {
        case 'milestoneOverdue':
          return `${MILESTONE_WORDS[r.milestone][locale]} was planned for ${r.plan} and is not done`;
        case 'milestoneDueSoon':
          return `${MILESTONE_WORDS[r.milestone][locale]} is due on ${r.plan}`;
        case 'investmentBehind':
          return `investment done ${pct(r.donePercent)}% trails time progress ${pct(r.timePercent)}%`;
        case 'problemOverdue':
          return `${r.count} problem${r.count === 1 ? '' : 's'} overdue`;
      }
    },
    hint: 'Click to open the project; drag the planned bar or its ends to change planned dates',
    legend: {
      plan: 'Planned (outline)',
      actual: 'Actual (status colour)',
      milestonePlan: 'Planned milestone',
      milestoneDone: 'Milestone done',
      asOf: 'As-of date',
      nonWorking: 'Weekends and holidays',
    },
    title: (c) => `${c} · Battle map`,
  },
};

/** The label of a period on the axis: its own name (ticks) or with its year (header). */
export function periodLabel(period: Period, words: ChartWords, header: boolean): string {
  const { year, month, day } = partsOf(period.start);
  switch (period.kind) {
    case 'dekad':
      return words.dekadParts[day <= 10 ? 0 : day <= 20 ? 1 : 2];
    case 'month':
      return header ? words.monthOfYear(year, month) : words.month(month);
    case 'quarter':
      return words.quarter(Math.ceil(month / 3));
    case 'year':
      return words.year(year);
  }
}
