import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  FIELD_BY_KEY,
  PROJECT_FIELDS,
  parseFieldInput,
  type FieldKind,
  type FieldSpec,
  type FieldValue,
} from './project-fields.ts';
import { blankProject } from './project.ts';
import { aProject, deepFreeze } from './test-factories.ts';
import { BATTLES, MILESTONES } from './types.ts';
import { BATTLE_WORDS, STAGE_WORDS, TIER_WORDS, keyForWord, type Words } from './vocabulary.ts';

const field = (key: string): FieldSpec => {
  const spec = FIELD_BY_KEY.get(key);
  if (!spec) throw new Error(`no field ${key}`);
  return spec;
};

/** A value of each kind that differs from what a blank project holds. */
function sampleValue(spec: FieldSpec): FieldValue {
  const samples: Record<FieldKind, FieldValue> = {
    code: 'JJ-2018-001',
    text: '安踏一体化产业园',
    choice: '永和镇',
    date: '2018-02-09',
    money: 6000,
    enum: Object.keys(spec.words ?? {}).at(-1) ?? null,
    tags: ['investment', 'attraction'],
  };
  return samples[spec.kind];
}

describe('PROJECT_FIELDS', () => {
  it('has unique keys, all in FIELD_BY_KEY', () => {
    const keys = PROJECT_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(FIELD_BY_KEY.size).toBe(keys.length);
    for (const f of PROJECT_FIELDS) expect(FIELD_BY_KEY.get(f.key)).toBe(f);
  });

  it('holds the ledger’s columns, with a plan and an actual date for every milestone', () => {
    const keys = PROJECT_FIELDS.map((f) => f.key);
    expect(keys).toEqual([
      'code',
      'name',
      'tier',
      'industry',
      'town',
      'unit',
      'leader',
      'battles',
      'totalInvestment',
      'annualPlan',
      'stage',
      ...MILESTONES.flatMap((m) => [`${m}.plan`, `${m}.actual`]),
      'notes',
      'nextStep',
    ]);
    for (const m of MILESTONES) {
      expect(field(`${m}.plan`).kind).toBe('date');
      expect(field(`${m}.actual`).kind).toBe('date');
    }
  });

  it('gives each field its kind, words and list', () => {
    expect(field('code').kind).toBe('code');
    expect(field('name').kind).toBe('text');
    expect(field('tier')).toMatchObject({ kind: 'enum', words: TIER_WORDS });
    expect(field('stage')).toMatchObject({ kind: 'enum', words: STAGE_WORDS });
    expect(field('battles')).toMatchObject({ kind: 'tags', words: BATTLE_WORDS });
    expect(field('industry')).toMatchObject({ kind: 'choice', list: 'industries' });
    expect(field('town')).toMatchObject({ kind: 'choice', list: 'towns' });
    expect(field('unit')).toMatchObject({ kind: 'choice', list: 'units' });
    expect(field('leader')).toMatchObject({ kind: 'choice', list: 'leaders' });
    expect(field('totalInvestment').kind).toBe('money');
    expect(field('annualPlan').kind).toBe('money');
  });

  it.each(PROJECT_FIELDS.map((f) => [f.key, f] as const))(
    '%s round-trips set → get on a blank project, touching nothing else',
    (_key, spec) => {
      const blank = deepFreeze(blankProject('p1', 'A-1'));
      const value = sampleValue(spec);
      expect(spec.get(blank)).not.toEqual(value);
      const next = spec.set(blank, value);
      expect(spec.get(next)).toEqual(value);
      expect(next).not.toBe(blank);
      expect(blank).toEqual(blankProject('p1', 'A-1'));
      for (const other of PROJECT_FIELDS) {
        if (other !== spec) expect(other.get(next)).toEqual(other.get(blank));
      }
      expect(next.id).toBe('p1');
    },
  );

  it('writes a date into a new pair: blank projects, which share theirs, stay blank', () => {
    const a = blankProject('a', 'A');
    const b = blankProject('b', 'B');
    const dated = field('started.plan').set(a, '2018-03-01');
    expect(dated.milestones.started).toEqual({ plan: '2018-03-01', actual: null });
    expect(a.milestones.started).toEqual({ plan: null, actual: null });
    expect(b.milestones).toEqual(blankProject('c', 'C').milestones);
    expect(Object.isFrozen(b.milestones.started)).toBe(true);
    // A new project's own record of milestones is written in place by an import's draft.
    expect(a.milestones).not.toBe(b.milestones);
  });

  it('writes milestone dates into their own side and milestone only', () => {
    const p = aProject({ milestones: { started: { plan: '2018-06-01' } } });
    const next = field('started.actual').set(p, '2018-01-24');
    expect(next.milestones.started).toEqual({ plan: '2018-06-01', actual: '2018-01-24' });
    expect(next.milestones.completed).toBe(p.milestones.completed);
    expect(field('started.plan').set(next, null).milestones.started).toEqual({
      plan: null,
      actual: '2018-01-24',
    });
  });
});

