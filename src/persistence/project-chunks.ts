// A campaign's projects are stored in a fixed number of chunk records, each holding the projects
// whose id hashes to it. IndexedDB pays per record: 10,000 one-project records took ~1.7 s to read
// back. Measured at 10,000 projects (cold start, loaded machine), reading 64 chunks and unpacking
// took 0.8–1.2 s as arrays of objects, 1.2–1.3 s as UTF-8 JSON bytes and 1.3–1.8 s as JSON text
// (16 MB of two-byte characters against 4 MB of structured clone); since version 5 a chunk holds
// its projects packed into columns (project-columns.ts): read and rebuilt in 1.0–1.7 s against the
// objects' 1.2–2.4 s in the same runs (load 14–17). An edit rewrites only the chunks of the
// projects it touched, read and written in one transaction, so a save never overwrites what
// another tab stored in the same chunk.
import type { Project } from '../core/types.ts';
import { packProjects, unpackProjects, type PackedProjects } from './project-columns.ts';

/**
 * Per campaign: at 10,000 projects a chunk holds ~625 (an edit packs that many again). Chromium
 * keeps large records in files of their own and reads each apart: 16 chunks read back in a
 * fraction of the time 64 did (0.1–0.16 s against 0.35–1 s on a loaded machine).
 */
export const CHUNK_COUNT = 16;

/** Which chunk holds a project: FNV-1a of its id, so it never changes and needs no index. */
export function chunkOf(projectId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < projectId.length; i++) {
    hash = Math.imul(hash ^ projectId.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0) % CHUNK_COUNT;
}

/** The chunk record's key: the campaign id, then the chunk number after the last '#'. */
export const chunkKey = (campaignId: string, chunk: number): string => `${campaignId}#${chunk}`;

/** The chunk's projects, sorted by id, packed (project-columns.ts). */
export interface ProjectChunkRow extends PackedProjects {
  /** chunkKey(campaignId, chunk) */
  id: string;
  campaignId: string;
  /** New with every write (never reused): a tab that knows it knows the chunk's projects. */
  rev: string;
}

/** This tab's part of every rev it makes, so that two tabs never make the same one. */
const TAB = Math.random().toString(36).slice(2);
let revs = 0;
export const newRev = (): string => `${TAB}:${++revs}`;

/** The projects of a chunk, as new objects, complete (packing stores every field of today's). */
export function decodeChunk(row: ProjectChunkRow): Project[] {
  return unpackProjects(row);
}

const byId = (a: Project, b: Project): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Packs complete projects (as documents hold them: restored, plain). */
export function encodeChunk(
  campaignId: string,
  chunk: number,
  projects: Project[],
): ProjectChunkRow {
  return {
    id: chunkKey(campaignId, chunk),
    campaignId,
    rev: newRev(),
    ...packProjects(projects.sort(byId)),
  };
}

/** Projects grouped by the chunk that holds them. */
export function groupByChunk<T>(items: Iterable<T>, idOf: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const chunk = chunkOf(idOf(item));
    const group = groups.get(chunk);
    if (group) group.push(item);
    else groups.set(chunk, [item]);
  }
  return groups;
}

/** The chunk records of a whole campaign (a new one, a restored one, or the v4 upgrade). */
export function chunkRows(campaignId: string, projects: Iterable<Project>): ProjectChunkRow[] {
  return [...groupByChunk(projects, (p) => p.id)].map(([chunk, group]) =>
    encodeChunk(campaignId, chunk, group),
  );
}
