// Saves each edit within a moment of it, one batch at a time. A failed batch stays pending and is
// retried with the next flush, so an edit is dropped neither by an error nor by a closing tab.
import type { CampaignDoc } from '../core/types.ts';
import {
  collectChanges,
  emptyChanges,
  hasChanges,
  mergeChanges,
  type DocChanges,
} from './changes.ts';
import type { CampaignRepository } from './campaign-repository.ts';

/** Short enough that a reload right after typing finds the edit; long enough to batch a paste. */
export const SAVE_DELAY_MS = 50;
/** A failed write (a busy or closed database) is tried again after this long. */
export const RETRY_DELAY_MS = 2000;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

export class Autosave {
  #pending: DocChanges = emptyChanges();
  #campaignId: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: CampaignRepository,
    private readonly onStatus: (status: SaveStatus, error?: unknown) => void,
  ) {}

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
    try {
      await this.repo.save(campaignId, batch);
      this.onStatus(hasChanges(this.#pending) ? 'pending' : 'saved');
    } catch (error) {
      // Put the batch back under anything newer, so a retry writes both in order.
      this.#pending = mergeChanges(batch, this.#pending);
      this.onStatus('failed', error);
      this.#timer ??= setTimeout(() => void this.flush(), RETRY_DELAY_MS);
    }
    if (!hasChanges(this.#pending)) this.#campaignId = null;
  }
}
