// Edits saved by another tab on the same campaign, merged into this tab's documents. Each saved
// object comes with the version it replaced, so the other tab's own change is known exactly: a
// three-way merge applies what it changed and keeps what only this tab changed. Applied to the open
// document and to every undo step, so that undoing here takes back only this tab's own edits.
import type { Campaign, CampaignDoc, Problem, Project } from './types.ts';

export interface Saved<T> {
  /** What the other tab believed was stored before its write; null for a new object. */
  before: T | null;
  after: T;
}

/** Rows of one kind the other tab wrote, and the ids of those it deleted. */
export interface RemoteRows<T> {
  put: readonly Saved<T>[];
  deleted: readonly string[];
}

/** The projects are `put` and `deleted`; the problems are beside them. */
export interface RemoteChange extends RemoteRows<Project> {
  campaign: Saved<Campaign> | null;
  /** The stored row order, when it changed. */
  order: readonly string[] | null;
  problems: RemoteRows<Problem>;
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

function startsWith(list: readonly unknown[], prefix: readonly unknown[]): boolean {
  return list.length >= prefix.length && prefix.every((x, i) => sameData(x, list[i]));
}

/**
 * Theirs where they changed something since base, mine elsewhere; objects merge key by key, and
 * lists both appended to keep both additions.
 * Returns `mine` itself when the result equals it, so unchanged objects keep their identity.
 */
export function rebase<T>(base: T, mine: T, theirs: T): T {
  if (sameData(theirs, base)) return mine;
  if (sameData(mine, base)) return theirs;
  if (
    Array.isArray(base) &&
    Array.isArray(mine) &&
    Array.isArray(theirs) &&
    startsWith(mine, base) &&
    startsWith(theirs, base)
  ) {
    // Both appended (a problem's history, dated investment entries): theirs, then what only this
    // tab added.
    const added = theirs.slice(base.length);
    const ours = mine.slice(base.length).filter((x) => !added.some((y) => sameData(x, y)));
    return [...theirs, ...ours] as T;
  }
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
function placeNew(
  projects: Project[],
  added: readonly Project[],
  order: readonly string[] | null,
): Project[] {
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

function mergeOne<T>(saved: Saved<T>, mine: T): T {
  return saved.before === null ? saved.after : rebase(saved.before, mine, saved.after);
}

interface RowsMerged<T> {
  /** This tab's rows, merged, without those the other tab deleted. */
  kept: T[];
  /** Rows new to the other tab that this tab does not have. */
  added: T[];
  changed: boolean;
}

/** `memo` lets the undo steps reuse the merge of a row object they share. */
function mergeRows<T extends { id: string }>(
  rows: readonly T[],
  change: RemoteRows<T>,
  memo: Map<object, object>,
): RowsMerged<T> {
  const theirs = new Map(change.put.map((s) => [s.after.id, s]));
  const gone = new Set(change.deleted);
  const present = new Set<string>();
  let changed = false;
  const kept: T[] = [];
  for (const mine of rows) {
    present.add(mine.id);
    if (gone.has(mine.id)) {
      changed = true;
      continue;
    }
    const saved = theirs.get(mine.id);
    if (!saved) {
      kept.push(mine);
      continue;
    }
    let merged = memo.get(mine) as T | undefined;
    if (!merged) {
      merged = mergeOne(saved, mine);
      memo.set(mine, merged);
    }
    if (merged !== mine) changed = true;
    kept.push(merged);
  }
  // A row missing here that the other tab only edited was deleted here (or this step is from
  // before it existed), and stays away.
  const added = change.put
    .filter((s) => s.before === null && !present.has(s.after.id))
    .map((s) => s.after);
  return { kept, added, changed: changed || added.length > 0 };
}

export function mergeRemoteChange(
  doc: CampaignDoc,
  change: RemoteChange,
  memo: Map<object, object> = new Map(),
): CampaignDoc {
  const projects = mergeRows(doc.projects, change, memo);
  const problems = mergeRows(doc.problems, change.problems, memo);
  const campaign = change.campaign ? mergeOne(change.campaign, doc.campaign) : doc.campaign;
  if (!projects.changed && !problems.changed) {
    return campaign === doc.campaign ? doc : { ...doc, campaign };
  }
  return {
    ...doc,
    campaign,
    projects: projects.changed
      ? placeNew(projects.kept, projects.added, change.order)
      : doc.projects,
    problems: problems.changed ? [...problems.kept, ...problems.added] : doc.problems,
  };
}

/** Ids of rows whose merged version differs from what the other tab stored: to write back. */
function unsavedRows<T extends { id: string }>(
  rows: readonly T[],
  change: RemoteRows<T>,
): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return change.put.flatMap((s) => {
    const merged = byId.get(s.after.id);
    return merged && !sameData(merged, s.after) ? [s.after.id] : [];
  });
}

export function unsavedAfterMerge(
  doc: CampaignDoc,
  change: RemoteChange,
): { projects: string[]; problems: string[] } {
  return {
    projects: unsavedRows(doc.projects, change),
    problems: unsavedRows(doc.problems, change.problems),
  };
}
