// Starts what the app needs from the browser: the service worker and updates, the talk between
// tabs, storage health and the backup reminder.
import { appUpdate } from './app-update.svelte.ts';
import { backups } from './backups.svelte.ts';
import { storageHealth } from './storage-health.svelte.ts';
import { TabLifecycle } from './tab-lifecycle.ts';

export interface PlatformDeps {
  /** Writes the open campaign's pending edits; true when nothing is left unsaved. */
  flushEdits: () => Promise<boolean>;
  /** The app's clock. */
  now: () => Date;
  /** Resolves when the first view is on screen; what it does not need waits for it. */
  viewShown: Promise<void>;
}

export function startPlatform({ flushEdits, now, viewShown }: PlatformDeps): void {
  const join = () => new TabLifecycle({ tabId: crypto.randomUUID(), flush: flushEdits });
  let lifecycle = join();
  // A page leaving says goodbye; one coming back from the back/forward cache joins again.
  addEventListener('pagehide', () => lifecycle.close());
  addEventListener('pageshow', (event) => {
    if (event.persisted) lifecycle = join();
  });
  appUpdate.start({
    flushAllTabs: () => lifecycle.flushAll(),
    flush: flushEdits,
    reload: () => location.reload(),
    viewShown,
  });
  backups.start(now);
  void viewShown.then(() => storageHealth.refresh());
}
