// Planning an import of targets: the five batches' annual targets, planned cumulative figures at
// period ends (以旬保月、以月保季, batches and investment), and annual targets per town and unit.
// Each row is one target, committed with the command the targets view uses for it.
import { applyCommand, type Command } from '../core/commands.ts';
import { parseMoney } from '../core/parse.ts';
import { parsePeriodEnd, periodEndLabel, WHOLE_YEAR_WORDS } from '../core/period-text.ts';
import type { CalendarDate } from '../core/calendar-date.ts';
import type { BatchKey, CampaignDoc, FigureKey, ScopeKind } from '../core/types.ts';
import { BATCH_WORDS, keyForWord, type Words } from '../core/vocabulary.ts';
import {
  countOutcomes,
  dataRows,
  isBlocking,
  valueProblem,
  withUnit,
  type DataRow,
  type ImportPlan,
  type PlanInput,
  type RowOutcome,
} from './plan.ts';
import { ListAdditions } from './list-additions.ts';
import { displayCell, wordsOf } from './project-values.ts';
import type { Problem } from './sheet.ts';

/** The figures a targets file names: the five batches, and investment in 万元. */
export const FIGURE_WORDS: Readonly<Record<FigureKey, Words>> = {
  ...BATCH_WORDS,
  investment: { 'zh-CN': '投资（万元）', en: 'Investment (万元)' },
};

/** Ledgers name the figures in longer or shorter forms: 策划生成一批, 建成一批, 竣工, 固定资产投资… */
const FIGURE_ALIASES: ReadonlyMap<string, FigureKey> = new Map<string, FigureKey>([
  ['策划', 'planned'],
  ['生成', 'planned'],
  ['开工', 'started'],
  ['建成', 'completed'],
  ['竣工', 'completed'],
  ['部分建成', 'completed'],
  ['加快建设', 'completed'],
  ['技改', 'upgraded'],
  ['增资', 'upgraded'],
  ['投资', 'investment'],
  ['固投', 'investment'],
  ['固定资产投资', 'investment'],
  ['完成投资', 'investment'],
  ['年度投资', 'investment'],
  ['投资额', 'investment'],
  ['investment', 'investment'],
]);

export function figureForText(text: string): FigureKey | null {
  const t = text
    .normalize('NFKC')
    .trim()
    .replace(/一批$/, '')
    .replace(/\s*\((万元|亿元)\)$/, '');
  const compact = t.replace(/\s/g, '');
  return (
    keyForWord(FIGURE_WORDS, t) ??
    keyForWord(FIGURE_WORDS, compact) ??
    FIGURE_ALIASES.get(compact.toLowerCase()) ??
    null
  );
}

type Count = { ok: true; value: number | null } | { ok: false; reason: 'notANumber' | 'negative' };

export function parseCount(text: string): Count {
  const t = text.trim().replace(/个$/, '').replace(/[,，]/g, '');
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  if (!Number.isInteger(n)) return { ok: false, reason: 'notANumber' };
  return n < 0 ? { ok: false, reason: 'negative' } : { ok: true, value: n };
}

/** Which target a row sets: the campaign's or a town's or unit's, for the year or to a day. */
export interface TargetSlot {
  figure: FigureKey;
  /** null: the whole year. */
  periodEnd: CalendarDate | null;
  scope: { kind: ScopeKind; name: string } | null;
}

export function targetValue(doc: CampaignDoc, slot: TargetSlot): number | null {
  const { figure, periodEnd, scope } = slot;
  if (periodEnd !== null) return doc.campaign.cumulativePlans[figure]?.[periodEnd] ?? null;
  if (figure === 'investment') return null;
  if (scope) return doc.campaign.scopeTargets[scope.kind][scope.name]?.[figure] ?? null;
  return doc.campaign.targets[figure];
}

function commandFor(slot: TargetSlot, value: number | null): Command {
  const { figure, periodEnd, scope } = slot;
  if (periodEnd !== null) return { type: 'setCumulativePlan', figure, periodEnd, value };
  const batch = figure as BatchKey;
  if (scope) return { type: 'setScopeTarget', scope: scope.kind, name: scope.name, batch, value };
  return { type: 'setTarget', batch, value };
}

export function slotLabel(slot: TargetSlot, locale: 'zh-CN' | 'en'): string {
  const period =
    slot.periodEnd === null ? WHOLE_YEAR_WORDS[locale] : periodEndLabel(slot.periodEnd, locale);
  return [wordsOf(FIGURE_WORDS, slot.figure, locale), period, slot.scope?.name ?? '']
    .filter(Boolean)
    .join(' · ');
}

