// The ledger's fields as data: how each is read, parsed from text and written. The grid's columns,
// the file imports and the commands all go through this one table.
import { isCalendarDate, type CalendarDate } from './calendar-date.ts';
import { parseDate, parseMoney, type ParseFailure } from './parse.ts';
import {
  BATTLES,
  MILESTONES,
  type BattleKey,
  type CampaignLists,
  type MilestoneDates,
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
  /** Sets the value on a draft in place: several fields, one copy of the project. */
  write(draft: ProjectDraft, value: FieldValue): void;
}

/** A project being built field by field (an import sets ten fields of each of 10,000 projects). */
export type ProjectDraft = { -readonly [K in keyof Project]: Project[K] } & {
  milestones: Record<MilestoneKey, MilestoneDates>;
};

export function draftOf(p: Project): ProjectDraft {
  return { ...p, milestones: { ...p.milestones } };
}

/** A spec from how it writes a draft: `set` copies the project and writes the copy. */
const spec = (fields: Omit<FieldSpec, 'set'>): FieldSpec => ({
  ...fields,
  set: (p, v) => {
    const draft = draftOf(p);
    fields.write(draft, v);
    return draft;
  },
});

const text = (
  key: 'name' | 'industry' | 'town' | 'unit' | 'leader' | 'notes' | 'nextStep',
  kind: FieldKind,
  list?: keyof CampaignLists,
): FieldSpec =>
  spec({
    key,
    kind,
    ...(list ? { list } : {}),
    get: (p) => p[key],
    write: (d, v) => void (d[key] = String(v ?? '')),
  });

const money = (key: 'totalInvestment' | 'annualPlan'): FieldSpec =>
  spec({
    key,
    kind: 'money',
    get: (p) => p[key],
    write: (d, v) => void (d[key] = v as number | null),
  });

const milestone = (m: MilestoneKey, side: 'plan' | 'actual'): FieldSpec =>
  spec({
    key: `${m}.${side}`,
    kind: 'date',
    get: (p) => p.milestones[m][side],
    // A new pair, never written into: blank projects share theirs (project.ts).
    write: (d, v) => {
      const { plan, actual } = d.milestones[m];
      const date = v as CalendarDate | null;
      d.milestones[m] = side === 'plan' ? { plan: date, actual } : { plan, actual: date };
    },
  });

export const PROJECT_FIELDS: readonly FieldSpec[] = [
  spec({
    key: 'code',
    kind: 'code',
    get: (p) => p.code,
    write: (d, v) => void (d.code = String(v)),
  }),
  text('name', 'text'),
  spec({
    key: 'tier',
    kind: 'enum',
    words: TIER_WORDS,
    get: (p) => p.tier,
    write: (d, v) => void (d.tier = v as Project['tier']),
  }),
  text('industry', 'choice', 'industries'),
  text('town', 'choice', 'towns'),
  text('unit', 'choice', 'units'),
  text('leader', 'choice', 'leaders'),
  spec({
    key: 'battles',
    kind: 'tags',
    words: BATTLE_WORDS,
    get: (p) => p.battles,
    write: (d, v) => void (d.battles = v as readonly BattleKey[]),
  }),
  money('totalInvestment'),
  money('annualPlan'),
  spec({
    key: 'stage',
    kind: 'enum',
    words: STAGE_WORDS,
    get: (p) => p.stage,
    write: (d, v) => void (d.stage = v as Project['stage']),
  }),
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
  // An amount is usually a number already: it is not turned into text to be read back.
  if (spec.kind === 'money' && typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('notANumber');
    return raw < 0 ? fail('negative') : { ok: true, value: raw };
  }
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
