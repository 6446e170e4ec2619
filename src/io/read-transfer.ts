// How a file read crosses from the parse worker to the page. Structured cloning 10,000 row objects
// costs the page more than cloning their cell arrays and one array of line numbers, so the worker
// sends each sheet as those and the page puts the rows back together.
import type { FileRead } from './read-file.ts';
import type { RawRow, RawSheet } from './sheet.ts';

export interface SheetTransfer {
  name: string;
  cells: (readonly string[])[];
  lines: Int32Array;
}

export type ReadTransfer = Omit<FileRead, 'sheets'> & { sheets: SheetTransfer[] };

export function packRead(read: FileRead): ReadTransfer {
  return {
    ...read,
    sheets: read.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.rows.map((row) => row.cells),
      lines: Int32Array.from(sheet.rows, (row) => row.line),
    })),
  };
}

/** The line-number buffers, which can be moved rather than copied. */
export function transferables(read: ReadTransfer): ArrayBuffer[] {
  return read.sheets.map((sheet) => sheet.lines.buffer as ArrayBuffer);
}

export function unpackRead(read: ReadTransfer): FileRead {
  return {
    ...read,
    sheets: read.sheets.map(({ name, cells, lines }): RawSheet => {
      const rows: RawRow[] = new Array<RawRow>(cells.length);
      for (let i = 0; i < cells.length; i++) {
        rows[i] = { line: lines[i] as number, cells: cells[i] as readonly string[] };
      }
      return { name, rows };
    }),
  };
}
