// How a period reads in each language: 2月上旬 / Feb (1–10), 2月 / Feb, 一季度 / Q1, 2018年 / 2018.
import { partsOf } from '../core/calendar-date.ts';
import type { PeriodSlot } from '../core/period-rollup.ts';
import type { Locale } from '../core/vocabulary.ts';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const PARTS_ZH = ['上旬', '中旬', '下旬'];
const QUARTERS_ZH = ['一', '二', '三', '四'];

export function periodLabel(slot: PeriodSlot, locale: Locale): string {
  const { year, month, day } = partsOf(slot.start);
  const zh = locale === 'zh-CN';
  switch (slot.granularity) {
    case 'dekad': {
      const part = Math.floor((day - 1) / 10);
      return zh
        ? `${month}月${PARTS_ZH[part]}`
        : `${MONTHS_EN[month - 1]} ${slot.start.slice(8)}–${slot.end.slice(8)}`;
    }
    case 'month':
      return zh ? `${month}月` : (MONTHS_EN[month - 1] ?? '');
    case 'quarter':
      return zh ? `${QUARTERS_ZH[slot.index]}季度` : `Q${slot.index + 1}`;
    case 'year':
      return zh ? `${year}年` : String(year);
  }
}
