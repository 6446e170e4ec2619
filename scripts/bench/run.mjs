// `npm run bench`: builds the app and the bench pages (the npm script does), serves both from one
// origin, measures every figure in headless Chromium, prints the table and writes BENCHMARKS.md.
// Options: --strict (exit 1 when a figure misses its target), --runs N (default and minimum 5),
// --only id,id (measure some figures; BENCHMARKS.md is then left alone), --port N (default 4190).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FIGURES } from './figures/index.mjs';
import { Bench } from './lib/bench.mjs';
import { benchmarksMarkdown, describeMachine } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { evaluateRow, textTable } from './lib/table.mjs';

/** Fewer runs than this would make the medians a matter of luck. */
const MIN_RUNS = 5;

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist`;
const distBench = `${root}dist-bench`;

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: String(MIN_RUNS) },
    only: { type: 'string' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4190' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < MIN_RUNS) {
  console.error(`--runs must be a whole number of at least ${MIN_RUNS}`);
  process.exit(2);
}
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !FIGURES.some((f) => f.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`no figure ${unknown.join(', ')}; known: ${FIGURES.map((f) => f.id).join(', ')}`);
  process.exit(2);
}
for (const page of [`${dist}/index.html`, `${distBench}/seed.html`]) {
  if (!existsSync(page)) {
    console.error(`${page} is missing: run \`npm run bench\`, which builds first`);
    process.exit(2);
  }
}

const log = (line) => console.log(line);
const machine = describeMachine();
const dataDir = mkdtempSync(join(tmpdir(), 'battlemap-bench-'));
const server = await serve(
  { '/': dist, '/bench/': distBench, '/bench-data/': dataDir },
  Number(values.port),
);
const bench = await Bench.launch({ baseUrl: server.url, dist, dataDir, runs, log });
const chromium = bench.browser.version();
log(
  `Chromium ${chromium} · ${machine.cores} cores · load ${machine.load.toFixed(2)} · ${runs} runs`,
);

const results = [];
const failures = [];
try {
  for (const figure of FIGURES.filter((f) => !only || only.includes(f.id))) {
    log(`measuring ${figure.id} …`);
    const started = Date.now();
    try {
      const rows = await figure.measure(bench);
      results.push(...rows.map(evaluateRow));
      log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failures.push(`${figure.id}: ${error instanceof Error ? error.message : String(error)}`);
      log(`  FAILED: ${failures.at(-1)}`);
    }
  }
} finally {
  await bench.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
failures.push(...bench.pageErrors.map((e) => `page error: ${e}`));

log('');
log(textTable(results));
log('');
const missed = results.filter((r) => r.ok === false);
if (missed.length > 0) log(`Missed targets: ${missed.map((r) => r.figure).join('; ')}`);

if (failures.length > 0) {
  console.error(
    `Not written to BENCHMARKS.md, because measuring failed:\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
if (only) {
  log('BENCHMARKS.md left alone (--only measured part of the figures).');
} else {
  const markdown = benchmarksMarkdown({
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    machine,
    chromium,
    runs,
    results,
    command: 'npm run bench',
  });
  writeFileSync(`${root}BENCHMARKS.md`, markdown);
  log('Written to BENCHMARKS.md.');
}
if (values.strict && missed.length > 0) process.exit(1);
