// A file's bytes to sheets of text rows: XLSX by its ZIP signature, anything else as delimited
// text in the detected (or chosen) encoding. Runs in the parse worker; pure enough for tests.
import { readCsv } from './csv-read.ts';
import { decodeAs, detectWithText, type Encoding } from './encoding.ts';
import type { Problem, RawSheet } from './sheet.ts';
import { isZip, readXlsx } from './xlsx-read.ts';

export interface FileRead {
  format: 'csv' | 'xlsx';
  /** The encoding used; null when none reads the file cleanly and the user has not chosen. */
  encoding: Encoding | null;
  /** Encodings that read the file without an invalid byte. */
  candidates: Encoding[];
  sheets: RawSheet[];
  problems: Problem[];
}

const fileProblem = (reason: Problem['reason']): Problem => ({
  reason,
  line: null,
  column: null,
  value: null,
  blocking: true,
});

/** Marks every cell that holds U+FFFD: bytes the chosen encoding could not read. */
function lossyCells(sheet: RawSheet): Problem[] {
  const problems: Problem[] = [];
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      if (!cell.includes('\uFFFD')) continue;
      problems.push({
        reason: 'lossyDecoding',
        line: row.line,
        column: null,
        value: cell,
        blocking: true,
      });
      break;
    }
  }
  return problems;
}

export async function readFile(
  bytes: Uint8Array,
  chosen: Encoding | null,
  onProgress?: (fraction: number) => void,
): Promise<FileRead> {
  if (bytes.length === 0) {
    return {
      format: 'csv',
      encoding: null,
      candidates: [],
      sheets: [],
      problems: [fileProblem('emptyFile')],
    };
  }
  if (isZip(bytes)) {
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const sheets = await readXlsx(buffer as ArrayBuffer);
      onProgress?.(1);
      return { format: 'xlsx', encoding: null, candidates: [], sheets, problems: [] };
    } catch {
      return {
        format: 'xlsx',
        encoding: null,
        candidates: [],
        sheets: [],
        problems: [fileProblem('notASpreadsheet')],
      };
    }
  }
  const detected = detectWithText(bytes);
  const encoding = chosen ?? detected.encoding;
  if (!encoding) {
    return {
      format: 'csv',
      encoding: null,
      candidates: detected.candidates,
      sheets: [],
      problems: [],
    };
  }
  const { text, lossy } =
    chosen === null && detected.text !== undefined
      ? { text: detected.text, lossy: false }
      : decodeAs(bytes, encoding);
  const { sheet, problems } = readCsv(text, '', onProgress);
  if (lossy) problems.push(...lossyCells(sheet));
  return { format: 'csv', encoding, candidates: detected.candidates, sheets: [sheet], problems };
}
