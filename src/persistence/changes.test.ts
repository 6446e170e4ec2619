import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../core/commands.ts';
import { blankCampaign, blankProject } from '../core/project.ts';
import type { CampaignDoc, Project } from '../core/types.ts';
import { aProblem } from '../core/test-factories.ts';
import { collectChanges, emptyChanges, hasChanges } from './changes.ts';

function doc(count: number): CampaignDoc {
  const projects = Array.from({ length: count }, (_, i) => blankProject(`p${i}`, `C${i}`));
  return { campaign: blankCampaign('c1', 'Test', 2018), projects, problems: [] };
}

function run(d: CampaignDoc, cmd: Command): CampaignDoc {
  const result = applyCommand(d, cmd);
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

describe('collectChanges', () => {
  it('finds exactly the edited project and nothing else', () => {
    const before = doc(100);
    const after = run(before, {
      type: 'setProjectField',
      projectId: 'p42',
      field: 'name',
      value: '晋华集成电路',
    });
    const changes = collectChanges(before, after, emptyChanges());
    expect([...changes.projects.put.keys()]).toEqual(['p42']);
    expect(changes.projects.deleted.size).toBe(0);
    expect(changes.campaign).toBeNull();
    expect(changes.projectOrder).toBeNull();
  });

  it('records campaign edits, additions with the new order, and deletions', () => {
    const before = doc(3);
    const renamed = run(before, { type: 'renameCampaign', name: '新名称' });
    const added = run(renamed, { type: 'addProjects', projects: [blankProject('p9', 'C9')] });
    const removed = run(added, { type: 'deleteProjects', projectIds: ['p1'] });
    const changes = emptyChanges();
    collectChanges(before, renamed, changes);
    collectChanges(renamed, added, changes);
    collectChanges(added, removed, changes);
    expect(changes.campaign?.name).toBe('新名称');
    expect([...changes.projects.put.keys()]).toEqual(['p9']);
    expect([...changes.projects.deleted]).toEqual(['p1']);
    expect(changes.projectOrder).toEqual(['p0', 'p2', 'p9']);
  });

  it('forgets a project added and deleted before it was saved', () => {
    const before = doc(1);
    const added = run(before, { type: 'addProjects', projects: [blankProject('p5', 'C5')] });
    const removed = run(added, { type: 'deleteProjects', projectIds: ['p5'] });
    const changes = collectChanges(added, removed, collectChanges(before, added, emptyChanges()));
    expect(changes.projects.put.has('p5')).toBe(false);
    expect(changes.projects.deleted.has('p5')).toBe(true);
  });

  it('finds the changes of a same-length ledger whose rows moved or were swapped for others', () => {
    const before = doc(4);
    const [p0, p1, p2, p3] = before.projects as [Project, Project, Project, Project];
    const moved = { ...before, projects: [p1, p0, { ...p2, name: '改' }, p3] };
    const swapped = { ...before, projects: [p0, p1, p2, blankProject('p7', 'C7')] };
    const m = collectChanges(before, moved, emptyChanges());
    expect([...m.projects.put.keys()]).toEqual(['p2']);
    expect(m.projects.deleted.size).toBe(0);
    expect(m.projectOrder).toEqual(['p1', 'p0', 'p2', 'p3']);
    const s = collectChanges(before, swapped, emptyChanges());
    expect([...s.projects.put.keys()]).toEqual(['p7']);
    expect([...s.projects.deleted]).toEqual(['p3']);
    expect(s.projectOrder).toEqual(['p0', 'p1', 'p2', 'p7']);
  });

  it('reports no changes for an unchanged document', () => {
    const d = doc(2);
    expect(hasChanges(collectChanges(d, d, emptyChanges()))).toBe(false);
  });
});

describe('problems', () => {
  it('are tracked apart from projects', () => {
    const before = doc(1);
    const problem = aProblem({ id: 'q1', projectId: 'p0' });
    const after = { ...before, problems: [problem] };
    const changes = collectChanges(before, after, emptyChanges());
    expect([...changes.problems.put.keys()]).toEqual(['q1']);
    expect(changes.projects.put.size).toBe(0);
    const removed = collectChanges(after, before, changes);
    expect(removed.problems.put.size).toBe(0);
    expect([...removed.problems.deleted]).toEqual(['q1']);
  });
});
