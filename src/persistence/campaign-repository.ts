// Reading and writing campaigns in IndexedDB. Everything handed to Dexie is plain data (campaign
// rows and problems are copied first); projects go in chunk records (project-chunks.ts).
import { restoreCampaign, restoreProblem } from '../core/restore.ts';
import type { CampaignDoc, Problem, Project } from '../core/types.ts';
import type { WorkCalendar } from '../core/working-days.ts';
import type { DocChanges, RowChanges } from './changes.ts';
import type { BattlemapDb, CampaignRow, ProblemRow } from './db.ts';
import { LAST_OPENED, type FirstRead } from './first-read.ts';
import {
  chunkKey,
  chunkRows,
  decodeChunk,
  encodeChunk,
  groupByChunk,
  type ProjectChunkRow,
} from './project-chunks.ts';
import { compareChinese } from '../core/chinese-order.ts';

export interface CampaignSummary {
  id: string;
  name: string;
  year: number;
  isSample: boolean;
}

/** What the app's start needs, when the first read found it all. */
export interface Opening {
  campaigns: CampaignSummary[];
  /** The last opened campaign. */
  doc: CampaignDoc;
  calendar: WorkCalendar;
}

function summaries(rows: readonly CampaignRow[]): CampaignSummary[] {
  return rows
    .map(({ campaign: c }) => ({ id: c.id, name: c.name, year: c.year, isSample: c.isSample }))
    .sort((a, b) => Number(b.isSample) - Number(a.isSample) || compareChinese(a.name, b.name));
}

/** Strips proxies and shared references: IndexedDB clones, and Svelte proxies do not clone. */
const plain = <T>(value: T): T => structuredClone(value);

/** A chunk as this tab last read or wrote it; rev null: no record (no projects). */
interface Known {
  rev: string | null;
  projects: ReadonlyMap<string, Project>;
}

/** Its projects by id are made when a save first needs them: opening a campaign needs none. */
function knownFrom(rev: string | null, projects: readonly Project[]): Known {
  let byId: ReadonlyMap<string, Project> | null = null;
  return {
    rev,
    get projects() {
      return (byId ??= new Map(projects.map((p) => [p.id, p])));
    },
  };
}

/** A chunk's record as a save rewrites it: null when it has no projects left. */
interface ChunkWrite {
  row: ProjectChunkRow | null;
  /** It had a record, which is deleted. */
  emptied: boolean;
  projects: ReadonlyMap<string, Project>;
}

const knownOf = (row: ProjectChunkRow | undefined): Known =>
  knownFrom(row?.rev ?? null, row ? decodeChunk(row) : []);

export class CampaignRepository {
  /** Chunks by key, as last read or written here: a save need not read them back. */
  readonly #known = new Map<string, Known>();

  /** The rows read before the app's code had loaded (first-read.ts): used once, for the start. */
  #first: Promise<FirstRead | null> | null;

  /** The last opened campaign's id as stored, when this tab knows it (read or written here). */
  #lastOpened: string | undefined;

  constructor(
    private readonly db: BattlemapDb,
    first: Promise<FirstRead | null> | null = null,
  ) {
    this.#first = first;
  }

