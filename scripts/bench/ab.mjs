// `npm run bench:ab -- <dist-a> <dist-b>`: two builds of the app opened on the same view with the
// same stored campaign, runs alternating between them, each build on an origin of its own. Prints
// each build's median time to the view's mark and the median of every other User Timing mark the
// page set (a build made with temporary `performance.mark` calls shows where its time went).
// A change of 20 ms needs 25 runs or more on this two-core machine to stand out of the noise.
// Options (the defaults are the battle map's 1k figure): --route '#/battlemap'
// --mark battlemap:battlemap-ready --count 1000 --without-workstreams --runs 25 --port 4290 (the
// second build is served on the next port). The sheet's figure: --route '#/projects'
// --mark battlemap:grid-ready --count 10000 --without-workstreams.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Bench, markTime } from './lib/bench.mjs';
import { serve } from './lib/server.mjs';
import { median } from './lib/stats.mjs';

const distBench = fileURLToPath(new URL('../../dist-bench', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    route: { type: 'string', default: '#/battlemap' },
    mark: { type: 'string', default: 'battlemap:battlemap-ready' },
    count: { type: 'string', default: '1000' },
    'without-workstreams': { type: 'boolean', default: false },
    runs: { type: 'string', default: '25' },
    port: { type: 'string', default: '4290' },
  },
});
const runs = Number(values.runs);
if (positionals.length !== 2 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:ab -- <dist-a> <dist-b> [--runs N] [--route R] [--mark M]');
  process.exit(2);
}
for (const page of [...positionals.map((d) => `${d}/index.html`), `${distBench}/seed.html`]) {
  if (!existsSync(page)) {
    console.error(
      `${page} is missing (the bench pages: npx vite build --config vite.bench.config.ts)`,
    );
    process.exit(2);
  }
}

const builds = [];
for (const [i, dist] of positionals.entries()) {
  const server = await serve({ '/': dist, '/bench/': distBench }, Number(values.port) + i);
  const options = { baseUrl: server.url, dist, runs, log: () => {} };
  // One browser for both builds: the first launches it, the second shares it.
  const bench = i === 0 ? await Bench.launch(options) : new Bench(builds[0].bench.browser, options);
  const context = await bench.campaign(Number(values.count), {
    workstreams: !values['without-workstreams'],
  });
  builds.push({ dist, server, bench, context, ms: [], marks: new Map() });
}

for (let run = 0; run < runs; run++) {
  for (const build of builds) {
    const page = await build.bench.open(build.context, values.route);
    build.ms.push(await markTime(page, values.mark));
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    );
    for (const [name, at] of marks) build.marks.set(name, [...(build.marks.get(name) ?? []), at]);
    await page.close();
  }
}

for (const { dist, ms, marks } of builds) {
  console.log(`${dist}: median ${median(ms).toFixed(0)} ms over ${ms.length} runs`);
  const rows = [...marks].map(([name, at]) => [name, median(at)]).sort((a, b) => a[1] - b[1]);
  for (const [name, at] of rows) console.log(`  ${at.toFixed(0).padStart(6)}  ${name}`);
}
await builds[0]?.bench.close();
for (const { server } of builds) await server.close();
