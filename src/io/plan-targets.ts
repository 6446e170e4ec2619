// Planning an import of the five batches' annual targets: one row per batch.
import type { Command } from '../core/commands.ts';
import { BATCHES, type BatchKey } from '../core/types.ts';
import { BATCH_WORDS, keyForWord } from '../core/vocabulary.ts';
import {
  countOutcomes,
  dataRows,
  isBlocking,
  valueProblem,
  type ImportPlan,
  type PlanInput,
  type RowOutcome,
} from './plan.ts';
import { wordsOf } from './project-values.ts';
import type { Problem } from './sheet.ts';

/** Ledgers name the batches in longer forms: 策划生成一批, 建成一批, 竣工… */
const BATCH_ALIASES: ReadonlyMap<string, BatchKey> = new Map<string, BatchKey>([
  ['策划', 'planned'],
  ['生成', 'planned'],
  ['开工', 'started'],
  ['建成', 'completed'],
  ['竣工', 'completed'],
  ['部分建成', 'completed'],
  ['加快建设', 'completed'],
  ['技改', 'upgraded'],
  ['增资', 'upgraded'],
]);

export function batchForText(text: string): BatchKey | null {
  const t = text.normalize('NFKC').trim().replace(/一批$/, '').replace(/\s/g, '');
  return keyForWord(BATCH_WORDS, t) ?? BATCH_ALIASES.get(t) ?? null;
}

type Count = { ok: true; value: number | null } | { ok: false; reason: 'notANumber' | 'negative' };

export function parseCount(text: string): Count {
  const t = text.trim().replace(/个$/, '').replace(/[,，]/g, '');
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  if (!Number.isInteger(n)) return { ok: false, reason: 'notANumber' };
  return n < 0 ? { ok: false, reason: 'negative' } : { ok: true, value: n };
}

export function planTargets({ doc, rows, mapping, options }: PlanInput): ImportPlan {
  const problems: Problem[] = [...mapping.problems];
  const headerBlocks = mapping.problems.some((p) => p.blocking);
  const outcomes: RowOutcome[] = [];
  const commands: Command[] = [];
  const seen = new Map<BatchKey, number>();
  for (const row of headerBlocks ? [] : dataRows(rows, mapping)) {
    const rowProblems = [...row.problems];
    const text = row.cells.get('batch')?.text ?? '';
    const batch = batchForText(text);
    if (batch === null)
      rowProblems.push(valueProblem(row, 'batch', text.trim() === '' ? 'empty' : 'unknownChoice'));
    else if (seen.has(batch))
      rowProblems.push({
        ...valueProblem(row, 'batch', 'duplicateCode'),
        value: `${text} (${seen.get(batch)})`,
      });
    else seen.set(batch, row.line);
    const count = parseCount(row.cells.get('target')?.text ?? '');
    if (!count.ok) rowProblems.push(valueProblem(row, 'target', count.reason));
    problems.push(...rowProblems);
    const label = batch ? wordsOf(BATCH_WORDS, batch, options.locale) : text;
    if (rowProblems.length > 0 || batch === null || !count.ok) {
      outcomes.push({ line: row.line, label, detail: '', status: 'rejected', changes: [] });
      continue;
    }
    const before = doc.campaign.targets[batch];
    if (!row.cells.has('target') || before === count.value) {
      outcomes.push({ line: row.line, label, detail: '', status: 'unchanged', changes: [] });
      continue;
    }
    commands.push({ type: 'setTarget', batch, value: count.value });
    outcomes.push({
      line: row.line,
      label,
      detail: '',
      status: 'changed',
      changes: [
        {
          key: 'target',
          before: before === null ? '' : String(before),
          after: count.value === null ? '' : String(count.value),
        },
      ],
    });
  }
  outcomes.sort(
    (a, b) =>
      BATCHES.indexOf(batchForText(a.label) ?? 'planned') -
        BATCHES.indexOf(batchForText(b.label) ?? 'planned') || a.line - b.line,
  );
  const blocking = isBlocking(problems, options.skipRejected);
  return {
    table: 'targets',
    outcomes,
    problems,
    counts: countOutcomes(outcomes, 0),
    deleted: [],
    command: commands.length > 0 && !blocking ? { type: 'batch', commands } : null,
    blocking,
  };
}
