// How a period reads in each language: 2月上旬 / Feb (1–10), 2月 / Feb, 一季度 / Q1, 2018年 / 2018.
import { partsOf } from '../core/calendar-date.ts';
import { DEKAD_PART_WORDS, MONTHS_EN } from '../core/dekad-words.ts';
import { dekadOf } from '../core/dekad.ts';
import type { PeriodSlot } from '../core/period-rollup.ts';
import type { Locale } from '../core/vocabulary.ts';

const QUARTERS_ZH = ['一', '二', '三', '四'];

export function periodLabel(slot: PeriodSlot, locale: Locale): string {
  const { year, month } = partsOf(slot.start);
  const zh = locale === 'zh-CN';
  switch (slot.granularity) {
    case 'dekad': {
      const { part } = dekadOf(slot.start);
      return zh
        ? `${month}月${DEKAD_PART_WORDS[part]['zh-CN']}`
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
