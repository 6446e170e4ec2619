// Words of the 旬报 that are written to files as well as shown: the report's sections, the status
// lights and the scope of a problem.
import type { Light } from './status.ts';
import type { ProblemScope } from './types.ts';
import type { Words } from './vocabulary.ts';

export const LIGHT_WORDS: Record<Light, Words> = {
  green: { 'zh-CN': '绿', en: 'Green' },
  yellow: { 'zh-CN': '黄', en: 'Yellow' },
  red: { 'zh-CN': '红', en: 'Red' },
};

export const PROBLEM_SCOPE_WORDS: Record<ProblemScope, Words> = {
  own: { 'zh-CN': '本级权限', en: 'Own authority' },
  external: { 'zh-CN': '外部权限', en: 'External authority' },
};

export const REPORT_SECTION_WORDS = {
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  investment: { 'zh-CN': '完成投资', en: 'Investment done' },
  problemRaised: { 'zh-CN': '问题提出', en: 'Problem raised' },
  problemClosed: { 'zh-CN': '问题销号', en: 'Problem closed' },
  colour: { 'zh-CN': '状态变化', en: 'Status change' },
} as const satisfies Record<string, Words>;
