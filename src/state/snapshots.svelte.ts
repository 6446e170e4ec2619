// The open campaign's 旬 snapshots. Closed 旬 are frozen when a campaign opens or its as-of date
// moves; the user can freeze the current as-of date on demand. Snapshots are only ever added.
import type { CalendarDate } from '../core/calendar-date.ts';
import {
  closedDekads,
  compareText,
  dekadKey,
  missingSnapshots,
  takeSnapshot,
  type SnapshotOptions,
} from '../core/snapshot.ts';
import type { CampaignDoc } from '../core/types.ts';
import {
  closingSnapshotId,
  type SnapshotRecord,
  type SnapshotRepository,
} from '../persistence/snapshot-repository.ts';

export interface SnapshotStoreDeps {
  repo: SnapshotRepository;
  today: () => CalendarDate;
  newId: () => string;
  /** The problems module's overdue rule; without it snapshots leave overdue problems uncounted. */
  isOverdue?: SnapshotOptions['isOverdue'];
  /** Freezing waits for this (the page at rest), so it never holds up the first paint. */
  idle?: () => Promise<void>;
}

/** Display order: by as-of date, then by order of taking. */
const byAsOf = (a: SnapshotRecord, b: SnapshotRecord): number =>
  compareText(a.snapshot.asOf, b.snapshot.asOf) || a.snapshot.serial - b.snapshot.serial;

export class SnapshotStore {
  #campaignId = $state.raw<string | null>(null);
  #records = $state.raw<readonly SnapshotRecord[]>([]);
  #loaded = $state.raw(false);
  #error = $state.raw<string | null>(null);
  /** The records being read for load(). */
  #loading: Promise<readonly SnapshotRecord[]> | null = null;
  /** Freezing and taking run one at a time, so serials and "already frozen" checks hold. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SnapshotStoreDeps) {}

  /** The open campaign's snapshots, by as-of date; read from the store on first use. */
  get records(): readonly SnapshotRecord[] {
    this.#want();
    return this.#records;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get error(): string | null {
    return this.#error;
  }
  get isOverdue(): SnapshotOptions['isOverdue'] {
    return this.deps.isOverdue;
  }

  /** The snapshot frozen when the 旬 `period` closed, if any. */
  closing(period: string): SnapshotRecord | null {
    return this.records.find((r) => !r.snapshot.manual && r.snapshot.period === period) ?? null;
  }

  /**
   * Freezes every closed 旬 of the campaign's year that has no snapshot. Snapshots are read only
   * when one is missing or the records are wanted: opening a large campaign reads none.
   */
  async sync(doc: CampaignDoc, asOf: CalendarDate): Promise<void> {
    const id = doc.campaign.id;
    if (this.#campaignId !== id) {
      this.#campaignId = id;
      this.#records = [];
      this.#loaded = false;
      this.#loading = null;
    }
    await this.#run(async () => {
      await this.deps.idle?.();
      if (!this.#loaded) {
        const frozen = await this.deps.repo.closedPeriods(id);
        if (closedDekads(doc.campaign.year, asOf).every((d) => frozen.has(dekadKey(d)))) return;
      }
      let records = this.#loaded ? this.#records : await this.deps.repo.list(id);
      const missing = missingSnapshots(
        doc,
        asOf,
        doc.campaign.statusRules,
        records.map((r) => r.snapshot),
        { takenOn: this.deps.today(), isOverdue: this.deps.isOverdue },
      );
      // One 旬 at a time: each is stored (and the page can paint) before the next is computed.
      for (const snapshot of missing) {
        const added = await this.deps.repo.add([
          { id: closingSnapshotId(id, snapshot.period), snapshot },
        ]);
        records = [...records, ...added].sort(byAsOf);
        if (this.#campaignId === id) this.#records = records;
      }
      if (this.#campaignId !== id) return;
      this.#records = records;
      this.#loaded = true;
    });
  }

  /** The open campaign's snapshots, read from the store unless they are already. */
  load(): Promise<readonly SnapshotRecord[]> {
    const id = this.#campaignId;
    if (id === null || this.#loaded) return Promise.resolve(this.#records);
    this.#loading ??= this.#run(async () => {
      if (this.#loaded || this.#campaignId !== id) return;
      const records = await this.deps.repo.list(id);
      if (this.#campaignId !== id || this.#loaded) return;
      this.#records = records;
      this.#loaded = true;
    }).then(() => {
      this.#loading = null;
      return this.#records;
    });
    return this.#loading;
  }

  /** A view reads the records: load them (after the current reaction, which must not write). */
  #want(): void {
    if (this.#loaded || this.#loading || this.#campaignId === null) return;
    queueMicrotask(() => void this.load());
  }

  /** Freezes the campaign as it stands on `asOf` ("立即快照"). */
  take(doc: CampaignDoc, asOf: CalendarDate): Promise<SnapshotRecord | null> {
    return this.#run(async () => {
      const id = doc.campaign.id;
      const stored =
        this.#campaignId === id && this.#loaded ? this.#records : await this.deps.repo.list(id);
      const serial = Math.max(0, ...stored.map((r) => r.snapshot.serial + 1));
      const snapshot = takeSnapshot(doc, asOf, doc.campaign.statusRules, {
        manual: true,
        takenOn: this.deps.today(),
        isOverdue: this.deps.isOverdue,
        serial,
      });
      const record = { id: this.deps.newId(), snapshot };
      await this.deps.repo.add([record]);
      if (this.#campaignId === id) this.#records = [...stored, record].sort(byAsOf);
      return record;
    });
  }

  #run<T>(job: () => Promise<T>): Promise<T | null> {
    const next = this.#queue.then(job).then(
      (value) => {
        this.#error = null;
        return value;
      },
      (error: unknown) => {
        this.#error = String(error);
        return null;
      },
    );
    this.#queue = next;
    return next;
  }
}
