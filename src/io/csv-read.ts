// Reading decoded CSV/TSV text into rows with PapaParse: delimiter detection, quoted fields with
// delimiters, quotes and line breaks, and the line each row starts on for error messages.
import Papa from 'papaparse';
import { unguardFormula } from './formula-guard.ts';
import type { Problem, RawRow, RawSheet } from './sheet.ts';

export const DELIMITERS = [',', '\t', ';', '|'] as const;

/** Rows per progress report are counted in characters: PapaParse hands over chunks this big. */
const CHUNK_CHARS = 1 << 20;

export interface CsvRead {
  sheet: RawSheet;
  delimiter: string;
  problems: Problem[];
}

function lineBreaks(cell: string): number {
  // Most cells hold no line break: two native searches settle that without a loop in script.
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Fields of the first record when split at `delimiter`, or null when that reading is malformed
 * (a quote inside an unquoted field, or text after a closing quote).
 */
function headerWidth(text: string, delimiter: string): number | null {
  let i = text.search(/[^\r\n]/);
  if (i < 0) return 0;
  let fields = 1;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return fields;
        if (text[i] === '"' && text[i + 1] === '"') i += 2;
        else if (text[i] === '"') break;
        else i++;
      }
      i++;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') return null;
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') return null;
        i++;
      }
    }
    if (text[i] !== delimiter) return fields;
    fields++;
    i++;
  }
  return fields;
}

/**
 * The line break PapaParse would guess for `text`, without the copies its guess makes (the first
 * megabyte with quoted text cut out, then split at every CR and at every LF): quoted text is
 * skipped as its guess skips it, and the breaks are counted in one pass.
 */
export function guessNewline(text: string): '\r\n' | '\r' | '\n' {
  const end = Math.min(text.length, 1024 * 1024);
  let crs = 0;
  let crlfs = 0;
  let firstCr = -1;
  let firstLf = -1;
  // Position in the text with quoted parts cut out, and the last character kept there.
  let at = 0;
  let afterCr = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A quote with a closing quote before the end: both and what is between are cut out.
      const close = text.indexOf('"', i + 1);
      if (close >= 0 && close < end) {
        i = close;
        continue;
      }
    }
    if (c === 13) {
      if (firstCr < 0) firstCr = at;
      crs++;
    } else if (c === 10) {
      if (firstLf < 0) firstLf = at;
      if (afterCr) crlfs++;
    }
    afterCr = c === 13;
    at++;
  }
  const lfFirst = firstLf >= 0 && firstLf < (firstCr < 0 ? at : firstCr);
  if (crs === 0 || lfFirst) return '\n';
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}

/**
 * The delimiter that splits the header row into the most well-formed fields; comma on a tie.
 * (PapaParse's own guess counts delimiters inside quoted fields and trips on ragged rows.)
 */
function guessDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestWidth = 1;
  for (const delimiter of DELIMITERS) {
    const width = headerWidth(text, delimiter);
    if (width !== null && width > bestWidth) [best, bestWidth] = [delimiter, width];
  }
  return best;
}

export function readCsv(
  text: string,
  name: string,
  onProgress?: (fraction: number) => void,
): CsvRead {
  const rows: RawRow[] = [];
  const problems: Problem[] = [];
  let line = 1;
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    newline: guessNewline(text),
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk(results: Papa.ParseResult<string[]>) {
      const lines: number[] = [];
      for (const cells of results.data) {
        lines.push(line);
        rows.push({ line, cells });
        // PapaParse's arrays are ours: unguarded in place, not copied.
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i] as string;
          line += lineBreaks(cell);
          if (cell.charCodeAt(0) === 39) cells[i] = unguardFormula(cell);
        }
        line += 1;
      }
      for (const error of results.errors) {
        if (error.type !== 'Quotes') continue;
        const at = lines[error.row ?? 0] ?? line;
        // One quote problem per line: a stray quote is reported as such, not also as unclosed.
        if (problems.some((p) => p.line === at)) continue;
        problems.push({
          reason: error.code === 'MissingQuotes' ? 'unclosedQuote' : 'strayQuote',
          line: at,
          column: null,
          value: null,
          blocking: true,
        });
      }
      onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
    },
    // A string is parsed synchronously: every chunk has arrived when parse() returns.
    complete: () => undefined,
  });
  // A final line break ends the last row; it does not start an empty one.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return { sheet: { name, rows }, delimiter, problems };
}
