// Sheet ready at 10,000 projects: from navigating to #/projects (campaign stored) until the ledger
// grid is painted, against a bare Handsontable page drawing the same rows and columns in a box of
// the same size. Runs alternate between them, so machine load hits all alike. Two peers: the
// issue's (rows built in memory, their building not counted), and, with no target, the same page
// reading its rows from IndexedDB as the app must (what a local-first sheet could do at best).
import { APP_MARKS, markTime, shownProjectCount } from '../lib/bench.mjs';

const COUNT = 10_000;

async function ours(bench, context) {
  const page = await bench.open(context, '#/projects');
  const ms = await markTime(page, APP_MARKS.gridReady);
  const count = await shownProjectCount(page);
  if (count !== COUNT) throw new Error(`the app opened ${count} projects, not ${COUNT}`);
  const box = await page.getByTestId('projects-grid').boundingBox();
  await page.close();
  return { ms, box };
}

async function bare(bench, context, box) {
  const query = `count=${COUNT}&w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
  const page = await bench.open(context, `bench/bare-grid.html?${query}`);
  const ready = await markTime(page, 'bench:grid-ready');
  // Building the rows stands in for the app's read from IndexedDB: not Handsontable's time.
  const rows = await page.evaluate(
    () =>
      performance.getEntriesByName('bench:rows-ready')[0].startTime -
      performance.getEntriesByName('bench:rows-start')[0].startTime,
  );
  await page.close();
  return ready - rows;
}

/** The bare page with its rows read from its own IndexedDB database (written once, unmeasured). */
async function bareStored(bench, context, box) {
  const query = `from=idb&w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
  const page = await bench.open(context, `bench/bare-grid.html?${query}`);
  const ready = await markTime(page, 'bench:grid-ready');
  await page.close();
  return ready;
}

async function storeBareRows(bench, context) {
  const page = await bench.open(context, `bench/bare-grid.html?count=${COUNT}&store`);
  await markTime(page, 'bench:stored');
  await page.close();
}

export default {
  id: 'sheet-ready',
  async measure(bench) {
    const context = await bench.campaign(COUNT);
    // One unmeasured round of each first (off-the-record contexts keep no V8 code cache to warm).
    const { box } = await ours(bench, context);
    await bare(bench, context, box);
    await storeBareRows(bench, context);
    await bareStored(bench, context, box);
    const samples = { ours: [], bare: [], stored: [] };
    for (let run = 0; run < bench.runs; run++) {
      samples.ours.push((await ours(bench, context)).ms);
      samples.bare.push(await bare(bench, context, box));
      samples.stored.push(await bareStored(bench, context, box));
    }
    return [
      {
        figure: 'sheet ready, 10k projects (#/projects → grid painted)',
        unit: 'ms',
        ours: samples.ours,
        peer: { name: 'bare Handsontable', samples: samples.bare },
        targets: [{ max: 1.15, on: 'ratio' }],
      },
      {
        figure: 'sheet ready, 10k projects, against a peer reading its rows from IndexedDB',
        unit: 'ms',
        ours: samples.ours,
        peer: { name: 'bare Handsontable, rows from IndexedDB', samples: samples.stored },
      },
    ];
  },
};
