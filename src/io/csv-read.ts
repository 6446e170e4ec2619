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

/** How often `char` occurs in `text`: native searches, no loop per character. */
function occurrences(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
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
 * skipped as its guess skips it, and the breaks between are found by native searches, not by a
 * loop over every character (which, run once in a fresh worker, is not yet compiled).
 */
export function guessNewline(text: string): '\r\n' | '\r' | '\n' {
  // A slice, not a copy: the searches stop at the end of the first megabyte.
  const head = text.length > 1024 * 1024 ? text.slice(0, 1024 * 1024) : text;
  const end = head.length;
  let crs = 0;
  let crlfs = 0;
  let firstCr = -1;
  let firstLf = -1;
  // The next CR and LF at or after where the search stands, or -1 when there is none.
  let nextCr = head.indexOf('\r');
  let nextLf = head.indexOf('\n');
  // Whether the last character kept so far is a CR: an LF that starts the next kept part follows it.
  let afterCr = false;
  let from = 0;
  while (from < end) {
    // What is kept runs to the next quote that has a closing quote (both cut out, with what is
    // between them), or else to the end.
    const open = head.indexOf('"', from);
    const close = open < 0 ? -1 : head.indexOf('"', open + 1);
    const stop = close < 0 ? end : open;
    if (from < stop) {
      if (nextLf >= 0 && nextLf < from) nextLf = head.indexOf('\n', from);
      if (firstLf < 0 && nextLf >= 0 && nextLf < stop) firstLf = nextLf;
      if (afterCr && head.charCodeAt(from) === 10) crlfs++;
      if (nextCr >= 0 && nextCr < from) nextCr = head.indexOf('\r', from);
      while (nextCr >= 0 && nextCr < stop) {
        if (firstCr < 0) firstCr = nextCr;
        crs++;
        if (nextCr + 1 < stop && head.charCodeAt(nextCr + 1) === 10) crlfs++;
        nextCr = head.indexOf('\r', nextCr + 1);
      }
      afterCr = head.charCodeAt(stop - 1) === 13;
    }
    if (close < 0) break;
    from = close + 1;
  }
  // Cutting keeps the order of what remains: positions in the text compare as in the cut text.
  const lfFirst = firstLf >= 0 && (firstCr < 0 || firstLf < firstCr);
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
  let cursor = 0;
  const delimiter = guessDelimiter(text);
  const newline = guessNewline(text);
  const newlineCrs = occurrences(newline, '\r');
  const newlineLfs = occurrences(newline, '\n');
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk(results: Papa.ParseResult<string[]>) {
      const data = results.data;
      const from = cursor;
      cursor = results.meta.cursor;
      // Every row of a chunk ends with a line break but the text's last row. When those breaks are
      // all the CRs and LFs of the chunk's text, no cell holds one; when that text has no ' in it,
      // no cell is guarded: then the rows need no look at their cells.
      const ended = cursor >= text.length ? data.length - 1 : data.length;
      // A slice, not a copy: the searches stop at its end.
      const read = text.slice(from, cursor);
      const plain =
        ended >= 0 &&
        occurrences(read, '\r') === ended * newlineCrs &&
        occurrences(read, '\n') === ended * newlineLfs &&
        !read.includes("'");
      const first = rows.length;
      for (const cells of data) {
        rows.push({ line, cells });
        if (!plain) {
          // PapaParse's arrays are ours: unguarded in place, not copied.
          for (let i = 0; i < cells.length; i++) {
            const cell = cells[i] as string;
            line += lineBreaks(cell);
            if (cell.charCodeAt(0) === 39) cells[i] = unguardFormula(cell);
          }
        }
        line += 1;
      }
      for (const error of results.errors) {
        if (error.type !== 'Quotes') continue;
        const at = rows[first + (error.row ?? 0)]?.line ?? line;
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
      onProgress?.(Math.min(1, cursor / Math.max(1, text.length)));
    },
    // A string is parsed synchronously: every chunk has arrived when parse() returns.
    complete: () => undefined,
  });
  // A final line break ends the last row; it does not start an empty one.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return { sheet: { name, rows }, delimiter, problems };
}
