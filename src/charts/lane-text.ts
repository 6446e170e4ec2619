// What each row of the battle map is called, in the chart's language. Plain text: the canvas draws
// it as text, and the tooltip escapes it.
import { BATTLE_WORDS, TIER_WORDS, WORKSTREAM_WORDS, type Locale } from '../core/vocabulary.ts';
import type { BattleKey, Tier } from '../core/types.ts';
import type { GroupSummary, Lane } from './battlemap-model.ts';
import { CHART_WORDS } from './chart-words.ts';

export function groupName(group: GroupSummary, locale: Locale): string {
  const words = CHART_WORDS[locale];
  if (group.value === '') return group.groupBy === 'battle' ? words.noBattle : words.blank;
  if (group.groupBy === 'tier') return TIER_WORDS[group.value as Tier][locale];
  if (group.groupBy === 'battle') return BATTLE_WORDS[group.value as BattleKey][locale];
  return group.value;
}

/** Collapsed groups point right, open ones down, as in a file tree. */
export function laneLabel(lane: Lane, locale: Locale): string {
  switch (lane.kind) {
    case 'group':
      return `${lane.group.collapsed ? '▸' : '▾'} ${groupName(lane.group, locale)}（${lane.group.count}）`;
    case 'project':
      return lane.row.project.name.trim() || lane.row.project.code;
    case 'workstream':
      return `\u3000· ${WORKSTREAM_WORDS[lane.workstream][locale]}`;
  }
}
