// Tells other tabs of this browser which campaign data a save wrote, so a second tab on the same
// campaign shows the edit without a reload. The message carries the saved objects themselves (not
// ids to read back), so a tab merges exactly what was written, whatever has been saved since. Only
// many new projects at once (an import) go by id: cloning 10,000 projects into the message held up
// the save by ~0.15 s, and a new project needs no merge (the receiver takes what is stored).
import type { Saved } from '../core/merge.ts';
import type { Campaign, Problem, Project } from '../core/types.ts';

/** Other channels (the PWA's "flush before reload") use other names. */
export const CHANGES_CHANNEL = 'battlemap-changes';

/** One save: each written object with the version it replaced, so receivers see the change. */
export interface ChangeMessage {
  campaignId: string;
  campaign: Saved<Campaign> | null;
  order: string[] | null;
  put: Saved<Project>[];
  /** Ids of new projects (no `before`) to read from the store, when a save adds many. */
  added: string[];
  deleted: string[];
  /** The problems written; absent from builds before problems took part. */
  problems?: { put: Saved<Problem>[]; deleted: string[] };
}

export class ChangeFeed {
  readonly #channel: BroadcastChannel | null;

  constructor(name = CHANGES_CHANNEL) {
    this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  }

  #closed = false;

  publish(message: ChangeMessage): void {
    // postMessage clones: it needs plain data, which saved documents are. A save that ends after
    // the feed closed (the page or test is going away) tells no one.
    if (!this.#closed) this.#channel?.postMessage(message);
  }

  subscribe(handler: (message: ChangeMessage) => void): () => void {
    const channel = this.#channel;
    if (!channel) return () => {};
    const listener = (event: MessageEvent<ChangeMessage>) => handler(event.data);
    channel.addEventListener('message', listener);
    return () => channel.removeEventListener('message', listener);
  }

  close(): void {
    this.#closed = true;
    this.#channel?.close();
  }
}
