import { describe, expect, it } from 'vitest';
import { benchmarksMarkdown, describeMachine } from '../../../scripts/bench/lib/report.mjs';
import { evaluateRow } from '../../../scripts/bench/lib/table.mjs';

describe('describeMachine', () => {
  it('reports cores and memory as the operating system sees them', () => {
    const machine = describeMachine();
    expect(machine.cores).toBeGreaterThan(0);
    expect(machine.memoryGb).toBeGreaterThan(0);
    expect(machine.node).toBe(process.version);
  });
});

describe('benchmarksMarkdown', () => {
  it('puts the date, machine, load, Chromium version and runs above the table', () => {
    const markdown = benchmarksMarkdown({
      date: '2026-01-02 03:04 UTC',
      machine: {
        cores: 2,
        cpu: 'Test CPU',
        memoryGb: 23.4,
        freeGb: 10,
        os: 'Linux 6.1',
        node: 'v20.0.0',
        load: 0.42,
      },
      chromium: '156.0.8078.108',
      runs: 5,
      results: [evaluateRow({ figure: 'cold start', unit: 'ms', ours: [900] })],
      command: 'npm run bench',
    });
    expect(markdown).toContain('- Date: 2026-01-02 03:04 UTC');
    expect(markdown).toContain('- Machine: 2 cores (Test CPU), 23.4 GB memory, Linux 6.1');
    expect(markdown).toContain('Load when the run began: 0.42');
    expect(markdown).toContain('Chromium 156.0.8078.108');
    expect(markdown).toContain('median of 5 runs');
    expect(markdown).toContain('| cold start | 900 ms | — | — | — | — |');
  });
});
