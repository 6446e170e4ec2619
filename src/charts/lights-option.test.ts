import { describe, expect, it } from 'vitest';
import { aDoc, aProject } from '../core/test-factories.ts';
import type { Problem } from '../core/types.ts';
import { EMPTY_CALENDAR } from '../core/working-days.ts';
import { LIGHT_ORDER, lightsData, lightsOption } from './lights-option.ts';
import { LIGHT_COLORS } from './palette.ts';

const asOf = '2018-02-12';

/** An open problem within the city's authority, raised long before the as-of date. */
const overdueProblem: Problem = {
  id: 'q1',
  projectId: 'green2',
  description: '征迁遇阻',
  scope: 'own',
  raisedOn: '2018-01-02',
  ownerUnit: '市住建局',
  escalation: 'project',
  status: 'open',
  resolvedOn: null,
  resolution: '',
  dueOverride: null,
  history: [],
};

const doc = aDoc({
  projects: [
    // Planned to start before the as-of date, not started: red.
    aProject({ id: 'late', milestones: { started: { plan: '2018-02-01' } } }),
    // Due within the 10 days of the default rules: yellow.
    aProject({ id: 'soon', milestones: { signed: { plan: '2018-02-15' } } }),
    aProject({ id: 'green1' }),
    aProject({ id: 'green2' }),
  ],
  problems: [overdueProblem],
});

describe('lightsData', () => {
  it('counts each light as the core decides it, overdue problems included', () => {
    const data = lightsData(doc, asOf, EMPTY_CALENDAR);
    expect(data.counts).toEqual({ red: 2, yellow: 1, green: 1 });
    expect(data.total).toBe(4);
  });

  it('looks back: on an earlier as-of date the milestone is not yet late', () => {
    expect(lightsData(doc, '2018-01-03', EMPTY_CALENDAR).counts).toEqual({
      red: 0,
      yellow: 0,
      green: 4,
    });
  });
});

describe('lightsOption', () => {
  it('draws red, yellow and green, worst first, each in its colour', () => {
    const option = lightsOption(lightsData(doc, asOf, EMPTY_CALENDAR), 'zh-CN');
    expect(LIGHT_ORDER).toEqual(['red', 'yellow', 'green']);
    const [bars] = option.series as { data: { value: number; itemStyle: { color: string } }[] }[];
    expect(bars?.data.map((d) => d.value)).toEqual([2, 1, 1]);
    expect(bars?.data.map((d) => d.itemStyle.color)).toEqual([
      LIGHT_COLORS.red,
      LIGHT_COLORS.yellow,
      LIGHT_COLORS.green,
    ]);
    expect((option.xAxis as { data: string[] }).data[0]).toBe('红灯·滞后');
    const label = (bars as unknown as { label: { formatter: (p: unknown) => string } }).label;
    expect(label.formatter({ value: 2 })).toBe('2 个（50.0%）');
  });

  it('speaks English', () => {
    const option = lightsOption(lightsData(doc, asOf, EMPTY_CALENDAR), 'en');
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'Red · behind',
      'Yellow · at risk',
      'Green · on plan',
    ]);
    const [bars] = option.series as unknown as { label: { formatter: (p: unknown) => string } }[];
    expect(bars?.label.formatter({ value: 1 })).toBe('1 (25.0%)');
  });
});
