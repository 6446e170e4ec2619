// Planning an import of the stage ledger (精细台账): one row per project and workstream, for
// projects already in the ledger.
import { applyCommand, type ProjectImportRow } from '../core/commands.ts';
import { blankWorkstreams } from '../core/project.ts';
import type { Project, WorkstreamKey } from '../core/types.ts';
import { WORKSTREAM_WORDS, keyForWord } from '../core/vocabulary.ts';
import { isWorkstreamField, parseWorkstreamInput } from '../core/workstream-fields.ts';
import { CodeCheck } from './code-check.ts';
import {
  countOutcomes,
  damagedCode,
  dataRows,
  isBlocking,
  valueProblem,
  type FieldChange,
  type ImportPlan,
  type PlanInput,
  type RowOutcome,
} from './plan.ts';
import { displayCell, wordsOf, workstreamCell } from './project-values.ts';
import type { Problem } from './sheet.ts';
import { WORKSTREAMS_TABLE } from './tables.ts';

type Values = Record<string, unknown>;

export function planWorkstreams({ doc, rows, mapping, options }: PlanInput): ImportPlan {
  const problems: Problem[] = [...mapping.problems];
  const headerBlocks = mapping.problems.some((p) => p.blocking);
  const byCode = new Map(doc.projects.map((p) => [p.code, p]));
  const codeCheck = new CodeCheck(byCode.keys());
  const grouped = new Map<string, Partial<Record<WorkstreamKey, Values>>>();
  const accepted: { line: number; code: string; stream: WorkstreamKey }[] = [];
  const outcomes: RowOutcome[] = [];
  const firstLine = new Map<string, number>();
  for (const row of headerBlocks ? [] : dataRows(rows, mapping)) {
    const rowProblems = [...row.problems];
    const code = row.text('code').trim();
    const streamText = row.text('workstream');
    const stream = keyForWord(WORKSTREAM_WORDS, streamText);
    if (code === '') rowProblems.push(valueProblem(row, 'code', 'empty'));
    else if (!byCode.has(code)) {
      rowProblems.push(
        damagedCode(row, 'code', code, codeCheck) ??
          valueProblem(row, 'code', 'unknownProjectCode'),
      );
    }
    if (stream === null) {
      rowProblems.push(
        valueProblem(row, 'workstream', streamText.trim() === '' ? 'empty' : 'unknownChoice'),
      );
    }
    const id = `${code}\u0000${stream ?? ''}`;
    const first = firstLine.get(id);
    if (stream !== null && code !== '' && first !== undefined) {
      rowProblems.push({
        ...valueProblem(row, 'workstream', 'duplicateCode'),
        value: `${code} ${streamText} (${first})`,
      });
    } else firstLine.set(id, row.line);
    const values: Values = {};
    for (const column of row.columns.values()) {
      const key = column.key;
      if (!isWorkstreamField(key)) continue;
      const text = row.textAt(column);
      if (text.trim() === '' && !options.blankClears) continue;
      const parsed = parseWorkstreamInput(key, text);
      if (parsed.ok) values[key] = parsed.value;
      else rowProblems.push(valueProblem(row, key, parsed.reason));
    }
    problems.push(...rowProblems);
    const name = byCode.get(code)?.name ?? '';
    if (rowProblems.length > 0 || stream === null) {
      outcomes.push({
        line: row.line,
        label: `${code} ${streamText}`.trim(),
        detail: name,
        status: 'rejected',
        changes: [],
      });
      continue;
    }
    const streams = grouped.get(code) ?? {};
    streams[stream] = values;
    grouped.set(code, streams);
    accepted.push({ line: row.line, code, stream });
  }
  const importRows: ProjectImportRow[] = [...grouped].map(([code, workstreams]) => ({
    code,
    newId: '',
    values: {},
    workstreams,
  }));
  const command = {
    type: 'importProjects' as const,
    rows: importRows,
    asOf: options.asOf,
    deleteProjectIds: [],
  };
  const result = applyCommand(doc, command);
  if (!result.ok) {
    problems.push({
      reason: 'refused',
      line: null,
      column: null,
      value: result.value ?? result.reason,
      blocking: true,
    });
  } else {
    const after = new Map(result.doc.projects.map((p) => [p.code, p]));
    for (const { line, code, stream } of accepted) {
      const old = byCode.get(code) as Project;
      const next = after.get(code) as Project;
      const a = old.workstreams?.[stream];
      const b = (next.workstreams ?? blankWorkstreams())[stream];
      const changes: FieldChange[] = [];
      for (const column of WORKSTREAMS_TABLE.columns) {
        if (!isWorkstreamField(column.key)) continue;
        const x = displayCell(workstreamCell(a, column.key), column.kind);
        const y = displayCell(workstreamCell(b, column.key), column.kind);
        if (x !== y) changes.push({ key: column.key, before: x, after: y });
      }
      const status = !a
        ? changes.length > 0
          ? 'new'
          : 'unchanged'
        : changes.length > 0
          ? 'changed'
          : 'unchanged';
      const label = `${code} ${wordsOf(WORKSTREAM_WORDS, stream, options.locale)}`;
      outcomes.push({
        line,
        label,
        detail: old.name,
        status,
        changes: status === 'changed' ? changes : [],
      });
    }
  }
  outcomes.sort((a, b) => a.line - b.line);
  const blocking = isBlocking(problems, options.skipRejected) || !result.ok;
  const hasWork = result.ok && result.doc !== doc;
  return {
    table: 'workstreams',
    outcomes,
    problems,
    counts: countOutcomes(outcomes, 0),
    deleted: [],
    command: hasWork && !blocking ? command : null,
    after: hasWork && !blocking && result.ok ? result.doc : doc,
    blocking,
  };
}
