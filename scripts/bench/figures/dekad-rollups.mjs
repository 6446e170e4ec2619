// 旬 roll-ups at 10,000 projects: every figure bucketed by 旬 and summed to 旬, months, quarters
// and the year (src/core/period-rollup.ts), counting the whole year's facts.
import { corePage, sample } from '../lib/core-page.mjs';

const COUNT = 10_000;
const REPS = 10;

export default {
  id: 'dekad-rollups',
  async measure(bench) {
    const { page, close } = await corePage(bench, COUNT);
    try {
      return [
        {
          figure: '旬 roll-ups, all figures, 10k projects',
          unit: 'ms',
          ours: await sample(page, 'dekadRollups', bench.runs, REPS),
          targets: [{ max: 50, on: 'ours' }],
        },
      ];
    } finally {
      await close();
    }
  },
};
