// CSV import at 10,000 rows, UTF-8 (with a BOM, as Excel writes "CSV UTF-8") and GB18030 (as
// Chinese Excel and WPS write "CSV"): in the app, from choosing the file on #/data until the rows
// are committed and saved, against bare TextDecoder + PapaParse + Dexie bulkPut of the same bytes.
// Ours is timed in the page, as the peer is: from the file input's change event until the preview
// is painted, plus from the click on confirm until the save is painted. The wait between the two
// is the user's reading; the driver's polling (Playwright re-checks a locator at growing intervals,
// up to 500 ms apart) and its checks before clicking are not the app's time either.
import iconv from 'iconv-lite';
import { ledgerCsv } from '../lib/ledger-csv.mjs';

const ROWS = 10_000;

const FILES = [
  { label: 'UTF-8', encoding: 'utf-8', bytes: (text) => Buffer.from('\uFEFF' + text, 'utf8') },
  { label: 'GB18030', encoding: 'gb18030', bytes: (text) => iconv.encode(text, 'gb18030') },
];

/**
 * Runs in the page: records when the file is chosen, when the preview of `rows` new rows is
 * painted, when confirm is clicked and when the committed rows show as saved.
 */
function recordImportTimes(rows) {
  const times = {};
  window.__importTimes = times;
  // The frame showing the DOM as it is now has been painted: the task queued from its animation
  // frame runs just after the paint.
  const painted = (key) =>
    requestAnimationFrame(() => setTimeout(() => (times[key] ??= performance.now()), 0));
  const on = (type, testid, key) =>
    document.addEventListener(
      type,
      (event) => {
        if (event.target.closest?.(`[data-testid="${testid}"]`)) times[key] ??= event.timeStamp;
      },
      true,
    );
  on('change', 'import-file', 'chosen');
  on('click', 'import-confirm', 'confirmed');
  let previewSeen = false;
  let savedSeen = false;
  const shows = (selector) => document.querySelector(selector) !== null;
  new MutationObserver(() => {
    if (!previewSeen && shows(`[data-testid="import-preview"][data-new="${rows}"]`)) {
      previewSeen = true;
      painted('preview');
    }
    if (
      !savedSeen &&
      times.confirmed !== undefined &&
      shows(`[data-testid="project-count"][data-count="${rows}"]`) &&
      shows('[data-testid="save-status"][data-status="saved"]')
    ) {
      savedSeen = true;
      painted('saved');
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
}

/** Into an empty campaign (a fresh browser context each run), until saved in IndexedDB. */
async function ours(bench, file) {
  const context = await bench.freshCampaign(0);
  try {
    const page = await bench.open(context, '#/data');
    await page.locator('[data-testid="project-count"][data-count="0"]').waitFor();
    await page.evaluate(recordImportTimes, ROWS);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.locator(`[data-testid="import-preview"][data-new="${ROWS}"]`).waitFor();
    await page.getByTestId('import-confirm').click();
    const saved = await page.waitForFunction(
      () => window.__importTimes.saved && window.__importTimes,
    );
    const t = await saved.jsonValue();
    return t.preview - t.chosen + (t.saved - t.confirmed);
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
