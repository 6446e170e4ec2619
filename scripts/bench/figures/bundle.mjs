// The bundle: what the first screen downloads (gzip), against the 350 KB budget, and each chunk
// loaded later. Read from dist/, so it needs no browser and one run.
import { bundleSizes } from '../lib/bundle.mjs';

/** KB as Vite's build report counts them, so the two can be compared. */
const KB = 1000;

export default {
  id: 'bundle',
  async measure(bench) {
    const { initialJs, initialCss, lazy } = bundleSizes(bench.dist);
    return [
      {
        figure: 'bundle: initial JS + CSS (gzip)',
        unit: 'KB',
        ours: [(initialJs + initialCss) / KB],
        targets: [{ max: 350, on: 'ours' }],
      },
      { figure: 'bundle: initial JS (gzip)', unit: 'KB', ours: [initialJs / KB] },
      { figure: 'bundle: initial CSS (gzip)', unit: 'KB', ours: [initialCss / KB] },
      ...lazy.map((chunk) => ({
        figure: `bundle: lazy chunk ${chunk.name} (gzip)`,
        unit: 'KB',
        ours: [chunk.gzip / KB],
      })),
    ];
  },
};
