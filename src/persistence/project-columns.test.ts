import { describe, expect, it } from 'vitest';
import { blankProject, blankWorkstreams } from '../core/project.ts';
import type { Project } from '../core/types.ts';
import { packProjects, unpackProjects } from './project-columns.ts';

/** Every field set, each to a value of its own, so a field packed in the wrong place shows. */
function fullProject(id: string): Project {
  const ws = blankWorkstreams();
  return {
    ...blankProject(id, `code-${id}`),
    name: `晋华集成电路 ${id}`,
    tier: 'major',
    industry: '集成电路',
    town: '青阳街道',
    unit: '发改局',
    leader: '王副市长',
    battles: ['progress', 'investment'],
    totalInvestment: 120_000.5,
    annualPlan: 0,
    investments: [
      { date: '2018-01-31', amount: 1200 },
      { date: '2018-02-10', amount: -3.25 },
    ],
    stage: 'construction',
    milestones: {
      planned: { plan: '2017-12-01', actual: '2017-12-02' },
      signed: { plan: '2018-01-03', actual: null },
      approved: { plan: null, actual: '2018-01-05' },
      landCleared: { plan: '2018-01-06', actual: '2018-01-07' },
      started: { plan: '2018-02-08', actual: '2018-02-09' },
      completed: { plan: '2018-12-10', actual: null },
      operating: { plan: null, actual: null },
      upgraded: { plan: '2019-01-11', actual: '2019-01-12' },
    },
    workstreams: {
      ...ws,
      signing: {
        planStart: '2018-01-01',
        planEnd: '2018-01-20',
        actualStart: '2018-01-02',
        actualEnd: null,
        percent: 40,
        owner: '招商局 李',
        note: '待签 "补充" 协议\n第二行',
      },
      funding: { ...ws.funding, percent: 100, owner: '财政局' },
    },
    notes: '用地指标 <b>待批</b>',
    nextStep: '3月上旬开工',
  };
}

describe('packProjects / unpackProjects', () => {
  it('gives back every field of every project, in order', () => {
    const projects = [fullProject('a'), blankProject('b', 'B'), fullProject('c')];
    expect(unpackProjects(packProjects(projects))).toEqual(projects);
  });

  it('keeps nulls apart from empty strings and zero', () => {
    const project: Project = { ...blankProject('p', ''), annualPlan: 0, totalInvestment: null };
    const [back] = unpackProjects(packProjects([project]));
    expect(back?.code).toBe('');
    expect(back?.annualPlan).toBe(0);
    expect(back?.totalInvestment).toBeNull();
    expect(back?.milestones.signed).toEqual({ plan: null, actual: null });
  });

  it('stores each distinct string once per pack', () => {
    const projects = Array.from({ length: 50 }, (_, i) => ({
      ...fullProject(`p${i}`),
      code: `C${i}`,
    }));
    const packed = packProjects(projects);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(packed.strings.filter((s) => s === '青阳街道')).toHaveLength(1);
  });

  it('builds new objects that share nothing with each other', () => {
    const shared = fullProject('a');
    const [one, two] = unpackProjects(packProjects([shared, { ...shared, id: 'b' }]));
    expect(one?.milestones).not.toBe(two?.milestones);
    expect(one?.workstreams).not.toBe(two?.workstreams);
    expect(one?.investments).not.toBe(two?.investments);
  });

  it('packs an empty list', () => {
    expect(unpackProjects(packProjects([]))).toEqual([]);
  });
});
