// What a save must write, found by object identity: commands share untouched objects, so only the
// rows whose reference changed are written.
import type { Campaign, CampaignDoc, Problem, Project } from '../core/types.ts';

export interface RowChanges<T> {
  put: Map<string, T>;
  deleted: Set<string>;
}

export interface DocChanges {
  campaign: Campaign | null;
  projectOrder: string[] | null;
  projects: RowChanges<Project>;
  problems: RowChanges<Problem>;
}

export function emptyChanges(): DocChanges {
  return {
    campaign: null,
    projectOrder: null,
    projects: { put: new Map(), deleted: new Set() },
    problems: { put: new Map(), deleted: new Set() },
  };
}

export function hasChanges(c: DocChanges): boolean {
  return (
    c.campaign !== null ||
    c.projectOrder !== null ||
    [c.projects, c.problems].some((r) => r.put.size > 0 || r.deleted.size > 0)
  );
}

function sameOrder(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

function put<T extends { id: string }>(row: T, into: RowChanges<T>): void {
  into.put.set(row.id, row);
  into.deleted.delete(row.id);
}

/**
 * An edit keeps every row where it was: row by row, the ids line up and only the edited rows are
 * new objects. True when that is so (their changes are then folded in); false otherwise.
 */
function collectAligned<T extends { id: string }>(
  prev: readonly T[],
  next: readonly T[],
  into: RowChanges<T>,
): boolean {
  if (prev.length !== next.length) return false;
  const changed: T[] = [];
  for (let i = 0; i < next.length; i++) {
    const row = next[i]!;
    const was = prev[i]!;
    if (row === was) continue;
    if (row.id !== was.id) return false;
    changed.push(row);
  }
  for (const row of changed) put(row, into);
  return true;
}

/** Folds prev → next of one kind of row into `into`; a later step wins over an earlier one. */
function collectRows<T extends { id: string }>(
  prev: readonly T[],
  next: readonly T[],
  into: RowChanges<T>,
): void {
  if (prev === next || collectAligned(prev, next, into)) return;
  const before = new Map(prev.map((row) => [row.id, row]));
  for (const row of next) {
    if (before.get(row.id) !== row) put(row, into);
    before.delete(row.id);
  }
  for (const id of before.keys()) {
    into.put.delete(id);
    into.deleted.add(id);
  }
}

/** Folds the step prev → next into `into` (which may hold earlier unsaved steps). */
export function collectChanges(prev: CampaignDoc, next: CampaignDoc, into: DocChanges): DocChanges {
  if (prev.campaign !== next.campaign) into.campaign = next.campaign;
  collectRows(prev.projects, next.projects, into.projects);
  collectRows(prev.problems, next.problems, into.problems);
  if (prev.projects !== next.projects && !sameOrder(prev.projects, next.projects)) {
    into.projectOrder = next.projects.map((p) => p.id);
  }
  return into;
}

/** `newer` laid over `older`: used to put a failed batch back under edits made since. */
export function mergeChanges(older: DocChanges, newer: DocChanges): DocChanges {
  const merged = emptyChanges();
  merged.campaign = newer.campaign ?? older.campaign;
  merged.projectOrder = newer.projectOrder ?? older.projectOrder;
  for (const key of ['projects', 'problems'] as const) {
    const into = merged[key] as RowChanges<{ id: string }>;
    for (const layer of [older[key], newer[key]] as RowChanges<{ id: string }>[]) {
      for (const [id, row] of layer.put) {
        into.put.set(id, row);
        into.deleted.delete(id);
      }
      for (const id of layer.deleted) {
        into.put.delete(id);
        into.deleted.add(id);
      }
    }
  }
  return merged;
}
