// What a save must write, found by object identity: commands share untouched objects, so only the
// projects whose reference changed are written.
import type { Campaign, CampaignDoc, Project } from '../core/types.ts';

export interface DocChanges {
  campaign: Campaign | null;
  projectOrder: string[] | null;
  put: Map<string, Project>;
  deleted: Set<string>;
}

export function emptyChanges(): DocChanges {
  return { campaign: null, projectOrder: null, put: new Map(), deleted: new Set() };
}

export function hasChanges(c: DocChanges): boolean {
  return c.campaign !== null || c.projectOrder !== null || c.put.size > 0 || c.deleted.size > 0;
}

function sameOrder(a: readonly Project[], b: readonly Project[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

/** Folds the step prev → next into `into` (which may hold earlier unsaved steps). */
export function collectChanges(prev: CampaignDoc, next: CampaignDoc, into: DocChanges): DocChanges {
  if (prev.campaign !== next.campaign) into.campaign = next.campaign;
  if (prev.projects === next.projects) return into;
  const before = new Map(prev.projects.map((p) => [p.id, p]));
  for (const p of next.projects) {
    if (before.get(p.id) !== p) {
      into.put.set(p.id, p);
      into.deleted.delete(p.id);
    }
    before.delete(p.id);
  }
  for (const id of before.keys()) {
    into.put.delete(id);
    into.deleted.add(id);
  }
  if (!sameOrder(prev.projects, next.projects)) into.projectOrder = next.projects.map((p) => p.id);
  return into;
}
