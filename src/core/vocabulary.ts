// The domain's words in Chinese and English. They are data: shown in the UI, written to files and
// read back from what planners type or paste, so they live beside the keys they name.
import type { BatchKey, BattleKey, MilestoneKey, Stage, Tier, WorkstreamKey } from './types.ts';

export type Locale = 'zh-CN' | 'en';
export type Words = Readonly<Record<Locale, string>>;

export const TIER_WORDS: Record<Tier, Words> = {
  key: { 'zh-CN': '本级重点', en: 'Key' },
  major: { 'zh-CN': '重大', en: 'Major' },
};

export const STAGE_WORDS: Record<Stage, Words> = {
  planning: { 'zh-CN': '策划', en: 'Planning' },
  preparatory: { 'zh-CN': '前期', en: 'Preparatory' },
  construction: { 'zh-CN': '在建', en: 'Under construction' },
  completed: { 'zh-CN': '建成', en: 'Completed' },
  operating: { 'zh-CN': '投产', en: 'In operation' },
};

export const BATTLE_WORDS: Record<BattleKey, Words> = {
  investment: { 'zh-CN': '固投完成', en: 'Fixed-asset investment' },
  clearance: { 'zh-CN': '征迁清障', en: 'Land clearance' },
  progress: { 'zh-CN': '投资推进', en: 'Investment progress' },
  preparatory: { 'zh-CN': '前期突破', en: 'Preparatory work' },
  attraction: { 'zh-CN': '产业招商', en: 'Investment attraction' },
};

export const MILESTONE_WORDS: Record<MilestoneKey, Words> = {
  planned: { 'zh-CN': '策划', en: 'Planned' },
  signed: { 'zh-CN': '签约', en: 'Signed' },
  approved: { 'zh-CN': '审批完成', en: 'Approved' },
  landCleared: { 'zh-CN': '征迁完成', en: 'Land cleared' },
  started: { 'zh-CN': '开工', en: 'Started' },
  completed: { 'zh-CN': '竣工', en: 'Completed' },
  operating: { 'zh-CN': '投产', en: 'In operation' },
  upgraded: { 'zh-CN': '技改增资', en: 'Tech upgrade' },
};

export const BATCH_WORDS: Record<BatchKey, Words> = {
  planned: { 'zh-CN': '策划生成', en: 'Planned' },
  signed: { 'zh-CN': '签约', en: 'Signed' },
  started: { 'zh-CN': '落地开工', en: 'Started' },
  completed: { 'zh-CN': '建成(部分建成)', en: 'Completed' },
  upgraded: { 'zh-CN': '技改增资', en: 'Tech upgrades' },
};

export const WORKSTREAM_WORDS: Record<WorkstreamKey, Words> = {
  signing: { 'zh-CN': '招商签约', en: 'Signing' },
  approval: { 'zh-CN': '报件审批', en: 'Approvals' },
  land: { 'zh-CN': '征地拆迁', en: 'Land & demolition' },
  infrastructure: { 'zh-CN': '配套建设', en: 'Supporting works' },
  funding: { 'zh-CN': '资金保障', en: 'Funding' },
};

/** The key whose word (in any locale) or key equals `text`, or null. */
export function keyForWord<K extends string>(table: Record<K, Words>, text: string): K | null {
  const t = text.trim();
  // A key itself (what a parsed value holds) is found without comparing words.
  if (Object.hasOwn(table, t)) return t as K;
  for (const key of Object.keys(table) as K[]) {
    const words = table[key];
    if (t === words['zh-CN'] || t.toLowerCase() === words.en.toLowerCase()) return key;
  }
  return null;
}
