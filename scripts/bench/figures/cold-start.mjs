// Cold start with 10,000 projects stored: from navigating to the app until the dashboard's KPIs
// are painted, in a new page each run (the browser's caches stay warm, as for a returning user).
import { APP_MARKS, markTime, shownProjectCount } from '../lib/bench.mjs';

const COUNT = 10_000;

async function coldStart(bench, context) {
  const page = await bench.open(context, '#/');
  const ms = await markTime(page, APP_MARKS.dashboardReady);
  const count = await shownProjectCount(page);
  await page.close();
  if (count !== COUNT) throw new Error(`the app opened ${count} projects, not ${COUNT}`);
  return ms;
}

export default {
  id: 'cold-start',
  async measure(bench) {
    const context = await bench.campaign(COUNT);
    await coldStart(bench, context);
    const samples = [];
    for (let run = 0; run < bench.runs; run++) samples.push(await coldStart(bench, context));
    return [
      {
        figure: 'cold start, 10k stored (navigation → dashboard painted)',
        unit: 'ms',
        ours: samples,
        targets: [{ max: 1000, on: 'ours' }],
      },
    ];
  },
};
