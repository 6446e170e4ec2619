// The files the export buttons save: a table as CSV, all tables as one workbook, a backup.
import type { CampaignDoc } from '../../core/types.ts';
import { makeBackup } from '../../io/backup.ts';
import { toCsv } from '../../io/csv-write.ts';
import { exportTable, type ExportContext } from '../../io/export-table.ts';
import { TABLE_KINDS, TABLES, type TableKind } from '../../io/tables.ts';
import { download, fileName } from '../download.ts';

export function exportCsv(kind: TableKind, doc: CampaignDoc, ctx: ExportContext): void {
  const table = exportTable(kind, doc, ctx);
  const csv = toCsv(
    table.columns.map((c) => c.header),
    table.rows,
  );
  const name = fileName(doc.campaign.name, TABLES[kind].title[ctx.locale], ctx.asOf);
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}

/** A workbook of the given tables (all by default), one sheet each. */
export async function exportXlsx(
  doc: CampaignDoc,
  ctx: ExportContext,
  kinds: readonly TableKind[] = TABLE_KINDS,
): Promise<void> {
  // The workbook writer loads only when asked for.
  const { toXlsx } = await import('../../io/xlsx-write.ts');
  const blob = await toXlsx(kinds.map((kind) => exportTable(kind, doc, ctx)));
  const only = kinds.length === 1 ? [TABLES[kinds[0] as TableKind].title[ctx.locale]] : [];
  download(blob, `${fileName(doc.campaign.name, ...only, ctx.asOf)}.xlsx`);
}

export function exportBackup(docs: readonly CampaignDoc[], now: Date, label: string): void {
  const text = makeBackup(docs, now.toISOString());
  const stamp = now.toISOString().slice(0, 10);
  download(
    new Blob([text], { type: 'application/json' }),
    `${fileName('battlemap', label, stamp)}.json`,
  );
}
