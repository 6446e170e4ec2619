// Reading and writing campaigns in IndexedDB. Everything handed to Dexie is a plain copy.
import { restoreCampaign, restoreProblem, restoreProject } from '../core/restore.ts';
import type { CampaignDoc, Project } from '../core/types.ts';
import type { DocChanges } from './changes.ts';
import type { BattlemapDb } from './db.ts';

export interface CampaignSummary {
  id: string;
  name: string;
  year: number;
  isSample: boolean;
}

const LAST_OPENED = 'lastOpenedCampaign';

/** Strips proxies and shared references: IndexedDB clones, and Svelte proxies do not clone. */
const plain = <T>(value: T): T => structuredClone(value);

export class CampaignRepository {
  constructor(private readonly db: BattlemapDb) {}

  async list(): Promise<CampaignSummary[]> {
    const rows = await this.db.campaigns.toArray();
    return rows
      .map(({ campaign: c }) => ({ id: c.id, name: c.name, year: c.year, isSample: c.isSample }))
      .sort(
        (a, b) => Number(b.isSample) - Number(a.isSample) || a.name.localeCompare(b.name, 'zh-CN'),
      );
  }

  async load(id: string): Promise<CampaignDoc | null> {
    return this.db.transaction(
      'r',
      this.db.campaigns,
      this.db.projects,
      this.db.problems,
      async () => {
        const row = await this.db.campaigns.get(id);
        if (!row) return null;
        const stored = await this.db.projects.where('campaignId').equals(id).toArray();
        const byId = new Map(stored.map((r) => [r.id, restoreProject(r.project)]));
        const projects: Project[] = [];
        for (const pid of row.projectOrder) {
          const p = byId.get(pid);
          if (p) projects.push(p);
          byId.delete(pid);
        }
        // Rows missing from the order (never expected) are kept, not lost.
        projects.push(...byId.values());
        const problems = (await this.db.problems.where('campaignId').equals(id).toArray())
          .map((r) => restoreProblem(r.problem))
          .sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0));
        return { campaign: restoreCampaign(row.campaign), projects, problems };
      },
    );
  }

  /** Writes a whole new campaign in one transaction. */
  async create(doc: CampaignDoc): Promise<void> {
    await this.db.transaction(
      'rw',
      this.db.campaigns,
      this.db.projects,
      this.db.problems,
      async () => {
        await this.db.campaigns.add(
          plain({
            id: doc.campaign.id,
            campaign: doc.campaign,
            projectOrder: doc.projects.map((p) => p.id),
          }),
        );
        await this.db.projects.bulkAdd(
          doc.projects.map((p) => plain({ id: p.id, campaignId: doc.campaign.id, project: p })),
        );
        await this.db.problems.bulkAdd(
          doc.problems.map((p) => plain({ id: p.id, campaignId: doc.campaign.id, problem: p })),
        );
      },
    );
  }

  /** Applies one batch of changes atomically: all of it lands, or none. */
  async save(campaignId: string, changes: DocChanges): Promise<void> {
    const { campaigns, projects, problems } = this.db;
    await this.db.transaction('rw', campaigns, projects, problems, async () => {
      if (changes.campaign || changes.projectOrder) {
        const row = await campaigns.get(campaignId);
        if (!row) throw new Error(`campaign ${campaignId} is not stored`);
        await campaigns.put(
          plain({
            id: campaignId,
            campaign: changes.campaign ?? row.campaign,
            projectOrder: changes.projectOrder ?? row.projectOrder,
          }),
        );
      }
      const { projects: p, problems: q } = changes;
      if (p.put.size > 0) {
        await projects.bulkPut(
          [...p.put.values()].map((project) => plain({ id: project.id, campaignId, project })),
        );
      }
      if (p.deleted.size > 0) await projects.bulkDelete([...p.deleted]);
      if (q.put.size > 0) {
        await problems.bulkPut(
          [...q.put.values()].map((problem) => plain({ id: problem.id, campaignId, problem })),
        );
      }
      if (q.deleted.size > 0) await problems.bulkDelete([...q.deleted]);
    });
  }

  /**
   * Restoring a backup: each campaign replaces the stored one with its id (all its projects) or
   * is added, in one transaction, so a failure or a closed tab leaves everything as it was.
   */
  async replace(docs: readonly CampaignDoc[]): Promise<void> {
    const { campaigns, projects, problems } = this.db;
    await this.db.transaction('rw', campaigns, projects, problems, async () => {
      for (const doc of docs) {
        const id = doc.campaign.id;
        await projects.where('campaignId').equals(id).delete();
        await problems.where('campaignId').equals(id).delete();
        await campaigns.put(
          plain({ id, campaign: doc.campaign, projectOrder: doc.projects.map((p) => p.id) }),
        );
        await projects.bulkAdd(
          doc.projects.map((p) => plain({ id: p.id, campaignId: id, project: p })),
        );
        await problems.bulkAdd(
          doc.problems.map((p) => plain({ id: p.id, campaignId: id, problem: p })),
        );
      }
    });
  }

  async remove(campaignId: string): Promise<void> {
    await this.db.transaction(
      'rw',
      [this.db.campaigns, this.db.projects, this.db.problems, this.db.snapshots],
      async () => {
        await this.db.projects.where('campaignId').equals(campaignId).delete();
        await this.db.problems.where('campaignId').equals(campaignId).delete();
        await this.db.snapshots.where('campaignId').equals(campaignId).delete();
        await this.db.campaigns.delete(campaignId);
      },
    );
  }

  async lastOpened(): Promise<string | null> {
    return (await this.db.meta.get(LAST_OPENED))?.value ?? null;
  }

  async setLastOpened(campaignId: string): Promise<void> {
    await this.db.meta.put({ key: LAST_OPENED, value: campaignId });
  }
}
