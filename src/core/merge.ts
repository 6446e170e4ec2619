// Edits saved by another tab on the same campaign, merged into this tab's documents. A three-way
// merge against the last saved version ("base"): what the other tab changed wins, what only this
// tab changed stays. Applied to the open document and to every undo step, so that undoing here
// takes back only this tab's own edits.
import type { Campaign, CampaignDoc, Project } from './types.ts';

export interface RemoteChange {
  campaign: Campaign | null;
  /** The stored row order, when it changed. */
  order: readonly string[] | null;
  put: readonly Project[];
  deleted: readonly string[];
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Structural equality of plain data (what IndexedDB and BroadcastChannel hand back). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => k in b && sameData(a[k], b[k]));
  }
  return false;
}

/**
 * Theirs where they changed something since base, mine elsewhere; objects merge key by key.
 * Returns `mine` itself when the result equals it, so unchanged objects keep their identity.
 */
export function rebase<T>(base: T, mine: T, theirs: T): T {
  if (sameData(theirs, base)) return mine;
  if (sameData(mine, base)) return theirs;
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
    const out: Record<string, unknown> = {};
    let same = true;
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      out[key] = rebase(base[key], mine[key], theirs[key]);
      if (out[key] !== mine[key]) same = false;
    }
    return same ? mine : (out as T);
  }
  return theirs;
}

/** New rows go after the nearest row before them in the other tab's order that this tab has. */
function placeNew(projects: Project[], added: readonly Project[], order: readonly string[] | null) {
  if (added.length === 0) return projects;
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  const result = projects.slice();
  const sorted = added.slice().sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9));
  for (const p of sorted) {
    const at = rank.get(p.id);
    let index = result.length;
    if (at !== undefined && order) {
      index = 0;
      for (let i = at - 1; i >= 0; i--) {
        const before = result.findIndex((q) => q.id === order[i]);
        if (before >= 0) {
          index = before + 1;
          break;
        }
      }
    }
    result.splice(index, 0, p);
  }
  return result;
}

export interface MergeBase {
  campaign: Campaign;
  projects: ReadonlyMap<string, Project>;
}

/** `memo` lets the undo steps reuse the merge of a project object they share. */
export function mergeRemoteChange(
  doc: CampaignDoc,
  base: MergeBase,
  change: RemoteChange,
  memo: Map<Project, Project> = new Map(),
): CampaignDoc {
  const theirs = new Map(change.put.map((p) => [p.id, p]));
  const gone = new Set(change.deleted);
  const present = new Set<string>();
  let changed = false;
  const projects: Project[] = [];
  for (const mine of doc.projects) {
    present.add(mine.id);
    if (gone.has(mine.id)) {
      changed = true;
      continue;
    }
    const remote = theirs.get(mine.id);
    if (!remote) {
      projects.push(mine);
      continue;
    }
    let merged = memo.get(mine);
    if (!merged) {
      const was = base.projects.get(mine.id);
      merged = was ? rebase(was, mine, remote) : remote;
      memo.set(mine, merged);
    }
    if (merged !== mine) changed = true;
    projects.push(merged);
  }
  // A row this tab deleted (known to base, gone here) stays deleted; rows new to it are added.
  const added = change.put.filter((p) => !present.has(p.id) && !base.projects.has(p.id));
  const campaign = change.campaign
    ? rebase(base.campaign, doc.campaign, change.campaign)
    : doc.campaign;
  if (!changed && added.length === 0 && campaign === doc.campaign) return doc;
  return { campaign, projects: placeNew(projects, added, change.order) };
}
