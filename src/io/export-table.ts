// A table of the open campaign as a file holds it: a header row in the chosen language, then
// rows of text, numbers and calendar dates. CSV and XLSX exports both start from this.
import { campaignFigures } from '../core/rollups.ts';
import { BATCHES, WORKSTREAMS, type CampaignDoc, type Project } from '../core/types.ts';
import { BATCH_WORDS, WORKSTREAM_WORDS } from '../core/vocabulary.ts';
import {
  problemCell,
  projectCell,
  workstreamCell,
  type FileCell,
  type ValueContext,
} from './project-values.ts';
import { TABLES, type ColumnKind, type TableKind } from './tables.ts';

export interface ExportColumn {
  key: string;
  kind: ColumnKind;
  header: string;
}

export interface ExportTable {
  kind: TableKind;
  /** The sheet's name in a workbook. */
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly FileCell[])[];
}

export interface ExportContext extends ValueContext {
  /** Only these projects, in this order (the ledger's current filter); all when null. */
  projectIds?: readonly string[] | null;
}

function selected(doc: CampaignDoc, ids: readonly string[] | null | undefined): readonly Project[] {
  if (!ids) return doc.projects;
  const byId = new Map(doc.projects.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function rowsOf(kind: TableKind, doc: CampaignDoc, ctx: ExportContext): FileCell[][] {
  const keys = TABLES[kind].columns.map((c) => c.key);
  switch (kind) {
    case 'projects':
      return selected(doc, ctx.projectIds).map((p) => keys.map((k) => projectCell(p, k, ctx)));
    case 'workstreams':
      return selected(doc, ctx.projectIds).flatMap((p) =>
        p.workstreams === null
          ? []
          : WORKSTREAMS.map((w) =>
              keys.map((k) =>
                k === 'code'
                  ? p.code
                  : k === 'name'
                    ? p.name
                    : k === 'workstream'
                      ? WORKSTREAM_WORDS[w][ctx.locale]
                      : workstreamCell(p.workstreams?.[w], k),
              ),
            ),
      );
    case 'targets': {
      const figures = campaignFigures(doc, ctx.asOf).figures;
      return BATCHES.map((b) => [
        BATCH_WORDS[b][ctx.locale],
        doc.campaign.targets[b],
        figures[b].actual,
      ]);
    }
    case 'problems': {
      const projects = new Map(doc.projects.map((p) => [p.id, p]));
      const chosen = ctx.projectIds ? new Set(ctx.projectIds) : null;
      return doc.problems
        .filter((q) => !chosen || chosen.has(q.projectId))
        .map((q) => keys.map((k) => problemCell(q, k, ctx, projects)));
    }
  }
}

export function exportTable(kind: TableKind, doc: CampaignDoc, ctx: ExportContext): ExportTable {
  const spec = TABLES[kind];
  return {
    kind,
    name: spec.title[ctx.locale],
    columns: spec.columns.map((c) => ({ key: c.key, kind: c.kind, header: c.title[ctx.locale] })),
    rows: rowsOf(kind, doc, ctx),
  };
}
