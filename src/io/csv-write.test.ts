import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFile } from './read-file.ts';
import { csvText, toCsv } from './csv-write.ts';
import { guardFormula, unguardFormula } from './formula-guard.ts';
import { bytesOf } from './test/fixtures.ts';

async function parseBack(csv: string): Promise<string[][]> {
  const read = await readFile(bytesOf(csv), null);
  expect(read.problems).toEqual([]);
  return (read.sheets[0]?.rows ?? []).map((r) => [...r.cells]);
}

describe('toCsv', () => {
  it('writes UTF-8 with a BOM and CRLF, quoting only where needed', () => {
    expect(
      toCsv(
        ['编码', '名称'],
        [
          ['A', 'x,y'],
          ['B', 'say "hi"'],
          ['C', 'two\nlines'],
        ],
      ),
    ).toBe('\uFEFF编码,名称\r\nA,"x,y"\r\nB,"say ""hi"""\r\nC,"two\nlines"\r\n');
  });

  it('writes title lines and blank lines between tables as they are', () => {
    expect(csvText([['简报'], [], ['编码', '金额'], ['A', 79000]])).toBe(
      '\uFEFF简报\r\n\r\n编码,金额\r\nA,79000\r\n',
    );
  });

  it('leaves numbers as numbers and empty cells empty', () => {
    expect(toCsv(['a', 'b', 'c'], [[1234.5, null, -3]])).toBe('\uFEFFa,b,c\r\n1234.5,,-3\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, full-width forms too', () => {
    const risky = [
      '=1+1',
      '+86',
      '-x',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '\nx',
      '＝1',
      '＋1',
      '－1',
      '＠x',
    ];
    for (const text of risky) expect(guardFormula(text).startsWith("'")).toBe(true);
    expect(toCsv(['a'], [['=HYPERLINK("http://x")']])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""http://x"")"\r\n',
    );
  });

  it('neutralises a multi-line cell whose later line starts a formula', () => {
    expect(guardFormula('备注\n=cmd|calc')).toBe("'备注\n=cmd|calc");
    expect(guardFormula('普通文本')).toBe('普通文本');
    expect(guardFormula('a-b')).toBe('a-b');
  });

  it('takes off exactly the guard it adds, even before text that starts with apostrophes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const t of [s, `'${s}`, `''=${s}`, `=${s}`]) {
          expect(unguardFormula(guardFormula(t))).toBe(t);
        }
      }),
    );
  });
});

const cellText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '"',
    '""',
    ',',
    '\r\n',
    '\n',
    '\r',
    '\uFEFF',
    '=1+1',
    '-',
    "'",
    '𠮷',
    '䶮',
    '😀',
    '0101',
  ),
  fc
    .array(
      fc.constantFrom(
        'a',
        '"',
        ',',
        '\n',
        '\r',
        '\t',
        '\uFEFF',
        '😀',
        '𠮷',
        '项',
        '=',
        "'",
        ' ',
        ';',
        '|',
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join('')),
);

describe('parse(export(x))', () => {
  it('gives back every text table: quotes, commas, line breaks, BOMs, emoji, rare CJK', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(cellText, { minLength: width, maxLength: width }),
            fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
              maxLength: 6,
            }),
          ),
        ),
        async ([header, rows]) => {
          // Lone surrogates cannot be written as UTF-8 at all; a file never holds them.
          const clean = (s: string) => s.replace(/\p{Cs}/gu, '?');
          const h = header.map(clean);
          const r = rows.map((row) => row.map(clean));
          expect(await parseBack(toCsv(h, r))).toEqual([h, ...r]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives numbers back as the text of the same number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 5,
        }),
        async (xs) => {
          const [, row] = await parseBack(
            toCsv(
              xs.map(() => 'n'),
              [xs],
            ),
          );
          expect(row?.map(Number)).toEqual(xs.map((x) => (Object.is(x, -0) ? 0 : x)));
        },
      ),
    );
  });
});
