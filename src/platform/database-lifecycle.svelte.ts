// Tabs of two app versions on one database: the older tab saves, closes and asks for a reload when
// the newer one upgrades the schema; the newer tab says why it waits while the older holds on.
import type { DbLifecycle } from '../persistence/db.ts';

export class DatabaseLifecycle {
  #outdated = $state(false);
  #blocked = $state(false);

  /** A newer version upgraded the database: this tab has closed it and must reload. */
  get outdated(): boolean {
    return this.#outdated;
  }
  /** This tab's upgrade waits for an older tab to close. */
  get blocked(): boolean {
    return this.#blocked;
  }

  /** The hooks for openDb; `flush` writes the pending edits while the database is still open. */
  hooks(flush: () => Promise<unknown>): DbLifecycle {
    return {
      onVersionChange: (close) => {
        void flush()
          .catch(() => {})
          .finally(() => {
            close();
            this.#outdated = true;
          });
      },
      onBlocked: () => (this.#blocked = true),
      onReady: () => (this.#blocked = false),
    };
  }
}

export const databaseLifecycle = new DatabaseLifecycle();
