import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands.ts';
import { blankWorkstreams } from '../core/project.ts';
import { aDoc, aProject } from '../core/test-factories.ts';
import { exportTable } from './export-table.ts';
import { guessTable, previewImport } from './import-table.ts';
import type { PlanOptions } from './plan.ts';
import { readFile } from './read-file.ts';
import { fixture } from './test/fixtures.ts';

const options: PlanOptions = {
  asOf: '2018-02-12',
  locale: 'zh-CN',
  newId: () => 'n',
  deleteMissing: false,
  skipRejected: false,
  blankClears: false,
};

const doc = () =>
  aDoc({
    campaign: { targets: { planned: 200, signed: 50 } },
    projects: [aProject({ id: 'a', code: 'JJ2018-0001', name: '安踏一体化产业园', tier: 'major' })],
  });

describe('stage ledger (workstreams) import', () => {
  it('updates a project’s workstream and rejects unknown codes and workstreams by line', async () => {
    const read = await readFile(fixture('workstreams.csv'), null);
    const sheet = read.sheets[0]!;
    expect(guessTable(sheet)).toBe('workstreams');
    const { plan } = previewImport(doc(), sheet, 'workstreams', new Map(), options);
    expect(plan.problems.map((p) => [p.line, p.reason, p.value])).toEqual([
      [3, 'unknownProjectCode', 'NOPE-0001'],
      [4, 'unknownChoice', '不是事项'],
    ]);
    expect(plan.counts).toMatchObject({ new: 1, rejected: 2 });
    const { plan: partial } = previewImport(doc(), sheet, 'workstreams', new Map(), {
      ...options,
      skipRejected: true,
    });
    const result = applyCommand(doc(), partial.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.projects[0]?.workstreams?.land).toEqual({
      planStart: '2018-01-01',
      planEnd: '2018-03-31',
      actualStart: '2018-01-05',
      actualEnd: null,
      percent: 80,
      owner: '王伟',
      note: '剩余3户',
    });
    expect(result.doc.projects[0]?.workstreams?.signing).toEqual(blankWorkstreams().signing);
  });

  it('reads back its own export unchanged', () => {
    const d = doc();
    const withStreams = {
      ...d,
      projects: [
        {
          ...d.projects[0]!,
          workstreams: {
            ...blankWorkstreams(),
            funding: { ...blankWorkstreams().funding, percent: 40, owner: '财政局' },
          },
        },
      ],
    };
    const table = exportTable('workstreams', withStreams, {
      locale: 'en',
      asOf: '2018-02-12',
      year: 2018,
    });
    const rows = [
      table.columns.map((c) => c.header),
      ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
    ];
    const sheet = { name: '', rows: rows.map((cells, i) => ({ line: i + 1, cells })) };
    const { plan } = previewImport(withStreams, sheet, 'workstreams', new Map(), options);
    expect(plan.counts).toMatchObject({ unchanged: 5, changed: 0, new: 0, rejected: 0 });
    expect(plan.command).toBeNull();
  });
});

describe('targets import', () => {
  it('sets the five batches’ annual targets as one batch command', async () => {
    const read = await readFile(fixture('targets.csv'), null);
    const sheet = read.sheets[0]!;
    expect(guessTable(sheet)).toBe('targets');
    const { plan } = previewImport(doc(), sheet, 'targets', new Map(), options);
    expect(plan.outcomes.map((o) => [o.label, o.status, o.changes[0]?.after])).toEqual([
      ['策划生成', 'changed', '210'],
      ['签约', 'changed', '55'],
      ['技改增资', 'changed', '12'],
    ]);
    const result = applyCommand(doc(), plan.command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.campaign.targets).toMatchObject({ planned: 210, signed: 55, upgraded: 12 });
  });

  it('rejects unknown batches and counts that are not whole numbers', () => {
    const sheet = {
      name: '',
      rows: [
        ['指标', '年度目标'],
        ['开工一批', '7.5'],
        ['招商', '3'],
      ].map((cells, i) => ({ line: i + 1, cells })),
    };
    const { plan } = previewImport(doc(), sheet, 'targets', new Map(), options);
    expect(plan.problems.map((p) => [p.line, p.reason, p.value])).toEqual([
      [2, 'notANumber', '7.5'],
      [3, 'unknownChoice', '招商'],
    ]);
    expect(plan.blocking).toBe(true);
  });
});
