// The peer of "CSV import": the same file's bytes decoded by TextDecoder, parsed by PapaParse and
// put into IndexedDB by Dexie, one record per row, in a database of its own (never the app's).
import { Dexie } from 'dexie';
import Papa from 'papaparse';
import { exposeBenchApi } from './lib/page-api.ts';

/** Milliseconds from the bytes in memory to the rows stored; the download is not counted. */
async function importBare(url: string, encoding: string, dbName: string): Promise<number> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  await Dexie.delete(dbName);
  const db = new Dexie(dbName);
  db.version(1).stores({ rows: 'id' });
  try {
    const start = performance.now();
    const text = new TextDecoder(encoding).decode(bytes);
    const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    await db.table('rows').bulkPut(data.slice(1).map((cells, id) => ({ id, cells })));
    return performance.now() - start;
  } finally {
    db.close();
    await Dexie.delete(dbName);
  }
}

exposeBenchApi({ importBare });