describe('parseFieldInput', () => {
  describe('code', () => {
    it.each(['', '   ', null, undefined])('refuses %j as empty', (raw) => {
      expect(parseFieldInput(field('code'), raw)).toEqual({ ok: false, reason: 'empty' });
    });

    it('trims, and reads numbers as text', () => {
      expect(parseFieldInput(field('code'), ' JJ-01 ')).toEqual({ ok: true, value: 'JJ-01' });
      expect(parseFieldInput(field('code'), 101)).toEqual({ ok: true, value: '101' });
    });
  });

  describe('text and choice', () => {
    it('keeps text as typed', () => {
      expect(parseFieldInput(field('notes'), ' 物流一期收尾 ')).toEqual({
        ok: true,
        value: ' 物流一期收尾 ',
      });
      expect(parseFieldInput(field('name'), null)).toEqual({ ok: true, value: '' });
    });

    it('trims a choice, and accepts values not yet in the list', () => {
      expect(parseFieldInput(field('town'), ' 永和镇 ')).toEqual({ ok: true, value: '永和镇' });
      expect(parseFieldInput(field('unit'), '交通运输局')).toEqual({
        ok: true,
        value: '交通运输局',
      });
      expect(parseFieldInput(field('leader'), undefined)).toEqual({ ok: true, value: '' });
    });
  });

  describe('date', () => {
    it.each([
      ['2018-02-09', '2018-02-09'],
      ['2018/2/9', '2018-02-09'],
      ['2018.2.9', '2018-02-09'],
      ['2018年2月9日', '2018-02-09'],
      [' 2018-2-9 ', '2018-02-09'],
      ['', null],
      [null, null],
      [undefined, null],
    ])('reads %j as %j', (raw, expected) => {
      expect(parseFieldInput(field('signed.actual'), raw)).toEqual({ ok: true, value: expected });
    });

    it.each(['2018-02-30', '2/9/2018', 'abc', 20180209, 43140])('refuses %j', (raw) => {
      expect(parseFieldInput(field('signed.actual'), raw)).toEqual({
        ok: false,
        reason: 'notADate',
      });
    });
  });

  describe('money', () => {
    it.each([
      [6000, 6000],
      [0, 0],
      [12.5, 12.5],
      ['7.9亿', 79000],
      ['6,000', 6000],
      ['330万元', 330],
      ['', null],
      [null, null],
    ])('reads %j as %j', (raw, expected) => {
      expect(parseFieldInput(field('annualPlan'), raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
      [NaN, 'notANumber'],
      [Infinity, 'notANumber'],
      [-Infinity, 'notANumber'],
      ['abc', 'notANumber'],
      [-1, 'negative'],
      [-0.5, 'negative'],
      ['-5', 'negative'],
    ])('refuses %j: %s', (raw, reason) => {
      expect(parseFieldInput(field('totalInvestment'), raw)).toEqual({ ok: false, reason });
    });
  });

  describe('enum', () => {
    it.each([
      ['major', 'major'],
      ['key', 'key'],
      ['重大', 'major'],
      ['本级重点', 'key'],
      ['Major', 'major'],
      ['MAJOR', 'major'],
      [' major ', 'major'],
      ['KEY', 'key'],
    ])('reads tier %j as %s', (raw, expected) => {
      expect(parseFieldInput(field('tier'), raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
      ['在建', 'construction'],
      ['under construction', 'construction'],
      ['IN OPERATION', 'operating'],
      ['投产', 'operating'],
      ['planning', 'planning'],
    ])('reads stage %j as %s', (raw, expected) => {
      expect(parseFieldInput(field('stage'), raw)).toEqual({ ok: true, value: expected });
    });

    it.each(['重点', 'huge', '', null, 1])('refuses the tier %j', (raw) => {
      expect(parseFieldInput(field('tier'), raw)).toEqual({ ok: false, reason: 'unknownChoice' });
    });
  });

  describe('tags', () => {
    it.each([
      ['固投完成、征迁清障', ['investment', 'clearance']],
      ['固投完成,产业招商', ['investment', 'attraction']],
      ['产业招商，固投完成', ['investment', 'attraction']],
      ['前期突破;投资推进；征迁清障', ['clearance', 'progress', 'preparatory']],
      ['固投完成 、 征迁清障', ['investment', 'clearance']],
      ['固投完成、固投完成、investment', ['investment']],
      ['Land clearance, INVESTMENT ATTRACTION', ['clearance', 'attraction']],
      ['固投完成,,', ['investment']],
      ['', []],
      [null, []],
      [
        ['attraction', '固投完成'],
        ['investment', 'attraction'],
      ],
      [[], []],
    ])('reads %j as %j', (raw, expected) => {
      expect(parseFieldInput(field('battles'), raw)).toEqual({ ok: true, value: expected });
    });

    it.each(['固投完成、打怪', 'unknown', [['investment', 'war']]])(
      'refuses %j with an unknown battle',
      (raw) => {
        expect(parseFieldInput(field('battles'), raw)).toEqual({
          ok: false,
          reason: 'unknownChoice',
        });
      },
    );

    it('reads any set of battles, in any order, words or separators, as ordered keys', () => {
      const word = fc.constantFrom<'key' | 'zh-CN' | 'en'>('key', 'zh-CN', 'en');
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...BATTLES]),
          fc.array(word, { minLength: 5, maxLength: 5 }),
          fc.constantFrom(',', '，', '、', ';', '；', ' , '),
          (battles, words, separator) => {
            const text = battles
              .map((b, i) => {
                const w = words[i] ?? 'en';
                return w === 'key' ? b : BATTLE_WORDS[b][w];
              })
              .join(separator);
            const expected = BATTLES.filter((b) => battles.includes(b));
            expect(parseFieldInput(field('battles'), text)).toEqual({ ok: true, value: expected });
          },
        ),
      );
    });
  });
});

describe('keyForWord', () => {
  it('finds a key by itself, its Chinese word, or its English word in any case', () => {
    expect(keyForWord(BATTLE_WORDS, 'clearance')).toBe('clearance');
    expect(keyForWord(BATTLE_WORDS, '征迁清障')).toBe('clearance');
    expect(keyForWord(BATTLE_WORDS, 'land CLEARANCE')).toBe('clearance');
    expect(keyForWord(BATTLE_WORDS, ' 征迁清障 ')).toBe('clearance');
    expect(keyForWord(BATTLE_WORDS, '征迁')).toBeNull();
  });

  it('reads back every word of every table', () => {
    const tables: Record<string, Words>[] = [TIER_WORDS, STAGE_WORDS, BATTLE_WORDS];
    for (const table of tables) {
      for (const [key, words] of Object.entries(table)) {
        expect(keyForWord(table, key)).toBe(key);
        expect(keyForWord(table, words['zh-CN'])).toBe(key);
        expect(keyForWord(table, words.en)).toBe(key);
      }
    }
  });
});
