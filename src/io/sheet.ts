// What any imported file becomes before its columns mean anything: named sheets of text rows,
// each row with the line (CSV) or row number (XLSX) a person finds it at.
export interface RawRow {
  line: number;
  cells: readonly string[];
}

export interface RawSheet {
  name: string;
  rows: readonly RawRow[];
}

/** A problem found in a file, named by where a person finds it. */
export interface Problem {
  reason: ProblemReason;
  /** 1-based line (CSV) or row (XLSX); null for the file as a whole. */
  line: number | null;
  /** The column's header as written in the file. */
  column: string | null;
  value: string | null;
  /** A blocking problem keeps the import from being confirmed. */
  blocking: boolean;
  /** For 'refused': the core's reason (a CommandFailure), said in the UI's words. */
  cause?: string;
  /** For 'leadingZerosLost': the ledger's code that the value seems to have been. */
  hint?: string;
}

export type ProblemReason =
  // reading the file
  | 'emptyFile'
  | 'lossyDecoding'
  | 'unclosedQuote'
  | 'strayQuote'
  | 'raggedRow'
  | 'notASpreadsheet'
  // headers
  | 'noHeader'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'emptyHeader'
  | 'unknownColumn'
  // values
  | 'notADate'
  | 'notANumber'
  | 'negative'
  | 'notAPercent'
  | 'empty'
  | 'unknownChoice'
  | 'duplicateCode'
  | 'unknownProjectCode'
  | 'statusConflict'
  | 'newListValue'
  | 'leadingZerosLost'
  | 'scientificNotation'
  | 'notAPeriod'
  | 'otherYear'
  | 'twoScopes'
  | 'scopePeriod'
  | 'derivedTarget'
  | 'refused';

export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}
