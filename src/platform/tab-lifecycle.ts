// The open tabs of the app talk over one BroadcastChannel, so that an update (which reloads every
// tab at once) first has each of them write its pending edits.

export const LIFECYCLE_CHANNEL = 'battlemap-lifecycle';

/**
 * How long to wait for a tab's answer. A tab that does not answer was frozen in the background,
 * and a tab is frozen only after it was hidden, when it already wrote its edits (see main.ts).
 */
export const FLUSH_ANSWER_TIMEOUT_MS = 5000;

type LifecycleMessage =
  | { type: 'hello'; tab: string }
  | { type: 'here'; tab: string }
  | { type: 'bye'; tab: string }
  | { type: 'flush'; tab: string; request: string }
  | { type: 'flushed'; tab: string; request: string; saved: boolean };

/** What asking every tab to save found. */
export interface FlushAllResult {
  /** Every tab that answered has nothing left unsaved. */
  saved: boolean;
  /** Tabs that said their edits could not be written (this one included). */
  failedTabs: number;
  /** Tabs that did not answer in time. */
  silentTabs: number;
}

export interface TabLifecycleOptions {
  tabId: string;
  /** Writes this tab's pending edits; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  channel?: BroadcastChannel;
  answerTimeoutMs?: number;
}

interface PendingRequest {
  waitingFor: Set<string>;
  failedTabs: number;
  done: () => void;
}

export class TabLifecycle {
  readonly #tabId: string;
  readonly #flush: () => Promise<boolean>;
  readonly #channel: BroadcastChannel;
  readonly #timeoutMs: number;
  readonly #others = new Set<string>();
  readonly #requests = new Map<string, PendingRequest>();
  #requestCount = 0;
  #closed = false;

  constructor(options: TabLifecycleOptions) {
    this.#tabId = options.tabId;
    this.#flush = options.flush;
    this.#channel = options.channel ?? new BroadcastChannel(LIFECYCLE_CHANNEL);
    this.#timeoutMs = options.answerTimeoutMs ?? FLUSH_ANSWER_TIMEOUT_MS;
    this.#channel.onmessage = (event: MessageEvent<LifecycleMessage>) =>
      void this.#receive(event.data);
    this.#post({ type: 'hello', tab: this.#tabId });
  }

  /** How many other tabs of the app are open, as far as this tab knows. */
  get otherTabs(): number {
    return this.#others.size;
  }

  /** Saves the pending edits of this tab and of every other open tab. */
  async flushAll(): Promise<FlushAllResult> {
    const request = `${this.#tabId}:${++this.#requestCount}`;
    const pending: PendingRequest = {
      waitingFor: new Set(this.#others),
      failedTabs: 0,
      done: () => {},
    };
    const answered = new Promise<void>((resolve) => {
      pending.done = resolve;
      if (pending.waitingFor.size === 0) resolve();
    });
    this.#requests.set(request, pending);
    this.#post({ type: 'flush', tab: this.#tabId, request });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#timeoutMs)));
    const [ownSaved] = await Promise.all([this.#flush(), Promise.race([answered, timedOut])]);
    clearTimeout(timer);
    this.#requests.delete(request);
    const failedTabs = pending.failedTabs + (ownSaved ? 0 : 1);
    return { saved: failedTabs === 0, failedTabs, silentTabs: pending.waitingFor.size };
  }

  /** Says goodbye, so other tabs stop waiting for this one. */
  close(): void {
    this.#post({ type: 'bye', tab: this.#tabId });
    this.#closed = true;
    this.#channel.close();
  }

  async #receive(message: LifecycleMessage): Promise<void> {
    switch (message.type) {
      case 'hello':
        this.#others.add(message.tab);
        this.#post({ type: 'here', tab: this.#tabId });
        break;
      case 'here':
        this.#others.add(message.tab);
        break;
      case 'bye':
        this.#others.delete(message.tab);
        for (const pending of this.#requests.values()) this.#answer(pending, message.tab);
        break;
      case 'flush': {
        this.#others.add(message.tab);
        const saved = await this.#flush();
        this.#post({ type: 'flushed', tab: this.#tabId, request: message.request, saved });
        break;
      }
      case 'flushed': {
        const pending = this.#requests.get(message.request);
        if (!pending) break;
        if (!message.saved) pending.failedTabs++;
        this.#answer(pending, message.tab);
        break;
      }
    }
  }

  #answer(pending: PendingRequest, tab: string): void {
    pending.waitingFor.delete(tab);
    if (pending.waitingFor.size === 0) pending.done();
  }

  #post(message: LifecycleMessage): void {
    if (!this.#closed) this.#channel.postMessage(message);
  }
}
