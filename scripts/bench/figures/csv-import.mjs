// CSV import at 10,000 rows, UTF-8 (with a BOM, as Excel writes "CSV UTF-8") and GB18030 (as
// Chinese Excel and WPS write "CSV"): in the app, from choosing the file on #/data until the rows
// are committed and saved, against bare TextDecoder + PapaParse + Dexie bulkPut of the same bytes.
// Ours is timed from the driver (the app has no marks for it), so it includes a few round trips.
import iconv from 'iconv-lite';
import { performance } from 'node:perf_hooks';
import { ledgerCsv } from '../lib/ledger-csv.mjs';

const ROWS = 10_000;

const FILES = [
  { label: 'UTF-8', encoding: 'utf-8', bytes: (text) => Buffer.from('\uFEFF' + text, 'utf8') },
  { label: 'GB18030', encoding: 'gb18030', bytes: (text) => iconv.encode(text, 'gb18030') },
];

/** Into an empty campaign (a fresh browser context each run), until saved in IndexedDB. */
async function ours(bench, file) {
  const context = await bench.freshCampaign(0);
  try {
    const page = await bench.open(context, '#/data');
    await page.locator('[data-testid="project-count"][data-count="0"]').waitFor();
    const start = performance.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.locator(`[data-testid="import-preview"][data-new="${ROWS}"]`).waitFor();
    await page.getByTestId('import-confirm').click();
    await page.locator(`[data-testid="project-count"][data-count="${ROWS}"]`).waitFor();
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

export default {
  id: 'csv-import',
  async measure(bench) {
    const text = ledgerCsv(ROWS);
    const context = await bench.newContext();
    try {
      const peerPage = await bench.openApi(context, 'bench/import-peer.html');
      const rows = [];
      for (const { label, encoding, bytes } of FILES) {
        const file = bench.writeData(`ledger-${encoding}.csv`, bytes(text));
        const bare = () =>
          peerPage.evaluate(
            ([url, enc]) => window.bench.importBare(url, enc, 'bench-peer'),
            [file.url, encoding],
          );
        // One unmeasured round of each warms the caches; then alternate.
        await ours(bench, file.path);
        await bare();
        const samples = { ours: [], bare: [] };
        for (let run = 0; run < bench.runs; run++) {
          samples.ours.push(await ours(bench, file.path));
          samples.bare.push(await bare());
        }
        rows.push({
          figure: `CSV import, 10k rows, ${label} (file → committed, saved)`,
          unit: 'ms',
          ours: samples.ours,
          peer: { name: 'PapaParse + Dexie bulkPut', samples: samples.bare },
          targets: [
            { max: 1000, on: 'ours' },
            { max: 2, on: 'ratio' },
          ],
        });
      }
      return rows;
    } finally {
      await context.close();
    }
  },
};
