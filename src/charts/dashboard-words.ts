// The words drawn inside the dashboard's charts (titles, series, axes, tooltips) in both languages.
// The builders are pure and run in tests, so their words live beside them, as the battle map's do.
import { formatMoney, groupDigits } from '../core/money.ts';
import type { Locale } from '../core/vocabulary.ts';
import { CHART_WORDS } from './chart-words.ts';

export interface DashboardWords {
  title: {
    cumulative: (figure: string) => string;
    investmentMonth: string;
    lights: string;
    ranking: (kind: 'town' | 'unit') => string;
  };
  /** Between a label and its value. */
  colon: string;
  plan: string;
  actual: string;
  timeLine: string;
  timeProgress: string;
  plannedMonth: string;
  doneMonth: string;
  score: string;
  asOf: (date: string) => string;
  /** The unit of a count axis ("projects"). */
  projects: string;
  count: (n: number) => string;
  /** A count with its share of all projects. */
  countShare: (n: number, share: string) => string;
  /** "of annual target" beside a percent. */
  ofAnnual: (percent: string) => string;
  rank: (rank: number) => string;
  change: (change: number | null) => string;
  unranked: (n: number) => string;
  noAnnual: string;
  dekad: (month: number, part: 1 | 2 | 3) => string;
  month: (month: number) => string;
}

const pct = (x: number): string => `${x.toFixed(1)}%`;

export const DASHBOARD_WORDS: Record<Locale, DashboardWords> = {
  'zh-CN': {
    title: {
      cumulative: (f) => `${f}：计划与实际累计（按旬）`,
      investmentMonth: '逐月完成投资',
      lights: '项目红黄绿灯',
      ranking: (k) => `比学赶超：${k === 'town' ? '镇街' : '责任单位'}综合完成率`,
    },
    colon: '：',
    plan: '计划累计',
    actual: '实际累计',
    timeLine: '时序进度线',
    timeProgress: '时序进度',
    plannedMonth: '当月计划',
    doneMonth: '当月完成',
    score: '综合完成率',
    asOf: (d) => `截至 ${d}`,
    projects: '个',
    count: (n) => `${groupDigits(n, 0)} 个`,
    countShare: (n, share) => `${groupDigits(n, 0)} 个（${share}）`,
    ofAnnual: (p) => `占年度目标 ${p}`,
    rank: (r) => `第 ${r} 名`,
    change: (c) => (c === null || c === 0 ? '较上旬持平' : c > 0 ? `较上旬↑${c}` : `较上旬↓${-c}`),
    unranked: (n) => `另有 ${n} 个未设目标，不参与排名`,
    noAnnual: '未设年度目标：没有计划累计和时序进度线（可在“设置”中设定）',
    dekad: (m, part) => `${m}月${CHART_WORDS['zh-CN'].dekadParts[part - 1]}`,
    month: (m) => `${m}月`,
  },
  en: {
    title: {
      cumulative: (f) => `${f}: planned and actual, cumulative by 旬`,
      investmentMonth: 'Investment done by month',
      lights: 'Project status lights',
      ranking: (k) => `Ranking of ${k === 'town' ? 'towns' : 'units'} by completion`,
    },
    colon: ': ',
    plan: 'Planned (cumulative)',
    actual: 'Actual (cumulative)',
    timeLine: 'Time progress line',
    timeProgress: 'Time progress',
    plannedMonth: 'Planned in month',
    doneMonth: 'Done in month',
    score: 'Completion',
    asOf: (d) => `As of ${d}`,
    projects: 'projects',
    count: (n) => `${groupDigits(n, 0)} project${n === 1 ? '' : 's'}`,
    countShare: (n, share) => `${groupDigits(n, 0)} (${share})`,
    ofAnnual: (p) => `${p} of annual target`,
    rank: (r) => `No. ${r}`,
    change: (c) =>
      c === null || c === 0
        ? 'same as last 旬'
        : c > 0
          ? `up ${c} since last 旬`
          : `down ${-c} since last 旬`,
    unranked: (n) => `${n} more without targets are not ranked`,
    noAnnual: 'No annual target: no planned line and no time progress line (set one in Settings)',
    dekad: (m, part) => `${CHART_WORDS.en.month(m)} ${CHART_WORDS.en.dekadParts[part - 1]}`,
    month: (m) => CHART_WORDS.en.month(m),
  },
};

/** An amount kept in 万元, as text: 亿元 once it reaches one 亿 (core/money.ts decides). */
export function moneyText(wan: number): string {
  const m = formatMoney(wan);
  return `${m.number} ${m.unit}`;
}

export { pct as percentText };
