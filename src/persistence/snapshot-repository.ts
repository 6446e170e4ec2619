// Frozen 旬 snapshots in IndexedDB. Rows are added, read and deleted with their campaign; never
// edited. A row of a snapshot version this app does not know is left in place, not shown.
import { compareText, restoreSnapshot, type Snapshot } from '../core/snapshot.ts';
import type { BattlemapDb } from './db.ts';

export interface SnapshotRecord {
  id: string;
  snapshot: Snapshot;
}

/** The id of the snapshot frozen when a 旬 closed: one per campaign and 旬, whoever writes it. */
export const closingSnapshotId = (campaignId: string, period: string): string =>
  `closing:${campaignId}:${period}`;

export class SnapshotRepository {
  constructor(private readonly db: BattlemapDb) {}

  /** The campaign's snapshots in the order they were taken. */
  async list(campaignId: string): Promise<SnapshotRecord[]> {
    const rows = await this.db.snapshots.where('campaignId').equals(campaignId).toArray();
    const records: SnapshotRecord[] = [];
    for (const row of rows) {
      const snapshot = restoreSnapshot(row.snapshot);
      if (snapshot) records.push({ id: row.id, snapshot });
    }
    return records.sort((a, b) => a.snapshot.serial - b.snapshot.serial || compareText(a.id, b.id));
  }

  /**
   * The 旬 whose closing snapshot is stored, read from the keys alone: opening a campaign checks
   * what is frozen without reading every snapshot (each holds a line per project).
   */
  async closedPeriods(campaignId: string): Promise<Set<string>> {
    const prefix = closingSnapshotId(campaignId, '');
    const ids = await this.db.snapshots.where('campaignId').equals(campaignId).primaryKeys();
    return new Set(ids.flatMap((id) => (id.startsWith(prefix) ? [id.slice(prefix.length)] : [])));
  }

  /** Adds the records not stored yet and returns them; one already stored is never overwritten. */
  async add(records: readonly SnapshotRecord[]): Promise<SnapshotRecord[]> {
    if (records.length === 0) return [];
    return this.db.transaction('rw', this.db.snapshots, async () => {
      const stored = await this.db.snapshots.bulkGet(records.map((r) => r.id));
      const fresh = records.filter((_, i) => stored[i] === undefined);
      await this.db.snapshots.bulkAdd(
        fresh.map((r) =>
          structuredClone({
            id: r.id,
            campaignId: r.snapshot.campaignId,
            period: r.snapshot.period,
            snapshot: r.snapshot,
          }),
        ),
      );
      return fresh;
    });
  }
}