  /** The first read, until it is used or anything is written here. */
  async #firstRead(): Promise<FirstRead | null> {
    return this.#first ? await this.#first.catch(() => null) : null;
  }

  /**
   * The start from the first read alone, when it found the last opened campaign and the calendar:
   * the campaign shows without waiting for Dexie to open the database. Used once; null: the start
   * reads as usual (lastOpened, list, load).
   */
  async opening(): Promise<Opening | null> {
    const first = await this.#firstRead();
    if (!first?.campaign || !first.calendar) return null;
    this.#first = null;
    const doc = this.#docOf(first.campaign, first.chunks, first.problems);
    if (!doc) return null;
    this.#lastOpened = first.lastOpened ?? undefined;
    return { campaigns: summaries(first.campaigns), doc, calendar: first.calendar.calendar };
  }

  async list(): Promise<CampaignSummary[]> {
    return summaries(await this.db.campaigns.toArray());
  }

  async load(id: string): Promise<CampaignDoc | null> {
    const first = await this.#firstRead();
    if (first && first.lastOpened === id) {
      this.#first = null;
      return this.#docOf(first.campaign, first.chunks, first.problems);
    }
    return this.db.transaction(
      'r',
      this.db.campaigns,
      this.db.projectChunks,
      this.db.problems,
      async () => {
        // Three reads at once: each waits on the database, not on the one before.
        const [row, chunks, problemRows] = await Promise.all([
          this.db.campaigns.get(id),
          this.db.projectChunks.where('campaignId').equals(id).toArray(),
          this.db.problems.where('campaignId').equals(id).toArray(),
        ]);
        return this.#docOf(row, chunks, problemRows);
      },
    );
  }

  /** A campaign's document from its rows; what the chunks hold becomes known here. */
  #docOf(
    row: CampaignRow | undefined,
    chunks: readonly ProjectChunkRow[],
    problemRows: readonly ProblemRow[],
  ): CampaignDoc | null {
    if (!row) return null;
    const byId = new Map<string, Project>();
    for (const chunk of chunks) {
      const decoded = decodeChunk(chunk);
      this.#known.set(chunk.id, knownFrom(chunk.rev, decoded));
      for (const p of decoded) byId.set(p.id, p);
    }
    const projects: Project[] = [];
    for (const pid of row.projectOrder) {
      const p = byId.get(pid);
      if (p) projects.push(p);
      byId.delete(pid);
    }
    // Rows missing from the order (never expected) are kept, not lost.
    projects.push(...byId.values());
    const problems = problemRows
      .map((r) => restoreProblem(r.problem))
      .sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0));
    return { campaign: restoreCampaign(row.campaign), projects, problems };
  }

  /** Writes a whole new campaign in one transaction. */
  async create(doc: CampaignDoc): Promise<void> {
    this.#first = null;
    await this.db.transaction(
      'rw',
      this.db.campaigns,
      this.db.projectChunks,
      this.db.problems,
      async () => {
        await this.db.campaigns.add(
          plain({
            id: doc.campaign.id,
            campaign: doc.campaign,
            projectOrder: doc.projects.map((p) => p.id),
          }),
        );
        await this.db.projectChunks.bulkAdd(chunkRows(doc.campaign.id, doc.projects));
        await this.db.problems.bulkAdd(
          doc.problems.map((p) => plain({ id: p.id, campaignId: doc.campaign.id, problem: p })),
        );
      },
    );
  }

  /** Applies one batch of changes atomically: all of it lands, or none. */
  async save(campaignId: string, changes: DocChanges): Promise<void> {
    this.#first = null;
    const { campaigns, projectChunks, problems } = this.db;
    const written = await this.db.transaction(
      'rw',
      campaigns,
      projectChunks,
      problems,
      async () => {
        // The campaign row, the chunks and the problems at once: each waits on the database,
        // not on the others.
        const [chunks] = await Promise.all([
          this.#writeProjects(campaignId, changes.projects),
          this.#writeCampaignRow(campaignId, changes),
          this.#writeProblems(campaignId, changes.problems),
        ]);
        return chunks;
      },
    );
    // Only a committed write is known to be stored.
    for (const [key, known] of written) this.#known.set(key, known);
  }

  async #writeCampaignRow(campaignId: string, changes: DocChanges): Promise<void> {
    if (!changes.campaign && !changes.projectOrder) return;
    const row = await this.db.campaigns.get(campaignId);
    if (!row) throw new Error(`campaign ${campaignId} is not stored`);
    await this.db.campaigns.put({
      id: campaignId,
      campaign: plain(changes.campaign ?? row.campaign),
      // Id strings in a list collectChanges made (or read): plain already, and 10,000 long.
      projectOrder: changes.projectOrder ?? row.projectOrder,
    });
  }

  async #writeProblems(campaignId: string, changes: RowChanges<Problem>): Promise<void> {
    if (changes.put.size > 0) {
      await this.db.problems.bulkPut(
        [...changes.put.values()].map((problem) => plain({ id: problem.id, campaignId, problem })),
      );
    }
    if (changes.deleted.size > 0) await this.db.problems.bulkDelete([...changes.deleted]);
  }

  /** Each chunk's rev, read from the index alone (no project is read). */
  async #revs(campaignId: string): Promise<Map<string, string>> {
    const keys = await this.db.projectChunks
      .where('[campaignId+id+rev]')
      // [id] sorts before [id, …] and [id, []] after any [id, string, …]: the campaign's keys.
      .between([campaignId], [campaignId, []])
      .keys();
    return new Map((keys as unknown as [string, string, string][]).map(([, id, rev]) => [id, rev]));
  }

  /**
   * Rewrites the chunks holding the changed projects from what is stored in them now, in the
   * save's transaction, so projects another tab saved into the same chunks are kept. A chunk whose
   * rev this tab last read or wrote is taken from memory; any other is read. Returns what the
   * written chunks hold, to be known once the transaction commits.
   */
  async #writeProjects(
    campaignId: string,
    changes: RowChanges<Project>,
  ): Promise<Map<string, Known>> {
    const written = new Map<string, Known>();
    if (changes.put.size === 0 && changes.deleted.size === 0) return written;
    const puts = groupByChunk(changes.put.values(), (p) => p.id);
    const deletes = groupByChunk(changes.deleted, (id) => id);
    const touched = [...new Set([...puts.keys(), ...deletes.keys()])];
    const rewrite = (chunk: number, before: Known): ChunkWrite => {
      const projects = new Map(before.projects);
      for (const project of puts.get(chunk) ?? []) projects.set(project.id, project);
      for (const id of deletes.get(chunk) ?? []) projects.delete(id);
      if (projects.size === 0) return { row: null, emptied: before.rev !== null, projects };
      return {
        row: encodeChunk(campaignId, chunk, [...projects.values()]),
        emptied: false,
        projects,
      };
    };
    // Packing 10,000 projects takes a while: it is done from what this tab knows (a chunk it knows
    // nothing of has no record yet) while the revs are being read, and done again only for a chunk
    // another tab has written since.
    const reading = this.#revs(campaignId);
    const basis = new Map(
      touched.map((c) => [c, this.#known.get(chunkKey(campaignId, c)) ?? knownOf(undefined)]),
    );
    const writes = new Map([...basis].map(([c, before]) => [c, rewrite(c, before)]));
    const revs = await reading;
    const stale = touched.filter(
      (c) => basis.get(c)?.rev !== (revs.get(chunkKey(campaignId, c)) ?? null),
    );
    const read =
      stale.length > 0
        ? await this.db.projectChunks.bulkGet(stale.map((c) => chunkKey(campaignId, c)))
        : [];
    stale.forEach((c, i) => writes.set(c, rewrite(c, knownOf(read[i]))));
    const rows: ProjectChunkRow[] = [];
    const emptied: string[] = [];
    for (const [chunk, { row, emptied: wasStored, projects }] of writes) {
      const key = chunkKey(campaignId, chunk);
      if (row) rows.push(row);
      if (wasStored) emptied.push(key);
      written.set(key, { rev: row?.rev ?? null, projects });
    }
    if (rows.length > 0) await this.db.projectChunks.bulkPut(rows);
    if (emptied.length > 0) await this.db.projectChunks.bulkDelete(emptied);
    return written;
  }

  /** Stored projects of a campaign by id (as last saved); ids not stored are left out. */
  async loadProjects(campaignId: string, ids: readonly string[]): Promise<Project[]> {
    const wanted = groupByChunk(ids, (id) => id);
    const chunks = [...wanted.keys()];
    const rows = await this.db.projectChunks.bulkGet(chunks.map((c) => chunkKey(campaignId, c)));
    const found = new Map<string, Project>();
    rows.forEach((row, i) => {
      if (!row) return;
      const want = new Set(wanted.get(chunks[i]!));
      for (const p of decodeChunk(row)) if (want.has(p.id)) found.set(p.id, p);
    });
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /**
   * Restoring a backup: each campaign replaces the stored one with its id (all its projects) or
   * is added, in one transaction, so a failure or a closed tab leaves everything as it was.
   */
  async replace(docs: readonly CampaignDoc[]): Promise<void> {
    this.#first = null;
    const { campaigns, projectChunks, problems } = this.db;
    await this.db.transaction('rw', campaigns, projectChunks, problems, async () => {
      for (const doc of docs) {
        const id = doc.campaign.id;
        await projectChunks.where('campaignId').equals(id).delete();
        await problems.where('campaignId').equals(id).delete();
        await campaigns.put(
          plain({ id, campaign: doc.campaign, projectOrder: doc.projects.map((p) => p.id) }),
        );
        await projectChunks.bulkAdd(chunkRows(id, doc.projects));
        await problems.bulkAdd(
          doc.problems.map((p) => plain({ id: p.id, campaignId: id, problem: p })),
        );
      }
    });
  }

  async remove(campaignId: string): Promise<void> {
    this.#first = null;
    await this.db.transaction(
      'rw',
      [this.db.campaigns, this.db.projectChunks, this.db.problems, this.db.snapshots],
      async () => {
        await this.db.projectChunks.where('campaignId').equals(campaignId).delete();
        await this.db.problems.where('campaignId').equals(campaignId).delete();
        await this.db.snapshots.where('campaignId').equals(campaignId).delete();
        await this.db.campaigns.delete(campaignId);
      },
    );
  }

  async lastOpened(): Promise<string | null> {
    const first = await this.#firstRead();
    if (first) return first.lastOpened;
    return (await this.db.meta.get(LAST_OPENED))?.value ?? null;
  }

  /**
   * Skipped when the id is stored already: opening the last campaign at the start then writes
   * nothing, so Dexie does not open the database while the first view is being drawn.
   */
  async setLastOpened(campaignId: string): Promise<void> {
    this.#first = null;
    if (campaignId === this.#lastOpened) return;
    await this.db.meta.put({ key: LAST_OPENED, value: campaignId });
    this.#lastOpened = campaignId;
  }
}
