import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessNewline, readCsv } from './csv-read.ts';
import { unguardFormula } from './formula-guard.ts';

/** Line breaks in a cell as a person counts them: CRLF, CR and LF are one each. */
const breaks = (cell: string): number => cell.replace(/\r\n/g, '\n').replace(/[^\r\n]/g, '').length;

const quoted = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

const text = fc
  .array(fc.constantFrom('a', '项', '𠀀', '😀', ',', '"', '\r', '\n', '\r\n', '=', ' '), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));
/** Text an export guarded against formulas ('=…, '+…), or with a ' that is no guard. */
const guarded = fc.oneof(
  text.map((t) => `'=${t}`),
  text.map((t) => `'+1${t}`),
  text.map((t) => `O'${t}`),
);

/** Enough plain rows that the text spans more than one of PapaParse's chunks (a megabyte). */
const FILLER_ROWS = 32_000;
const FILLER = 'B-00001,示例项目 00001,本级重点,永和镇,市发改局';

describe('readCsv over several chunks', () => {
  it('gives every cell and the line each row starts on, whatever the cells hold', () => {
    // Half the runs have no ' at all: rows of a chunk are then looked at only for line breaks.
    const special = fc.boolean().chain((apostrophes) => {
      const row = fc.array(apostrophes ? fc.oneof(text, guarded) : text, {
        minLength: 1,
        maxLength: 4,
      });
      return fc.array(fc.tuple(fc.nat(FILLER_ROWS), row), { maxLength: 6 });
    });
    const eol = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(special, eol, (inserts, newline) => {
        const rows: string[][] = [['h1', 'h2']];
        const at = new Map(inserts.map(([i, cells]) => [i, cells]));
        for (let i = 0; i < FILLER_ROWS; i++) {
          const insert = at.get(i);
          if (insert) rows.push(insert);
          rows.push(FILLER.split(','));
        }
        const text = rows.map((r) => r.map(quoted).join(',')).join(newline) + newline;
        expect(text.length).toBeGreaterThan(1 << 20);
        let line = 1;
        const lines = rows.map((r) => {
          const start = line;
          line += r.reduce((n, c) => n + breaks(c), 0) + 1;
          return start;
        });
        const read = readCsv(text, '');
        expect(read.problems).toEqual([]);
        expect(read.sheet.rows.map((r) => r.line)).toEqual(lines);
        expect(read.sheet.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.map(unguardFormula)));
      }),
      { numRuns: 20 },
    );
  });
});

describe('guessNewline at the end of the first megabyte', () => {
  it('agrees with PapaParse when quotes and breaks straddle it', () => {
    const head = 'a,b\r\n'.repeat((1 << 20) / 5 - 8);
    const tail = fc
      .array(fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n', '项'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(tail, fc.constantFrom('', '\n', '"', '\r'), (t, lead) => {
        const text = lead + head + t;
        const papa = Papa.parse<string[]>(text, { delimiter: ',', preview: 1 }).meta.linebreak;
        expect(guessNewline(text)).toBe(papa);
      }),
      { numRuns: 40 },
    );
  });
});
