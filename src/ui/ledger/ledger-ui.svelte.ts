// The ledger sheet's own state: how the sheet is viewed (search, filters, sort, hidden columns),
// what is selected, and the last edit's messages. Not campaign data: nothing here is saved with it,
// except the hidden columns, which this device remembers per campaign.
import type { CommandFailure } from '../../core/commands.ts';
import type { FieldWarning } from '../../core/project-checks.ts';
import { PLAIN_VIEW, type SortSpec, type ViewState } from '../../grid/ledger-view.ts';
import type { SelectionStats } from '../../grid/selection-stats.ts';
import { keyedBy, readHidden, toggled, withFilter } from './view-state.ts';

export interface RefusedCell {
  /** Row number as the sheet shows it (1-based). */
  row: number;
  columnKey: string;
  value: string;
  reason: CommandFailure;
  /** Set when the row exists, so the cell can be marked. */
  projectId: string | null;
}

export interface CheckedCell {
  row: number;
  columnKey: string;
  warning: FieldWarning;
}

export interface EditNotice {
  refused: readonly RefusedCell[];
  clipped: number;
  checks: readonly CheckedCell[];
}

export interface ColumnMenuRequest {
  key: string;
  x: number;
  y: number;
}

const HIDDEN_KEY = 'battlemap.ledger.hiddenColumns.';

export class LedgerUi {
  #view = $state.raw<ViewState>(PLAIN_VIEW);
  #hidden = $state.raw<ReadonlySet<string>>(readHidden(null));
  #campaignId: string | null = null;
  #notice = $state.raw<EditNotice | null>(null);
  #refusedCells: ReadonlyMap<string, RefusedCell> = keyedBy<RefusedCell>([], () => null);
  stats = $state.raw<SelectionStats | null>(null);
  /** The projects of the selected rows, in sheet order. */
  selection = $state.raw<readonly string[]>([]);
  /** The projects the sheet shows, in its order (after search, filters and sort). */
  shownIds = $state.raw<readonly string[]>([]);
  flagged = $state.raw(0);
  menu = $state.raw<ColumnMenuRequest | null>(null);

  get shown(): number {
    return this.shownIds.length;
  }

  get view(): ViewState {
    return this.#view;
  }

  setSearch(search: string): void {
    this.#view = { ...this.#view, search };
  }

  sortBy(sort: SortSpec | null): void {
    this.#view = { ...this.#view, sort };
  }

  /** Keeps only rows whose cell text is in `keep`; null removes the column's filter. */
  filter(key: string, keep: ReadonlySet<string> | null): void {
    this.#view = withFilter(this.#view, key, keep);
  }

  setOnlyFlagged(onlyFlagged: boolean): void {
    this.#view = { ...this.#view, onlyFlagged };
  }

  clearView(): void {
    this.#view = PLAIN_VIEW;
  }

  get hidden(): ReadonlySet<string> {
    return this.#hidden;
  }

  /** Reads the hidden columns this device remembers for the campaign. */
  useCampaign(campaignId: string): void {
    if (this.#campaignId === campaignId) return;
    this.#campaignId = campaignId;
    this.#view = PLAIN_VIEW;
    this.report(null);
    try {
      this.#hidden = readHidden(localStorage.getItem(HIDDEN_KEY + campaignId));
    } catch {
      this.#hidden = readHidden(null);
    }
  }

  setHidden(key: string, hidden: boolean): void {
    this.#storeHidden(toggled(this.#hidden, [key], hidden));
  }

  showAll(): void {
    this.#storeHidden(readHidden(null));
  }

  #storeHidden(hidden: ReadonlySet<string>): void {
    this.#hidden = hidden;
    if (this.#campaignId === null) return;
    try {
      localStorage.setItem(HIDDEN_KEY + this.#campaignId, JSON.stringify([...hidden]));
    } catch {
      // Storage may be off (private mode): the choice holds for this visit.
    }
  }

  get notice(): EditNotice | null {
    return this.#notice;
  }

  report(notice: EditNotice | null): void {
    const empty =
      !notice ||
      (notice.refused.length === 0 && notice.clipped === 0 && notice.checks.length === 0);
    this.#notice = empty ? null : notice;
    this.#refusedCells = keyedBy(notice?.refused ?? [], (r) =>
      r.projectId ? `${r.projectId}\u0000${r.columnKey}` : null,
    );
  }

  /** The refused value of a cell of the last edit, for marking it. */
  refusedAt(projectId: string, columnKey: string): RefusedCell | undefined {
    return this.#refusedCells.size === 0
      ? undefined
      : this.#refusedCells.get(`${projectId}\u0000${columnKey}`);
  }
}
