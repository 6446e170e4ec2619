// The open campaign as last stored, kept beside the working document. It tells other tabs what
// each save replaced, and takes in what their saves stored (see core/merge.ts).
import {
  mergeRemoteChange,
  sameData,
  unsavedAfterMerge,
  type RemoteChange,
} from '../core/merge.ts';
import type { Campaign, CampaignDoc, Problem, Project } from '../core/types.ts';
import type { ChangeMessage } from '../persistence/change-feed.ts';
import type { Rewrite } from '../persistence/autosave.ts';
import type { DocChanges } from '../persistence/changes.ts';

export interface Merged {
  doc: CampaignDoc;
  undo: CampaignDoc[];
  redo: CampaignDoc[];
  /** What the merge kept of this tab that the other tab's write lacks: to write again. */
  rewrite: Rewrite;
}

/** A write under way: its message, and how many saves of other tabs had arrived when it began. */
export interface Writing {
  message: ChangeMessage;
  /** Every project written, also those the message names only by id. */
  put: readonly Project[];
  problems: readonly Problem[];
  mark: number;
}

/** A save adding more new projects than this sends their ids, not the projects (see ChangeMessage). */
export const ADDED_BY_ID = 100;

const CAMPAIGN = '\u0000campaign';
/** Problems' keys among the objects other tabs' saves touched (projects go by their id). */
const problemKey = (id: string): string => `\u0000problem:${id}`;

export class StoredDoc {
  campaign: Campaign;
  /** The opened document's projects, until a save or a merge first needs them by id. */
  #opened: readonly Project[] | null;
  #projects: Map<string, Project> | null = null;
  readonly problems: Map<string, Problem>;
  /** Counts other tabs' saves, and which object each last touched. */
  #arrived = 0;
  readonly #arrivedAt = new Map<string, number>();

  constructor(doc: CampaignDoc) {
    this.campaign = doc.campaign;
    this.#opened = doc.projects;
    this.problems = new Map(doc.problems.map((p) => [p.id, p]));
  }

  /** The stored projects by id: made when first needed, so opening a campaign waits for none. */
  get projects(): Map<string, Project> {
    if (!this.#projects) {
      this.#projects = new Map((this.#opened ?? []).map((p) => [p.id, p]));
      this.#opened = null;
    }
    return this.#projects;
  }

  /** This tab starts writing `changes`: the message for the other tabs once they are stored. */
  writing(campaignId: string, changes: DocChanges): Writing {
    const put = [...changes.projects.put.values()];
    const saved = put.map((after) => ({ before: this.projects.get(after.id) ?? null, after }));
    const added = saved.filter((s) => s.before === null);
    const byId = added.length > ADDED_BY_ID;
    const problems = [...changes.problems.put.values()];
    const message: ChangeMessage = {
      campaignId,
      campaign: changes.campaign ? { before: this.campaign, after: changes.campaign } : null,
      order: changes.projectOrder,
      put: byId ? saved.filter((s) => s.before !== null) : saved,
      added: byId ? added.map((s) => s.after.id) : [],
      deleted: [...changes.projects.deleted],
      problems: {
        put: problems.map((after) => ({ before: this.problems.get(after.id) ?? null, after })),
        deleted: [...changes.problems.deleted],
      },
    };
    return { message, put, problems, mark: this.#arrived };
  }

  /**
   * The write is stored. An object another tab saved meanwhile keeps that tab's version as what
   * this tab builds on: it is what both tabs know, and this tab's merge writes it again anyway.
   */
  stored({ message, put, problems, mark }: Writing): void {
    const newer = (key: string) => (this.#arrivedAt.get(key) ?? -1) >= mark;
    if (message.campaign && !newer(CAMPAIGN)) this.campaign = message.campaign.after;
    for (const p of put) if (!newer(p.id)) this.projects.set(p.id, p);
    for (const id of message.deleted) this.projects.delete(id);
    for (const p of problems) if (!newer(problemKey(p.id))) this.problems.set(p.id, p);
    for (const id of message.problems?.deleted ?? []) this.problems.delete(id);
  }

  /** Another tab stored a change: merged into the document and its undo and redo steps. */
  merge(
    doc: CampaignDoc,
    steps: { undo: CampaignDoc[]; redo: CampaignDoc[] },
    change: RemoteChange,
  ): Merged {
    // Steps share most project objects with the document: merge each object once.
    const memo = new Map<object, object>();
    const next = mergeRemoteChange(doc, change, memo);
    const merged: Merged = {
      doc: next,
      undo: steps.undo.map((d) => mergeRemoteChange(d, change, memo)),
      redo: steps.redo.map((d) => mergeRemoteChange(d, change, memo)),
      rewrite: {
        ...unsavedAfterMerge(next, change),
        campaign: change.campaign !== null && !sameData(next.campaign, change.campaign.after),
      },
    };
    const seq = this.#arrived++;
    if (change.campaign) {
      this.campaign = change.campaign.after;
      this.#arrivedAt.set(CAMPAIGN, seq);
    }
    for (const s of change.put) {
      this.projects.set(s.after.id, s.after);
      this.#arrivedAt.set(s.after.id, seq);
    }
    for (const id of change.deleted) this.projects.delete(id);
    for (const s of change.problems.put) {
      this.problems.set(s.after.id, s.after);
      this.#arrivedAt.set(problemKey(s.after.id), seq);
    }
    for (const id of change.problems.deleted) this.problems.delete(id);
    return merged;
  }
}
