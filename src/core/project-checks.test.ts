import { describe, expect, it } from 'vitest';
import { blankWorkstreams } from './project.ts';
import { checkProject, checkWorkstream } from './project-checks.ts';
import { aCampaign, aProject } from './test-factories.ts';

const lists = { towns: ['安海镇', '英林镇'], units: ['交通运输局'], leaders: [], industries: [] };

describe('checkProject', () => {
  it('finds nothing wrong with a consistent project', () => {
    const p = aProject({
      town: '安海镇',
      unit: '交通运输局',
      milestones: { signed: { actual: '2018-01-05' }, started: { actual: '2018-02-01' } },
    });
    expect(checkProject(p, lists)).toEqual([]);
  });

  it('names a town or unit that is not in the campaign’s lists', () => {
    const p = aProject({ town: '火星镇', unit: '交通运输局', leader: '张三' });
    expect(checkProject(p, lists)).toEqual([
      { kind: 'notInList', field: 'town', list: 'towns', value: '火星镇' },
      { kind: 'notInList', field: 'leader', list: 'leaders', value: '张三' },
    ]);
  });

  it('marks an actual start before the signing, on the start', () => {
    const p = aProject({
      milestones: { signed: { actual: '2018-02-09' }, started: { actual: '2018-01-22' } },
    });
    expect(checkProject(p, aCampaign().lists)).toEqual([
      {
        kind: 'dateBefore',
        field: 'started.actual',
        date: '2018-01-22',
        other: 'signed.actual',
        otherDate: '2018-02-09',
      },
    ]);
  });

  it('compares with the latest earlier step that has a date, plan and actual apart', () => {
    const p = aProject({
      milestones: {
        planned: { plan: '2018-01-01' },
        signed: { plan: '2018-03-01' },
        completed: { plan: '2018-02-01', actual: '2018-01-01' },
      },
    });
    const warnings = checkProject(p, aCampaign().lists);
    expect(warnings).toEqual([
      expect.objectContaining({ field: 'completed.plan', other: 'signed.plan' }),
    ]);
  });
});

describe('checkWorkstream', () => {
  it('marks an end before its start', () => {
    const w = {
      ...blankWorkstreams().land,
      planStart: '2018-03-01',
      planEnd: '2018-02-01',
      actualStart: '2018-03-01',
      actualEnd: '2018-03-01',
    };
    expect(checkWorkstream(w)).toEqual([
      { field: 'planEnd', date: '2018-02-01', other: 'planStart', otherDate: '2018-03-01' },
    ]);
  });
});
