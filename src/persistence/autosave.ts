// Saves each edit within a moment of it, one batch at a time. A failed batch stays pending and is
// retried with the next flush, so an edit is dropped neither by an error nor by a closing tab.
import type { CampaignDoc } from '../core/types.ts';
import {
  collectChanges,
  emptyChanges,
  hasChanges,
  mergeChanges,
  type DocChanges,
  type RowChanges,
} from './changes.ts';
import type { CampaignRepository } from './campaign-repository.ts';

/** Short enough that a reload right after typing finds the edit; long enough to batch a paste. */
export const SAVE_DELAY_MS = 50;
/** A failed write (a busy or closed database) is tried again after this long. */
export const RETRY_DELAY_MS = 2000;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** What a merge kept of this tab that the other tab's write lacks: to write again. */
export interface Rewrite {
  projects: readonly string[];
  problems: readonly string[];
  campaign: boolean;
}

/** Pending rows become their merged version (gone when the merge removed them), and so do `more`. */
function rebaseRows<T extends { id: string }>(
  pending: RowChanges<T>,
  rows: readonly T[],
  more: readonly string[],
): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of [...pending.put.keys(), ...more]) {
    const row = byId.get(id);
    if (row) pending.put.set(id, row);
    else pending.put.delete(id);
  }
}

export class Autosave {
  #pending: DocChanges = emptyChanges();
  #campaignId: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: CampaignRepository,
    private readonly onStatus: (status: SaveStatus, error?: unknown) => void,
    /**
     * Told of each write as it starts (what it was based on is known then, not after another
     * tab's save arrived); the function it returns runs once the write is stored.
     */
    private readonly onWrite: (campaignId: string, changes: DocChanges) => () => void = () =>
      () => {},
  ) {}

  /**
   * Another tab's edits were merged into the open document: what is still to be written is now
   * the merged version of each pending object, and objects whose merge kept something of this tab
   * that the other tab's write lacks are written again.
   */
  rebase(doc: CampaignDoc, rewrite: Rewrite): void {
    const mine = this.#campaignId === null || this.#campaignId === doc.campaign.id;
    if (!mine) return;
    rebaseRows(this.#pending.projects, doc.projects, rewrite.projects);
    rebaseRows(this.#pending.problems, doc.problems, rewrite.problems);
    if (this.#pending.campaign || rewrite.campaign) this.#pending.campaign = doc.campaign;
    if (this.#pending.projectOrder) this.#pending.projectOrder = doc.projects.map((p) => p.id);
    if (!hasChanges(this.#pending)) return;
    this.#campaignId = doc.campaign.id;
    this.onStatus('pending');
    this.#timer ??= setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  record(prev: CampaignDoc, next: CampaignDoc): void {
    if (this.#campaignId !== null && this.#campaignId !== next.campaign.id) {
      throw new Error('flush() before switching campaigns');
    }
    this.#campaignId = next.campaign.id;
    collectChanges(prev, next, this.#pending);
    this.onStatus('pending');
    this.#timer ??= setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes everything pending; resolves when it is stored (or has failed and stays pending). */
  flush(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#running = this.#running.then(() => this.#write());
    return this.#running;
  }

  async #write(): Promise<void> {
    const campaignId = this.#campaignId;
    if (campaignId === null || !hasChanges(this.#pending)) return;
    const batch = this.#pending;
    this.#pending = emptyChanges();
    this.onStatus('saving');
    const stored = this.onWrite(campaignId, batch);
    try {
      await this.repo.save(campaignId, batch);
      this.onStatus(hasChanges(this.#pending) ? 'pending' : 'saved');
      this.#tellSaved(stored);
    } catch (error) {
      // Put the batch back under anything newer, so a retry writes both in order.
      this.#pending = mergeChanges(batch, this.#pending);
      this.onStatus('failed', error);
      this.#timer ??= setTimeout(() => void this.flush(), RETRY_DELAY_MS);
    }
    if (!hasChanges(this.#pending)) this.#campaignId = null;
  }

  /** A listener's failure must not count as a failed write (the data is stored). */
  #tellSaved(stored: () => void): void {
    try {
      stored();
    } catch (error) {
      console.error('after-save listener failed', error);
    }
  }
}
