import { describe, expect, it } from 'vitest';
import { aProject } from '../core/test-factories.ts';
import { actualSpan, plannedSpan } from './project-span.ts';

describe('plannedSpan', () => {
  it('is the construction period as planned: started to completed', () => {
    const p = aProject({
      milestones: {
        planned: { plan: '2016-03-31' },
        started: { plan: '2017-04-30' },
        completed: { plan: '2018-12-31' },
        operating: { plan: '2019-06-30' },
      },
    });
    expect(plannedSpan(p)).toEqual({
      start: { date: '2017-04-30', milestone: 'started' },
      end: { date: '2018-12-31', milestone: 'completed' },
    });
  });

  it('falls back to the earliest and latest planned milestones', () => {
    const p = aProject({
      milestones: { planned: { plan: '2018-01-05' }, signed: { plan: '2018-03-20' } },
    });
    expect(plannedSpan(p)).toEqual({
      start: { date: '2018-01-05', milestone: 'planned' },
      end: { date: '2018-03-20', milestone: 'signed' },
    });
  });

  it('breaks ties between equal dates in the milestones’ own order', () => {
    const p = aProject({
      milestones: {
        planned: { plan: '2018-01-05' },
        signed: { plan: '2018-01-05' },
        approved: { plan: '2018-05-01' },
        operating: { plan: '2018-05-01' },
      },
    });
    expect(plannedSpan(p)).toEqual({
      start: { date: '2018-01-05', milestone: 'planned' },
      end: { date: '2018-05-01', milestone: 'operating' },
    });
  });

  it('keeps a planned start and takes the latest milestone when completion has no plan', () => {
    const p = aProject({
      milestones: { started: { plan: '2018-04-01' }, operating: { plan: '2019-01-31' } },
    });
    expect(plannedSpan(p)?.end).toEqual({ date: '2019-01-31', milestone: 'operating' });
  });

  it('draws dates typed the wrong way round from the earlier to the later', () => {
    const p = aProject({
      milestones: { started: { plan: '2018-09-01' }, completed: { plan: '2018-03-01' } },
    });
    expect(plannedSpan(p)).toEqual({
      start: { date: '2018-03-01', milestone: 'completed' },
      end: { date: '2018-09-01', milestone: 'started' },
    });
  });

  it('is null without any planned date', () => {
    expect(plannedSpan(aProject())).toBeNull();
  });
});

describe('actualSpan', () => {
  const asOf = '2018-02-12';

  it('runs from the actual start to the as-of date while the project is unfinished', () => {
    const p = aProject({
      milestones: {
        started: { plan: '2017-04-30', actual: '2017-04-18' },
        completed: { plan: '2018-12-31' },
      },
    });
    expect(actualSpan(p, plannedSpan(p), asOf)).toEqual({
      start: '2017-04-18',
      end: asOf,
      running: true,
    });
  });

  it('ends at the actual completion when there is one', () => {
    const p = aProject({
      milestones: {
        started: { plan: '2017-01-01', actual: '2017-01-10' },
        completed: { plan: '2017-12-31', actual: '2018-01-20' },
      },
    });
    expect(actualSpan(p, plannedSpan(p), asOf)).toEqual({
      start: '2017-01-10',
      end: '2018-01-20',
      running: false,
    });
  });

  it('ignores actual dates after the as-of date (looking back)', () => {
    const p = aProject({
      milestones: {
        started: { plan: '2018-01-01', actual: '2018-01-15' },
        completed: { plan: '2018-06-30', actual: '2018-06-20' },
      },
    });
    expect(actualSpan(p, plannedSpan(p), '2018-01-10')).toBeNull();
    expect(actualSpan(p, plannedSpan(p), '2018-03-01')?.running).toBe(true);
  });

  it('uses the milestone that starts the planned bar', () => {
    const p = aProject({
      milestones: {
        planned: { plan: '2018-01-05', actual: '2018-01-08' },
        signed: { plan: '2018-03-20' },
      },
    });
    expect(actualSpan(p, plannedSpan(p), asOf)?.start).toBe('2018-01-08');
  });

  it('is null before the start', () => {
    const p = aProject({ milestones: { started: { plan: '2018-04-01' } } });
    expect(actualSpan(p, plannedSpan(p), asOf)).toBeNull();
  });
});
