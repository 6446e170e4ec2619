// Edit → KPIs recomputed at 10,000 projects: the script time of one ledger edit as the Workspace
// runs it (command, autosave change detection, the dashboard's figures), against the physical
// floor, one plain loop over the rows reading the same facts.
import { corePage, sample } from '../lib/core-page.mjs';

const COUNT = 10_000;
const REPS = 20;

export default {
  id: 'edit-kpis',
  async measure(bench) {
    const { page, close } = await corePage(bench, COUNT);
    try {
      const ours = [];
      const floor = [];
      // Alternate, so machine load hits both alike.
      for (let run = 0; run < bench.runs; run++) {
        ours.push(...(await sample(page, 'editToFigures', 1, REPS)));
        floor.push(...(await sample(page, 'floorLoop', 1, REPS)));
      }
      return [
        {
          figure: 'edit → KPIs recomputed, 10k projects (script)',
          unit: 'ms',
          ours,
          peer: { name: 'one plain loop', samples: floor },
          targets: [{ max: 16, on: 'ours' }],
        },
      ];
    } finally {
      await close();
    }
  },
};
