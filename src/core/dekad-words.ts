// Names of 旬 as planners write them: 2018年2月上旬, or "Early Feb 2018" in English.
import type { Dekad, DekadPart } from './dekad.ts';
import type { Locale, Words } from './vocabulary.ts';

export const DEKAD_PART_WORDS: Record<DekadPart, Words> = {
  1: { 'zh-CN': '上旬', en: 'Early' },
  2: { 'zh-CN': '中旬', en: 'Mid' },
  3: { 'zh-CN': '下旬', en: 'Late' },
};

/** Month abbreviations for English labels of 旬, months and periods. */
export const MONTHS_EN = [
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
] as const;

export function dekadLabel(d: Dekad, locale: Locale): string {
  const part = DEKAD_PART_WORDS[d.part][locale];
  return locale === 'zh-CN'
    ? `${d.year}年${d.month}月${part}`
    : `${part} ${MONTHS_EN[d.month - 1] ?? ''} ${d.year}`;
}
