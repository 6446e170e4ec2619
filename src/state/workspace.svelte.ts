// The open campaign and the list of campaigns. The only place that holds app data in runes; its
// methods are the only writes: dispatch(command) → pure core → swap → autosave.
import { applyCommand, type Command, type CommandResult } from '../core/commands.ts';
import type { CalendarDate } from '../core/calendar-date.ts';
import type { RemoteChange } from '../core/merge.ts';
import { blankCampaign } from '../core/project.ts';
import { restoreCampaign, restoreProblem, restoreProject } from '../core/restore.ts';
import { campaignFigures, FigureShares, type CampaignFigures } from '../core/rollups.ts';
import type { CampaignDoc } from '../core/types.ts';
import { Autosave, type SaveStatus } from '../persistence/autosave.ts';
import type { CampaignRepository, CampaignSummary } from '../persistence/campaign-repository.ts';
import type { CalendarRepository } from '../persistence/calendar-repository.ts';
import {
  applyCalendarCommand,
  type CalendarCommand,
  type CalendarResult,
} from '../core/calendar-commands.ts';
import { EMPTY_CALENDAR, type WorkCalendar } from '../core/working-days.ts';
import type { SnapshotRepository } from '../persistence/snapshot-repository.ts';
import { SnapshotStore } from './snapshots.svelte.ts';
import { isOverdue } from '../core/problems.ts';
import type { ChangeFeed, ChangeMessage } from '../persistence/change-feed.ts';
import type { DocChanges } from '../persistence/changes.ts';
import { StoredDoc } from './stored-doc.ts';

/** How many steps back Ctrl+Z can go. Documents share structure, so a step costs little. */
const UNDO_LIMIT = 200;

export interface WorkspaceDeps {
  repo: CampaignRepository;
  calendars: CalendarRepository;
  snapshots: SnapshotRepository;
  /** Today's calendar date: the only source of "now". */
  today: () => CalendarDate;
  newId: () => string;
  /** Other tabs' saves; without it this tab neither tells nor hears of them. */
  feed?: ChangeFeed;
  /**
   * Resolves when the page has a moment to spare. Background work (freezing closed 旬) waits for
   * it, so an opened campaign is on screen first; without it, that work starts at once.
   */
  idle?: () => Promise<void>;
}

export class Workspace {
  #doc = $state.raw<CampaignDoc | null>(null);
  #campaigns = $state.raw<readonly CampaignSummary[]>([]);
  #saveStatus = $state.raw<SaveStatus>('saved');
  #saveError = $state.raw<string | null>(null);
  #calendar = $state.raw<WorkCalendar>(EMPTY_CALENDAR);
  #undo: CampaignDoc[] = [];
  #redo: CampaignDoc[] = [];
  /** The open campaign as last stored (loaded, saved here, or saved by another tab). */
  #stored: StoredDoc | null = null;
  /** Other tabs' saves being merged. */
  #merging: Promise<void>;
  readonly #autosave: Autosave;
  /** The open campaign's 旬 snapshots: frozen on open and whenever the as-of date moves. */
  readonly snapshots: SnapshotStore;

  /** Resolves once the first campaign is open, or the start failed: later work waits for it. */
  readonly firstOpened: Promise<void>;
  #firstOpened: () => void = () => {};

  /** Each project's part of the figures: after an edit only the edited projects are counted again. */
  readonly #shares = new FigureShares();

