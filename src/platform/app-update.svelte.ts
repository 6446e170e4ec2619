// The service worker and new versions of the app. A new version waits until the user accepts it;
// then every open tab saves its edits, the new worker takes over and every tab reloads on it.
import { registerSW } from 'virtual:pwa-register';
import type { FlushAllResult } from './tab-lifecycle.ts';

/** A tab left open for days still hears of new versions. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface AppUpdateDeps {
  /** Asks every open tab, this one included, to write its pending edits. */
  flushAllTabs: () => Promise<FlushAllResult>;
  /** Writes this tab's pending edits; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  reload: () => void;
  /**
   * Resolves when the first view is on screen: the worker's registration (and its script) waits
   * for it, so it never competes with opening the campaign.
   */
  viewShown: Promise<void>;
}

class AppUpdate {
  #needRefresh = $state(false);
  #dismissed = $state(false);
  #chunkFailed = $state(false);
  #busy = $state(false);
  #unsavedTabs = $state(0);
  #deps: AppUpdateDeps | null = null;
  #activate: (() => Promise<void>) | null = null;
  /** The new version already controls this tab; only the reload is left. */
  #taken = false;

  /** A new version is installed and waits for the user. */
  get needRefresh(): boolean {
    return this.#needRefresh;
  }
  /** The user chose "later": the banner rests until the next load (the new version still waits). */
  get dismissed(): boolean {
    return this.#dismissed;
  }

  dismiss(): void {
    this.#dismissed = true;
  }
  /** A part of the app could not be loaded: this tab runs a version the server no longer has. */
  get chunkFailed(): boolean {
    return this.#chunkFailed;
  }
  get busy(): boolean {
    return this.#busy;
  }
  /** Tabs whose edits could not be saved, which stopped the last update. */
  get unsavedTabs(): number {
    return this.#unsavedTabs;
  }

  start(deps: AppUpdateDeps): void {
    this.#deps = deps;
    addEventListener('vite:preloadError', () => (this.#chunkFailed = true));
    if (!('serviceWorker' in navigator)) return;
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The first install takes over a page that had no worker: nothing new to load.
      if (!controlled) {
        controlled = true;
        return;
      }
      // A new version took over (this tab or another accepted it): reload on it, edits saved.
      this.#taken = true;
      void this.#saveAndReload();
    });
    void deps.viewShown.then(() => {
      this.#activate = registerSW({
        onNeedRefresh: () => (this.#needRefresh = true),
        // Reloading is done below, for every tab: the plugin's own reload skips a tab that had no
        // worker when it opened (a first visit kept open until the update).
        onNeedReload: () => {},
        onRegisteredSW: (_url, registration) => {
          if (registration) watchForUpdates(registration);
        },
      });
    });
  }

  /** Saves the edits of every open tab, then lets the new version take over (which reloads them). */
  async accept(): Promise<void> {
    const deps = this.#deps;
    if (!deps || !this.#activate || this.#busy) return;
    this.#busy = true;
    const result = await deps.flushAllTabs();
    this.#unsavedTabs = result.failedTabs;
    if (!result.saved) {
      this.#busy = false;
      return;
    }
    if (this.#taken) deps.reload();
    else await this.#activate();
  }

  /** After a failed chunk: take the waiting version if there is one, else load the page again. */
  async reloadAfterChunkError(): Promise<void> {
    if (this.#needRefresh) return this.accept();
    await this.#saveAndReload();
  }

  /** Reloads unless an edit could not be saved: then the failed-save banner offers a backup first. */
  async #saveAndReload(): Promise<void> {
    if (!this.#deps) return;
    if (await this.#deps.flush()) this.#deps.reload();
    else this.#unsavedTabs = 1;
  }
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // Offline, the check fails; the next one will try again.
  const check = () => void registration.update().catch(() => {});
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

export const appUpdate = new AppUpdate();
