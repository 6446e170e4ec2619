import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessNewline } from './csv-read.ts';

/** PapaParse's own guess, which guessNewline must give without its copies. */
const papaGuess = (text: string): string =>
  Papa.parse<string[]>(text, { delimiter: ',' }).meta.linebreak;

describe('guessNewline', () => {
  it('names CRLF, LF and CR files as PapaParse does', () => {
    expect(guessNewline('a,b\r\nc,d\r\n')).toBe('\r\n');
    expect(guessNewline('a,b\nc,d\n')).toBe('\n');
    expect(guessNewline('a,b\rc,d\r')).toBe('\r');
    expect(guessNewline('a,"x\r\ny\r\nz"\nc,d\n')).toBe('\n');
    expect(guessNewline('a,"unclosed\r\nb\r\n')).toBe('\r\n');
  });

  it('agrees with PapaParse on any mix of quotes and line breaks', () => {
    const text = fc
      .array(fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n', '项'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(guessNewline(t)).toBe(papaGuess(t));
      }),
      { numRuns: 3000 },
    );
  });
});
