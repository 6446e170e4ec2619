// A table of the open campaign as a file holds it: a header row in the chosen language, then
// rows of text, numbers and calendar dates. CSV and XLSX exports both start from this.
import { campaignFigures } from '../core/rollups.ts';
import { periodEndLabel, WHOLE_YEAR_WORDS } from '../core/period-text.ts';
import {
  BATCHES,
  WORKSTREAMS,
  type CampaignDoc,
  type FigureKey,
  type Project,
} from '../core/types.ts';
import { WORKSTREAM_WORDS } from '../core/vocabulary.ts';
import { FIGURE_WORDS } from './plan-targets.ts';
import {
  problemCell,
  projectCell,
  workstreamCell,
  type FileCell,
  type ValueContext,
} from './project-values.ts';
import { TABLES, type ColumnKind, type TableKind } from './tables.ts';
import { compareChinese } from '../core/chinese-order.ts';

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
  /** Only these problems, in this order (the problems sheet's current filter); all when null. */
  problemIds?: readonly string[] | null;
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
    case 'targets':
      return targetRows(doc, ctx);
    case 'problems': {
      const projects = new Map(doc.projects.map((p) => [p.id, p]));
      const byId = new Map(doc.problems.map((q) => [q.id, q]));
      const problems = ctx.problemIds
        ? ctx.problemIds.flatMap((id) => byId.get(id) ?? [])
        : doc.problems;
      return problems.map((q) => keys.map((k) => problemCell(q, k, ctx, projects)));
    }
  }
}

/**
 * The five annual targets with what is done, then the planned cumulative figures by period end,
 * then the towns' and units' annual targets: the rows the targets import reads back.
 */
function targetRows(doc: CampaignDoc, ctx: ExportContext): FileCell[][] {
  const { campaign } = doc;
  const figures = campaignFigures(doc, ctx.asOf).figures;
  const year = WHOLE_YEAR_WORDS[ctx.locale];
  const word = (f: FigureKey): string => FIGURE_WORDS[f][ctx.locale];
  const rows: FileCell[][] = BATCHES.map((b) => [
    word(b),
    year,
    null,
    null,
    campaign.targets[b],
    figures[b].actual,
  ]);
  for (const figure of [...BATCHES, 'investment'] as const) {
    const plans = Object.entries(campaign.cumulativePlans[figure] ?? {}).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    for (const [end, value] of plans)
      rows.push([word(figure), periodEndLabel(end, ctx.locale), null, null, value, null]);
  }
  for (const kind of ['town', 'unit'] as const) {
    const names = Object.keys(campaign.scopeTargets[kind]).sort(compareChinese);
    for (const name of names) {
      for (const b of BATCHES) {
        const value = campaign.scopeTargets[kind][name]?.[b];
        if (value === undefined) continue;
        rows.push([
          word(b),
          year,
          kind === 'town' ? name : null,
          kind === 'unit' ? name : null,
          value,
          null,
        ]);
      }
    }
  }
  return rows;
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