/** The row's target, or the problems that keep it from naming one. */
function readSlot(row: DataRow, year: number, problems: Problem[]): TargetSlot | null {
  const figureText = row.text('batch');
  const figure = figureForText(figureText);
  if (figure === null) {
    problems.push(valueProblem(row, 'batch', figureText.trim() === '' ? 'empty' : 'unknownChoice'));
  }
  const period = parsePeriodEnd(row.text('period'), year);
  if (!period.ok) problems.push(valueProblem(row, 'period', period.reason));
  const town = row.text('town').trim();
  const unit = row.text('unit').trim();
  if (town !== '' && unit !== '') problems.push(valueProblem(row, 'unit', 'twoScopes'));
  const scope =
    town !== ''
      ? { kind: 'town' as const, name: town }
      : unit !== ''
        ? { kind: 'unit' as const, name: unit }
        : null;
  if (figure === null || !period.ok || (town !== '' && unit !== '')) return null;
  const periodEnd = period.value;
  // Towns and units have annual targets; their investment target is their projects' plans summed.
  if (scope && periodEnd !== null) {
    problems.push(valueProblem(row, 'period', 'scopePeriod'));
    return null;
  }
  if (figure === 'investment' && periodEnd === null) {
    problems.push(valueProblem(row, 'batch', 'derivedTarget'));
    return null;
  }
  return { figure, periodEnd, scope };
}

function readTarget(row: DataRow, slot: TargetSlot): Count | ReturnType<typeof parseMoney> {
  const text = row.text('target');
  return slot.figure === 'investment'
    ? parseMoney(withUnit(text, row.columns.get('target')?.unit ?? null))
    : parseCount(text);
}

/** The line whose command the core refuses, applying them one after another as the batch does. */
export function refusedLine(doc: CampaignDoc, commands: Command[], lines: number[]): number | null {
  let current = doc;
  for (const [i, command] of commands.entries()) {
    const result = applyCommand(current, command);
    if (!result.ok) return lines[i] ?? null;
    current = result.doc;
  }
  return null;
}

export function planTargets({ doc, rows, mapping, options }: PlanInput): ImportPlan {
  const problems: Problem[] = [...mapping.problems];
  const headerBlocks = mapping.problems.some((p) => p.blocking);
  const outcomes: RowOutcome[] = [];
  const commands: Command[] = [];
  /** The file line of each command, to name the row if the core refuses one. */
  const commandLines: number[] = [];
  const seen = new Map<string, number>();
  const additions = new ListAdditions(doc.campaign.lists);
  const { year } = doc.campaign;
  for (const row of headerBlocks ? [] : dataRows(rows, mapping)) {
    const rowProblems = [...row.problems];
    const slot = readSlot(row, year, rowProblems);
    const value = slot ? readTarget(row, slot) : null;
    if (value && !value.ok) rowProblems.push(valueProblem(row, 'target', value.reason));
    if (slot) {
      const key = JSON.stringify(slot);
      const first = seen.get(key);
      if (first !== undefined) {
        rowProblems.push({
          ...valueProblem(row, 'batch', 'duplicateCode'),
          value: `${slotLabel(slot, options.locale)} (${first})`,
        });
      } else seen.set(key, row.line);
    }
    problems.push(...rowProblems);
    const label = slot ? slotLabel(slot, options.locale) : row.text('batch');
    if (rowProblems.length > 0 || !slot || !value?.ok) {
      outcomes.push({ line: row.line, label, detail: '', status: 'rejected', changes: [] });
      continue;
    }
    if (slot.scope) {
      const list = slot.scope.kind === 'town' ? 'towns' : 'units';
      const warning = additions.note(list, slot.scope.name, row, slot.scope.kind);
      if (warning) problems.push(warning);
    }
    const before = targetValue(doc, slot);
    if (!row.has('target') || before === value.value) {
      outcomes.push({ line: row.line, label, detail: '', status: 'unchanged', changes: [] });
      continue;
    }
    commands.push(commandFor(slot, value.value));
    commandLines.push(row.line);
    const kind = slot.figure === 'investment' ? 'money' : 'count';
    outcomes.push({
      line: row.line,
      label,
      detail: '',
      status: before === null ? 'new' : 'changed',
      changes: [
        {
          key: 'target',
          before: displayCell(before, kind),
          after: displayCell(value.value, kind),
        },
      ],
    });
  }
  outcomes.sort((a, b) => a.line - b.line);
  const blocking = isBlocking(problems, options.skipRejected);
  const hasWork = commands.length > 0 || !additions.isEmpty;
  const command: Command | null =
    hasWork && !blocking ? additions.withCommand({ type: 'batch', commands }) : null;
  const result = command ? applyCommand(doc, command) : null;
  if (result && !result.ok) {
    // Every row was checked above; the core refusing one is a bug, shown rather than committed.
    problems.push({
      reason: 'refused',
      line: refusedLine(doc, commands, commandLines),
      column: null,
      value: result.value ?? '',
      cause: result.reason,
      blocking: true,
    });
    return {
      table: 'targets',
      outcomes,
      problems,
      counts: countOutcomes(outcomes, 0),
      deleted: [],
      command: null,
      after: doc,
      blocking: true,
    };
  }
  return {
    table: 'targets',
    outcomes,
    problems,
    counts: countOutcomes(outcomes, 0),
    deleted: [],
    command,
    after: result?.ok ? result.doc : doc,
    blocking,
  };
}
