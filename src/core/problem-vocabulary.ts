// The words of problems and close-out (问题销号), in Chinese and English: shown in the sheet,
// written to files and read back from what planners type or paste.
import type { EscalationLevel, Problem, ProblemScope } from './types.ts';
import type { Words } from './vocabulary.ts';

export const SCOPE_WORDS: Record<ProblemScope, Words> = {
  own: { 'zh-CN': '本级权限', en: 'Own authority' },
  external: { 'zh-CN': '外部权限', en: 'External authority' },
};

/** 四级挂钩: project, town or unit, linked leader, city. */
export const ESCALATION_WORDS: Record<EscalationLevel, Words> = {
  project: { 'zh-CN': '项目业主', en: 'Project' },
  town: { 'zh-CN': '镇街/部门', en: 'Town or unit' },
  leader: { 'zh-CN': '挂钩领导', en: 'Linked leader' },
  city: { 'zh-CN': '市委市政府', en: 'City' },
};

export const PROBLEM_STATUS_WORDS: Record<Problem['status'], Words> = {
  open: { 'zh-CN': '未销号', en: 'Open' },
  resolved: { 'zh-CN': '已销号', en: 'Closed' },
};
