// Writing a workbook (write-excel-file, MIT) with one sheet per table and typed cells: dates as
// dates, amounts as numbers, codes as text so Excel keeps `0101` and 18-digit IDs as written.
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { partsOf } from '../core/calendar-date.ts';
import type { ExportColumn, ExportTable } from './export-table.ts';
import type { FileCell } from './project-values.ts';

/** Excel's limit for a sheet name: 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function cell(value: FileCell, column: ExportColumn): Cell {
  if (value === null || value === '') return null;
  if (column.kind === 'date' && typeof value === 'string') {
    const { year, month, day } = partsOf(value);
    return { type: Date, value: new Date(Date.UTC(year, month - 1, day)), format: 'yyyy-mm-dd' };
  }
  if (typeof value === 'number') return { type: Number, value };
  return { type: String, value, ...(column.kind === 'code' ? { format: '@' } : {}) };
}

const WIDTH: Record<ExportColumn['kind'], number> = {
  code: 14,
  text: 24,
  choice: 14,
  date: 12,
  money: 14,
  enum: 10,
  tags: 18,
  percent: 10,
  count: 12,
};

export async function toXlsx(tables: readonly ExportTable[]): Promise<Blob> {
  const sheets = tables.map((t) => {
    const data: SheetData = [
      t.columns.map((c) => ({ type: String, value: c.header, fontWeight: 'bold' as const })),
      ...t.rows.map((row) => row.map((v, i) => cell(v, t.columns[i] as ExportColumn))),
    ];
    return {
      data,
      sheet: sheetName(t.name),
      columns: t.columns.map((c) => ({ width: WIDTH[c.kind] })),
      stickyRowsCount: 1,
    };
  });
  return writeXlsxFile(sheets).toBlob();
}
