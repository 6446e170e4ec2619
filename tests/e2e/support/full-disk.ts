// Makes IndexedDB refuse writes as a full disk does. Chromium's quota override over CDP does not
// reach a database that is already open, so the refusal is made in the page instead.
import type { Page } from '@playwright/test';

/** Installs the switch before the page loads; the returned function turns the full disk on and off. */
export async function simulateFullDisk(page: Page): Promise<(full: boolean) => Promise<void>> {
  await page.addInitScript(() => {
    const w = window as unknown as { failWrites: boolean };
    w.failWrites = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args) {
        if (w.failWrites) throw new DOMException('Encountered full disk', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  return (full) =>
    page.evaluate((f) => {
      (window as unknown as { failWrites: boolean }).failWrites = f;
    }, full);
}
