// The ledger's fields as data: how each is read, parsed from text and written. The grid's columns,
// the file imports and the commands all go through this one table.
import { isCalendarDate, type CalendarDate } from './calendar-date.ts';
import { parseDate, parseMoney, type ParseFailure } from './parse.ts';
import {
  BATTLES,
  MILESTONES,
  type BattleKey,
  type CampaignLists,
  type MilestoneKey,
  type Project,
} from './types.ts';
import { BATTLE_WORDS, STAGE_WORDS, TIER_WORDS, keyForWord, type Words } from './vocabulary.ts';

export type FieldValue = string | number | null | readonly string[];

export type FieldKind = 'code' | 'text' | 'date' | 'money' | 'enum' | 'choice' | 'tags';

export type FieldFailure = ParseFailure | 'empty' | 'unknownChoice';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  /** For `enum` and `tags`: the allowed keys and their words. */
  words?: Record<string, Words>;
  /** For `choice`: the campaign list that offers values. */
  list?: keyof CampaignLists;
  get(p: Project): FieldValue;
  set(p: Project, value: FieldValue): Project;
}

const text = (
  key: 'name' | 'industry' | 'town' | 'unit' | 'leader' | 'notes' | 'nextStep',
  kind: FieldKind,
  list?: keyof CampaignLists,
): FieldSpec => ({
  key,
  kind,
  ...(list ? { list } : {}),
  get: (p) => p[key],
  set: (p, v) => ({ ...p, [key]: String(v ?? '') }),
});

const money = (key: 'totalInvestment' | 'annualPlan'): FieldSpec => ({
  key,
  kind: 'money',
  get: (p) => p[key],
  set: (p, v) => ({ ...p, [key]: v as number | null }),
});

const milestone = (m: MilestoneKey, side: 'plan' | 'actual'): FieldSpec => ({
  key: `${m}.${side}`,
  kind: 'date',
  get: (p) => p.milestones[m][side],
  set: (p, v) => ({
    ...p,
    milestones: { ...p.milestones, [m]: { ...p.milestones[m], [side]: v as CalendarDate | null } },
  }),
});

export const PROJECT_FIELDS: readonly FieldSpec[] = [
  { key: 'code', kind: 'code', get: (p) => p.code, set: (p, v) => ({ ...p, code: String(v) }) },
  text('name', 'text'),
  {
    key: 'tier',
    kind: 'enum',
    words: TIER_WORDS,
    get: (p) => p.tier,
    set: (p, v) => ({ ...p, tier: v as Project['tier'] }),
  },
  text('industry', 'choice', 'industries'),
  text('town', 'choice', 'towns'),
  text('unit', 'choice', 'units'),
  text('leader', 'choice', 'leaders'),
  {
    key: 'battles',
    kind: 'tags',
    words: BATTLE_WORDS,
    get: (p) => p.battles,
    set: (p, v) => ({ ...p, battles: v as readonly BattleKey[] }),
  },
  money('totalInvestment'),
  money('annualPlan'),
  {
    key: 'stage',
    kind: 'enum',
    words: STAGE_WORDS,
    get: (p) => p.stage,
    set: (p, v) => ({ ...p, stage: v as Project['stage'] }),
  },
  ...MILESTONES.flatMap((m) => [milestone(m, 'plan'), milestone(m, 'actual')]),
  text('notes', 'text'),
  text('nextStep', 'text'),
];

export const FIELD_BY_KEY: ReadonlyMap<string, FieldSpec> = new Map(
  PROJECT_FIELDS.map((f) => [f.key, f]),
);

export type FieldParse = { ok: true; value: FieldValue } | { ok: false; reason: FieldFailure };

const fail = (reason: FieldFailure): FieldParse => ({ ok: false, reason });

/**
 * Reads a value typed, pasted or imported into a field. Numbers and already-valid keys pass;
 * text is parsed. Nothing is coerced: what cannot be read is a failure with a reason.
 */
export function parseFieldInput(spec: FieldSpec, raw: unknown): FieldParse {
  const asText =
    raw === null || raw === undefined ? '' : Array.isArray(raw) ? raw.join(',') : String(raw);
  switch (spec.kind) {
    case 'code': {
      const t = asText.trim();
      return t === '' ? fail('empty') : { ok: true, value: t };
    }
    case 'text':
    case 'choice':
      return { ok: true, value: spec.kind === 'choice' ? asText.trim() : asText };
    case 'date':
      if (isCalendarDate(raw)) return { ok: true, value: raw };
      return parseDate(asText);
    case 'money':
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) return fail('notANumber');
        return raw < 0 ? fail('negative') : { ok: true, value: raw };
      }
      return parseMoney(asText);
    case 'enum': {
      const key = keyForWord(spec.words ?? {}, asText);
      return key === null ? fail('unknownChoice') : { ok: true, value: key };
    }
    case 'tags': {
      const parts = Array.isArray(raw) ? raw.map(String) : asText.split(/[,，、;；]/);
      const keys: string[] = [];
      for (const part of parts) {
        if (part.trim() === '') continue;
        const key = keyForWord(spec.words ?? {}, part);
        if (key === null) return fail('unknownChoice');
        if (!keys.includes(key)) keys.push(key);
      }
      const order = BATTLES as readonly string[];
      return { ok: true, value: keys.sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
    }
  }
}
