// Whether the browser may evict this app's data, and how much room it takes. The ledger lives only
// here, so after the first real edit the app asks for persistent storage.

export interface StorageEstimateView {
  /** Bytes used by this site, or null when the browser does not say. */
  usage: number | null;
  quota: number | null;
}

class StorageHealth {
  /** null: not known (yet, or the browser has no StorageManager). */
  #persisted = $state<boolean | null>(null);
  #estimate = $state.raw<StorageEstimateView>({ usage: null, quota: null });
  #asked = false;

  get persisted(): boolean | null {
    return this.#persisted;
  }
  get estimate(): StorageEstimateView {
    return this.#estimate;
  }
  get supported(): boolean {
    return typeof navigator !== 'undefined' && 'storage' in navigator;
  }

  async refresh(): Promise<void> {
    if (!this.supported) return;
    const [persisted, estimate] = await Promise.all([
      navigator.storage.persisted(),
      navigator.storage.estimate(),
    ]);
    this.#persisted = persisted;
    this.#estimate = { usage: estimate.usage ?? null, quota: estimate.quota ?? null };
  }

  /** Asks once per visit; Chromium answers from site engagement, Firefox asks the user. */
  async requestPersistence(): Promise<void> {
    if (!this.supported) return;
    this.#asked = true;
    this.#persisted = await navigator.storage.persist();
    await this.refresh();
  }

  /** After the first real edit or import: the moment when there is data worth keeping. */
  async noteEdit(): Promise<void> {
    if (this.#asked || !this.supported) return;
    this.#asked = true;
    if (!(await navigator.storage.persisted())) await this.requestPersistence();
  }
}

export const storageHealth = new StorageHealth();
