import { describe, expect, it } from 'vitest';
import { blankProject } from './project.ts';
import { countLights, projectStatus, workstreamLight } from './status.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import type { Project, Workstream } from './types.ts';

const rules = DEFAULT_STATUS_RULES;
const input = { asOf: '2018-02-12', year: 2018, rules };

function withMilestone(
  m: keyof Project['milestones'],
  plan: string | null,
  actual: string | null,
): Project {
  const p = blankProject('p', 'C');
  return { ...p, milestones: { ...p.milestones, [m]: { plan, actual } } };
}

describe('projectStatus', () => {
  it('is green with nothing planned', () => {
    expect(projectStatus(blankProject('p', 'C'), input)).toEqual({ light: 'green', reasons: [] });
  });

  it('is red when a planned date passed without its actual date', () => {
    const s = projectStatus(withMilestone('started', '2018-02-11', null), input);
    expect(s.light).toBe('red');
    expect(s.reasons).toEqual([
      { kind: 'milestoneOverdue', milestone: 'started', plan: '2018-02-11' },
    ]);
  });

  it('is not red on the planned day itself, but yellow: it falls due now', () => {
    expect(projectStatus(withMilestone('started', '2018-02-12', null), input).light).toBe('yellow');
  });

  it('is yellow when a milestone falls due within the set number of days, green beyond', () => {
    expect(projectStatus(withMilestone('signed', '2018-02-22', null), input).light).toBe('yellow');
    expect(projectStatus(withMilestone('signed', '2018-02-23', null), input).light).toBe('green');
    const strict = { ...input, rules: { ...rules, dueSoonDays: 20 } };
    expect(projectStatus(withMilestone('signed', '2018-02-23', null), strict).light).toBe('yellow');
  });

  it('is green once the actual date is there, however late', () => {
    expect(projectStatus(withMilestone('started', '2018-01-01', '2018-02-01'), input).light).toBe(
      'green',
    );
  });

  it('is yellow when investment done trails time progress by more than the margin', () => {
    const base: Project = { ...blankProject('p', 'C'), stage: 'construction', annualPlan: 1000 };
    // Time progress on 02-12 is 43/365 = 11.8%; a margin of 10 points puts the line at 1.8%.
    const behind = { ...base, investments: [{ date: '2018-01-31', amount: 10 }] };
    const onPlan = { ...base, investments: [{ date: '2018-01-31', amount: 20 }] };
    expect(projectStatus(behind, input).reasons[0]?.kind).toBe('investmentBehind');
    expect(projectStatus(onPlan, input).light).toBe('green');
  });

  it('is red with an overdue problem', () => {
    expect(projectStatus(blankProject('p', 'C'), { ...input, overdueProblems: 1 }).light).toBe(
      'red',
    );
  });
});

describe('workstreamLight', () => {
  const w: Workstream = {
    planStart: '2018-01-01',
    planEnd: '2018-06-30',
    actualStart: '2018-01-05',
    actualEnd: null,
    percent: 20,
    owner: '',
    note: '',
  };

  it('follows the plan: green on track, yellow behind, red past the end, green when done', () => {
    expect(workstreamLight(w, '2018-02-12', rules)).toBe('green');
    expect(workstreamLight({ ...w, percent: 5 }, '2018-03-31', rules)).toBe('yellow');
    expect(workstreamLight(w, '2018-07-01', rules)).toBe('red');
    expect(workstreamLight({ ...w, actualEnd: '2018-06-01' }, '2018-07-01', rules)).toBe('green');
    expect(workstreamLight(w, '2018-06-25', rules)).toBe('yellow');
  });
});

describe('countLights', () => {
  it('counts each colour', () => {
    expect(countLights(['red', 'green', 'red', 'yellow'])).toEqual({ green: 1, yellow: 1, red: 2 });
  });
});