  readonly asOf = $derived.by(() => this.#doc?.campaign.asOf ?? this.deps.today());
  readonly figures = $derived.by((): CampaignFigures | null =>
    this.#doc ? campaignFigures(this.#doc, this.asOf, this.#shares) : null,
  );

  constructor(private readonly deps: WorkspaceDeps) {
    this.firstOpened = new Promise((resolve) => (this.#firstOpened = resolve));
    this.#autosave = new Autosave(
      deps.repo,
      (status, error) => {
        this.#saveStatus = status;
        this.#saveError = status === 'failed' ? String(error) : null;
      },
      (campaignId, changes) => this.#writing(campaignId, changes),
    );
    this.snapshots = new SnapshotStore({
      repo: deps.snapshots,
      today: deps.today,
      newId: deps.newId,
      isOverdue: (problem, asOf) => isOverdue(problem, asOf, this.#calendar),
      idle: deps.idle,
    });
    // One message at a time, in order: one that names projects by id waits for their read. Those
    // that arrive while the first campaign opens wait for it: it may have been read before their
    // save (taking in a save again changes nothing).
    this.#merging = this.firstOpened;
    deps.feed?.subscribe((message) => {
      this.#merging = this.#merging
        .then(() => this.#merge(message))
        .catch((error: unknown) => console.error('merging another tab’s save failed', error));
    });
  }

  get doc(): CampaignDoc | null {
    return this.#doc;
  }
  get campaigns(): readonly CampaignSummary[] {
    return this.#campaigns;
  }
  get saveStatus(): SaveStatus {
    return this.#saveStatus;
  }
  get saveError(): string | null {
    return this.#saveError;
  }
  /** The working-day calendar (holidays and make-up working days), shared by all campaigns. */
  get calendar(): WorkCalendar {
    return this.#calendar;
  }

  updateCalendar(cmd: CalendarCommand): CalendarResult {
    const result = applyCalendarCommand(this.#calendar, cmd);
    if (result.ok) {
      this.#calendar = result.calendar;
      this.deps.calendars.save(result.calendar).catch((error: unknown) => {
        this.#saveStatus = 'failed';
        this.#saveError = String(error);
      });
    }
    return result;
  }

  /** Opens the last campaign, or on first run creates and opens the sample. */
  async start(): Promise<void> {
    try {
      await this.#start();
    } finally {
      this.#firstOpened();
    }
  }

  async #start(): Promise<void> {
    // Read before the app's code loaded, the last campaign opens with no wait for the database.
    const opening = await this.deps.repo.opening();
    if (opening) {
      this.#calendar = opening.calendar;
      this.#campaigns = opening.campaigns;
      await this.#open(opening.doc.campaign.id, Promise.resolve(opening.doc));
      return;
    }
    // The last campaign is read while the list and the calendar are: the first paint waits for
    // one round of reads, not two.
    const lastOpened = this.deps.repo.lastOpened();
    const lastDoc = lastOpened.then((id) => (id ? this.deps.repo.load(id) : null));
    lastDoc.catch(() => {}); // Awaited below when used; its failure then surfaces there.
    const [calendar, stored, last] = await Promise.all([
      this.deps.calendars.load(),
      this.deps.repo.list(),
      lastOpened,
    ]);
    this.#calendar = calendar;
    let list = stored;
    if (list.length === 0) {
      // Only a first run needs the sample, so its generator loads only then.
      const { buildSampleCampaign } = await import('../core/sample-campaign.ts');
      await this.deps.repo.create(buildSampleCampaign());
      list = await this.deps.repo.list();
    }
    const id = list.find((c) => c.id === last)?.id ?? list[0]?.id;
    this.#campaigns = list;
    if (id) await this.#open(id, id === last ? lastDoc : null);
  }

  dispatch(cmd: Command): CommandResult {
    const prev = this.#doc;
    if (!prev) return { ok: false, reason: 'unknownProject' };
    const result = applyCommand(prev, cmd);
    if (result.ok && result.doc !== prev) {
      this.#undo.push(prev);
      if (this.#undo.length > UNDO_LIMIT) this.#undo.shift();
      this.#redo = [];
      this.#swap(prev, result.doc);
    }
    return result;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  undo(): void {
    this.#step(this.#undo, this.#redo);
  }

  redo(): void {
    this.#step(this.#redo, this.#undo);
  }

  #step(from: CampaignDoc[], to: CampaignDoc[]): void {
    const prev = this.#doc;
    const next = from.pop();
    if (!prev || !next) return;
    to.push(prev);
    this.#swap(prev, next);
  }

  #swap(prev: CampaignDoc, next: CampaignDoc): void {
    this.#doc = next;
    this.#autosave.record(prev, next);
    if (prev.campaign.asOf !== next.campaign.asOf || prev.campaign.year !== next.campaign.year)
      this.#freezeClosedDekads(next);
    if (prev.campaign.name !== next.campaign.name) {
      this.#campaigns = this.#campaigns.map((c) =>
        c.id === next.campaign.id ? { ...c, name: next.campaign.name } : c,
      );
    }
  }

  #writing(campaignId: string, changes: DocChanges): () => void {
    const stored = this.#stored;
    if (stored?.campaign.id !== campaignId) return () => {};
    const writing = stored.writing(campaignId, changes);
    return () => {
      stored.stored(writing);
      this.deps.feed?.publish(writing.message);
    };
  }

  /**
   * Another tab saved edits of a campaign. The open one takes them in, and so does every undo
   * step, so that Ctrl+Z here takes back only this tab's own edits and never theirs.
   */
  async #merge(message: ChangeMessage): Promise<void> {
    if (message.campaign) {
      const { id, name } = message.campaign.after;
      this.#campaigns = this.#campaigns.map((c) =>
        c.id === id && c.name !== name ? { ...c, name } : c,
      );
    }
    if (message.campaignId !== this.#doc?.campaign.id) return;
    // New projects named by id are read as stored now (a later save of theirs follows anyway).
    const added =
      message.added.length > 0
        ? await this.deps.repo.loadProjects(message.campaignId, message.added)
        : [];
    const doc = this.#doc;
    const stored = this.#stored;
    if (!doc || !stored || message.campaignId !== doc.campaign.id) return;
    // The other tab may run an older or newer build: restore what it sent before use.
    const change: RemoteChange = {
      campaign: message.campaign && {
        before: message.campaign.before && restoreCampaign(message.campaign.before),
        after: restoreCampaign(message.campaign.after),
      },
      order: message.order,
      put: [
        ...message.put.map((s) => ({
          before: s.before && restoreProject(s.before),
          after: restoreProject(s.after),
        })),
        ...added.map((after) => ({ before: null, after })),
      ],
      deleted: message.deleted,
      problems: {
        put: (message.problems?.put ?? []).map((s) => ({
          before: s.before && restoreProblem(s.before),
          after: restoreProblem(s.after),
        })),
        deleted: message.problems?.deleted ?? [],
      },
    };
    const merged = stored.merge(doc, { undo: this.#undo, redo: this.#redo }, change);
    this.#undo = merged.undo;
    this.#redo = merged.redo;
    if (merged.doc !== doc) this.#doc = merged.doc;
    this.#autosave.rebase(merged.doc, merged.rewrite);
  }

  /** Writes pending edits now: on pagehide, on hiding the tab and before switching campaigns. */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  open(id: string): Promise<void> {
    return this.#open(id, null);
  }

  /** `loading`: the campaign's read, when it was started already. */
  async #open(id: string, loading: Promise<CampaignDoc | null> | null): Promise<void> {
    await this.flush();
    const doc = await (loading ?? this.deps.repo.load(id));
    if (!doc) return;
    this.#undo = [];
    this.#redo = [];
    this.#doc = doc;
    this.#stored = new StoredDoc(doc);
    this.#freezeClosedDekads(doc);
    await this.deps.repo.setLastOpened(id);
  }

  /** Runs in the background; a failure shows in snapshots.error and is retried on the next move. */
  #freezeClosedDekads(doc: CampaignDoc): void {
    void this.snapshots.sync(doc, doc.campaign.asOf ?? this.deps.today());
  }

  async createBlank(name: string): Promise<void> {
    const year = Number(this.deps.today().slice(0, 4));
    const doc: CampaignDoc = {
      campaign: blankCampaign(this.deps.newId(), name.trim(), year),
      projects: [],
      problems: [],
    };
    await this.flush();
    await this.deps.repo.create(doc);
    this.#campaigns = await this.deps.repo.list();
    await this.open(doc.campaign.id);
  }

  /** Every stored campaign, with the open one's pending edits written first (for a backup). */
  async loadAll(): Promise<CampaignDoc[]> {
    await this.flush();
    const docs: CampaignDoc[] = [];
    for (const { id } of await this.deps.repo.list()) {
      const doc = await this.deps.repo.load(id);
      if (doc) docs.push(doc);
    }
    return docs;
  }

  /**
   * Restores campaigns from a validated backup in one transaction, replacing those with the same
   * id, then reopens: the open one if it was restored, else the first restored.
   */
  async restore(docs: readonly CampaignDoc[]): Promise<void> {
    if (docs.length === 0) return;
    await this.flush();
    await this.deps.repo.replace(docs);
    this.#campaigns = await this.deps.repo.list();
    const openId = this.#doc?.campaign.id;
    const reopen = docs.find((d) => d.campaign.id === openId) ?? docs[0];
    if (reopen) await this.open(reopen.campaign.id);
  }

  /** Deletes a campaign; if it was open, opens another (or recreates the sample when none is left). */
  async remove(id: string): Promise<void> {
    await this.flush();
    await this.deps.repo.remove(id);
    const wasOpen = this.#doc?.campaign.id === id;
    if (wasOpen) this.#doc = null;
    this.#campaigns = await this.deps.repo.list();
    if (wasOpen) await this.start();
  }
}
