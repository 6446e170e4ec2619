// Reading and writing campaigns in IndexedDB. Everything handed to Dexie is a plain copy.
import { restoreCampaign, restoreProject } from '../core/restore.ts';
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
    return this.db.transaction('r', this.db.campaigns, this.db.projects, async () => {
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
      return { campaign: restoreCampaign(row.campaign), projects };
    });
  }

  /** Writes a whole new campaign in one transaction. */
  async create(doc: CampaignDoc): Promise<void> {
    await this.db.transaction('rw', this.db.campaigns, this.db.projects, async () => {
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
    });
  }

  /** Applies one batch of changes atomically: all of it lands, or none. */
  async save(campaignId: string, changes: DocChanges): Promise<void> {
    await this.db.transaction('rw', this.db.campaigns, this.db.projects, async () => {
      if (changes.campaign || changes.projectOrder) {
        const row = await this.db.campaigns.get(campaignId);
        if (!row) throw new Error(`campaign ${campaignId} is not stored`);
        await this.db.campaigns.put(
          plain({
            id: campaignId,
            campaign: changes.campaign ?? row.campaign,
            projectOrder: changes.projectOrder ?? row.projectOrder,
          }),
        );
      }
      if (changes.put.size > 0) {
        await this.db.projects.bulkPut(
          [...changes.put.values()].map((p) => plain({ id: p.id, campaignId, project: p })),
        );
      }
      if (changes.deleted.size > 0) await this.db.projects.bulkDelete([...changes.deleted]);
    });
  }

  /**
   * Restoring a backup: each campaign replaces the stored one with its id (all its projects) or
   * is added, in one transaction, so a failure or a closed tab leaves everything as it was.
   */
  async replace(docs: readonly CampaignDoc[]): Promise<void> {
    await this.db.transaction('rw', this.db.campaigns, this.db.projects, async () => {
      for (const doc of docs) {
        await this.db.projects.where('campaignId').equals(doc.campaign.id).delete();
        await this.db.campaigns.put(
          plain({
            id: doc.campaign.id,
            campaign: doc.campaign,
            projectOrder: doc.projects.map((p) => p.id),
          }),
        );
        await this.db.projects.bulkAdd(
          doc.projects.map((p) => plain({ id: p.id, campaignId: doc.campaign.id, project: p })),
        );
      }
    });
  }

  async remove(campaignId: string): Promise<void> {
    await this.db.transaction('rw', this.db.campaigns, this.db.projects, async () => {
      await this.db.projects.where('campaignId').equals(campaignId).delete();
      await this.db.campaigns.delete(campaignId);
    });
  }

  async lastOpened(): Promise<string | null> {
    return (await this.db.meta.get(LAST_OPENED))?.value ?? null;
  }

  async setLastOpened(campaignId: string): Promise<void> {
    await this.db.meta.put({ key: LAST_OPENED, value: campaignId });
  }
}
