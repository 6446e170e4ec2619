// Memory: the JS heap of the app showing the dashboard of a stored campaign of 733 (the sample's
// size: the app's own baseline), 10,000 and 50,000 projects, after a forced garbage collection, in
// a new page each run.
import { APP_MARKS, markTime, shownProjectCount, usedHeap } from '../lib/bench.mjs';

const MB = 1024 * 1024;

async function heapAfterLoading(bench, context, count) {
  const page = await bench.open(context, '#/');
  await markTime(page, APP_MARKS.dashboardReady);
  const shown = await shownProjectCount(page);
  if (shown !== count) throw new Error(`the app opened ${shown} projects, not ${count}`);
  const bytes = await usedHeap(page);
  await page.close();
  return bytes / MB;
}

export default {
  id: 'memory',
  async measure(bench) {
    const rows = [];
    for (const count of [733, 10_000, 50_000]) {
      const context = await bench.campaign(count);
      const samples = [];
      for (let run = 0; run < bench.runs; run++) {
        samples.push(await heapAfterLoading(bench, context, count));
      }
      rows.push({
        figure: `memory: JS heap, ${count < 1000 ? count : `${count / 1000}k`} projects loaded`,
        unit: 'MB',
        ours: samples,
      });
    }
    return rows;
  },
};
