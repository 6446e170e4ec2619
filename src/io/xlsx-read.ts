// Reading an .xlsx workbook (read-excel-file, MIT) into text rows: numbers as written in the file
// (so an 18-digit ID keeps every digit), dates as calendar dates, one sheet per table.
import readXlsxFile from 'read-excel-file/universal';
import { makeDate } from '../core/calendar-date.ts';
import type { RawSheet } from './sheet.ts';

type XlsxCell = string | number | boolean | Date | null | undefined;

/** Excel keeps a date as a day count shown with a date format; the library gives a UTC Date. */
function cellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return makeDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

export async function readXlsx(bytes: ArrayBuffer): Promise<RawSheet[]> {
  const sheets = await readXlsxFile<string>(bytes, { trim: false, parseNumber: (s) => s });
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row, i) => ({ line: i + 1, cells: row.map((c) => cellText(c as XlsxCell)) })),
  }));
}

/** XLSX files are ZIP archives: they start with "PK". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
