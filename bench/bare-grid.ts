// The peer of "sheet ready": Handsontable on its own, with the ledger's rows and columns (widths,
// text and dropdown cells, frozen columns), but none of the app around it: no Svelte, no storage
// layer, no custom renderer. The container takes the size the app's grid had (?w=&h=), so both
// draw the same number of cells.
//
// Two ways to get the rows:
// - by default it builds them in memory, between two marks the driver subtracts (the figure with
//   the target: Handsontable's own time);
// - with ?from=idb it reads them from an IndexedDB database of its own, as row arrays in as many
//   records as the app has chunks, written before by a visit with ?store (the driver does not
//   subtract this read: the app's figure includes its own).
import Handsontable from 'handsontable/base';
import { registerCellType, DropdownCellType, TextCellType } from 'handsontable/cellTypes';
import { buildSampleCampaign } from '../src/core/sample-campaign.ts';
import { FROZEN_COLUMNS, PROJECT_COLUMNS, projectRow } from '../src/grid/project-columns.ts';
import type { CellValue, ColumnContext } from '../src/grid/project-columns.ts';
import { HANDSONTABLE_LICENSE_KEY } from '../src/grid/license.ts';
import { CHUNK_COUNT } from '../src/persistence/project-chunks.ts';
import { markAfterPaint } from '../src/ui/user-timing.ts';
import { queryNumber } from './lib/page-api.ts';
import { scaleCampaign } from './lib/scale-campaign.ts';

registerCellType(TextCellType);
registerCellType(DropdownCellType);

const ROWS_DB = 'bench-bare-grid';
const STORE = 'rows';
/** The record holding the columns' context; the rows' records are 0 … CHUNK_COUNT - 1. */
const CONTEXT_KEY = 'context';

function buildRows(): { rows: CellValue[][]; ctx: ColumnContext } {
  const doc = scaleCampaign(buildSampleCampaign(), queryNumber('count', 10_000));
  const ctx: ColumnContext = {
    locale: 'zh-CN',
    asOf: doc.campaign.asOf ?? `${doc.campaign.year}-12-31`,
    year: doc.campaign.year,
    lists: doc.campaign.lists,
  };
  return { rows: doc.projects.map((p) => projectRow(p, ctx)), ctx };
}

function draw(data: CellValue[][], ctx: ColumnContext): void {
  const container = document.getElementById('grid') as HTMLDivElement;
  container.style.width = `${queryNumber('w', innerWidth)}px`;
  container.style.height = `${queryNumber('h', innerHeight)}px`;
  new Handsontable(container, {
    data,
    columns: PROJECT_COLUMNS.map((column) => {
      const choices = column.choices(ctx);
      return {
        title: column.key,
        width: column.width,
        type: choices ? 'dropdown' : 'text',
        ...(choices ? { source: choices } : {}),
      };
    }),
    colHeaders: true,
    rowHeaders: true,
    fixedColumnsStart: FROZEN_COLUMNS,
    height: '100%',
    width: '100%',
    licenseKey: HANDSONTABLE_LICENSE_KEY,
  });
  markAfterPaint('bench:grid-ready');
}

function openRows(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(ROWS_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${ROWS_DB}`));
  });
}

/** Writes the rows (and their context) for later visits with ?from=idb. */
async function storeRows(): Promise<void> {
  const { rows, ctx } = buildRows();
  const db = await openRows();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  store.clear();
  const size = Math.ceil(rows.length / CHUNK_COUNT);
  for (let i = 0; i < CHUNK_COUNT; i++) store.put(rows.slice(i * size, (i + 1) * size), i);
  store.put(ctx, CONTEXT_KEY);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error ?? new Error('the rows were not stored'));
  });
  db.close();
  performance.mark('bench:stored');
}

/** One transaction, as the app's first read: every record at once. */
async function readRows(): Promise<{ rows: CellValue[][]; ctx: ColumnContext }> {
  const db = await openRows();
  const store = db.transaction(STORE, 'readonly').objectStore(STORE);
  const all = store.getAll();
  const context = store.get(CONTEXT_KEY);
  await new Promise((resolve, reject) => {
    all.transaction!.oncomplete = resolve;
    all.transaction!.onerror = () => reject(all.error ?? new Error('the rows were not read'));
  });
  db.close();
  // getAll returns the records in key order: the numbered chunks, then the context.
  const records = all.result as unknown[];
  const rows = (records.slice(0, CHUNK_COUNT) as CellValue[][][]).flat();
  return { rows, ctx: context.result as ColumnContext };
}

const query = new URLSearchParams(location.search);
if (query.has('store')) {
  void storeRows();
} else if (query.get('from') === 'idb') {
  void readRows().then(({ rows, ctx }) => draw(rows, ctx));
} else {
  performance.mark('bench:rows-start');
  const { rows, ctx } = buildRows();
  performance.mark('bench:rows-ready');
  draw(rows, ctx);
}
