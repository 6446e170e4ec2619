// BENCHMARKS.md: the table with what it was measured on, so a reader can tell whether two tables
// can be compared at all.
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { markdownTable } from './table.mjs';

const GB = 1024 ** 3;

/** The machine as the operating system reports it, plus its load when the run began. */
export function describeMachine() {
  const cores = cpus();
  return {
    cores: cores.length,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    memoryGb: totalmem() / GB,
    freeGb: freemem() / GB,
    os: `${type()} ${release()}`,
    node: process.version,
    load: loadavg()[0],
  };
}

export function benchmarksMarkdown({ date, machine, chromium, runs, results, command }) {
  return `# Benchmarks

Written by \`${command}\` (see the README's "Benchmarks" section); do not edit by hand.

- Date: ${date}
- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb.toFixed(1)} GB memory, ${machine.os}
- Load when the run began: ${machine.load.toFixed(2)} (1-minute load average; near 0 on an idle machine)
- Chromium ${chromium}, headless; Node ${machine.node}
- Each figure is the median of ${runs} runs (bundle sizes: one reading); ratio = ours ÷ peer

${markdownTable(results)}
`;
}
