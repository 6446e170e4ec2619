// Planning an import of the problems sheet (问题清单): each row raises a new problem or updates one,
// closes (销号) or reopens it, through the same commands as the problems view. Rows are applied one
// after another to a running document, so every refusal is reported on its own row.
import { applyCommand, type Command } from '../core/commands.ts';
import { parseDate } from '../core/parse.ts';
import {
  isRefusal,
  readEscalation,
  readScope,
  type NewProblem,
  type ProblemField,
} from '../core/problem-commands.ts';
import { PROBLEM_STATUS_WORDS } from '../core/problem-vocabulary.ts';
import type { CampaignDoc, Problem as DocProblem, Project } from '../core/types.ts';
import { keyForWord } from '../core/vocabulary.ts';
import { CodeCheck } from './code-check.ts';
import {
  countOutcomes,
  damagedCode,
  dataRows,
  isBlocking,
  valueProblem,
  type DataRow,
  type FieldChange,
  type ImportPlan,
  type PlanInput,
  type PlanOptions,
  type RowOutcome,
} from './plan.ts';
import { ListAdditions, withLists } from './list-additions.ts';
import { displayCell, problemCell, type ValueContext } from './project-values.ts';
import type { Problem } from './sheet.ts';
import { PROBLEMS_TABLE } from './tables.ts';

/** How ledgers say whether a problem is settled, besides 未销号 / 已销号. */
const STATUS_ALIASES: ReadonlyMap<string, DocProblem['status']> = new Map([
  ['未解决', 'open'],
  ['办理中', 'open'],
  ['未办结', 'open'],
  ['推进中', 'open'],
  ['否', 'open'],
  ['已解决', 'resolved'],
  ['已办结', 'resolved'],
  ['已完成', 'resolved'],
  ['销号', 'resolved'],
  ['是', 'resolved'],
]);

export function statusForText(text: string): DocProblem['status'] | null {
  const t = text.normalize('NFKC').trim();
  return keyForWord(PROBLEM_STATUS_WORDS, t) ?? STATUS_ALIASES.get(t) ?? null;
}

/** What a row asks for: only the fields its file filled in (or cleared, when blanks clear). */
interface RowValues {
  description?: string;
  scope?: DocProblem['scope'];
  raisedOn?: string;
  ownerUnit?: string;
  escalation?: DocProblem['escalation'];
  status?: DocProblem['status'];
  resolvedOn?: string;
  resolution?: string;
}

/** Reads the row's cells; a cell that cannot be read becomes a problem on its column. */
function readRow(row: DataRow, options: PlanOptions, problems: Problem[]): RowValues {
  const values: RowValues = {};
  const text = (key: string): string | null => {
    if (!row.has(key)) return null;
    const t = row.text(key).trim();
    return t === '' && !options.blankClears ? null : t;
  };
  const description = text('description');
  if (description) values.description = description;
  const ownerUnit = text('ownerUnit');
  if (ownerUnit !== null) values.ownerUnit = ownerUnit;
  const resolution = text('resolution');
  if (resolution) values.resolution = resolution;
  const scope = text('scope');
  if (scope) {
    const read = readScope(scope);
    if (isRefusal(read)) problems.push(valueProblem(row, 'scope', 'unknownChoice'));
    else values.scope = read;
  }
  const escalation = text('escalation');
  if (escalation) {
    const read = readEscalation(escalation);
    if (isRefusal(read)) problems.push(valueProblem(row, 'escalation', 'unknownChoice'));
    else values.escalation = read;
  }
  const status = text('status');
  if (status) {
    const read = statusForText(status);
    if (read === null) problems.push(valueProblem(row, 'status', 'unknownChoice'));
    else values.status = read;
  }
  for (const key of ['raisedOn', 'resolvedOn'] as const) {
    const t = text(key);
    if (!t) continue;
    const parsed = parseDate(t);
    if (!parsed.ok || parsed.value === null) problems.push(valueProblem(row, key, 'notADate'));
    else values[key] = parsed.value;
  }
  return values;
}

/** A command with the column a refusal of it is reported on. */
interface RowCommand {
  command: Command;
  column: string;
}

/** The problem's history says why it opened again: the file said so, on this line. */
const REOPENED_BY_IMPORT = {
  'zh-CN': (line: number) => `导入文件第 ${line} 行将状态改回未销号`,
  en: (line: number) => `Set open again by line ${line} of an imported file`,
} as const;

const EDITED_FIELDS = ['description', 'scope', 'raisedOn', 'ownerUnit', 'escalation'] as const;

/** The commands that turn `current` (null: a new problem) into what the row asks for. */
function rowCommands(
  row: DataRow,
  current: DocProblem | null,
  id: string,
  project: Project | null,
  values: RowValues,
  options: PlanOptions,
  problems: Problem[],
): RowCommand[] {
  const on = options.asOf;
  const out: RowCommand[] = [];
  // A column the file does not have is named as the table names it.
  const missing = (key: string): void => {
    const title = PROBLEMS_TABLE.columns.find((c) => c.key === key)?.title[options.locale] ?? key;
    const problem = valueProblem(row, key, 'empty');
    problems.push({ ...problem, column: problem.column ?? title, value: '' });
  };
  // Without a status column, a closing date and a resolution close the problem.
  const status =
    values.status ?? (values.resolvedOn !== undefined ? 'resolved' : (current?.status ?? 'open'));
  if (status === 'open' && values.status === 'open' && values.resolvedOn !== undefined) {
    problems.push(valueProblem(row, 'resolvedOn', 'statusConflict'));
    return [];
  }
  if (current === null) {
    if (!project) return [];
    if (values.description === undefined) missing('description');
    if (values.scope === undefined) missing('scope');
    if (values.raisedOn === undefined) missing('raisedOn');
    if (
      values.description === undefined ||
      values.scope === undefined ||
      values.raisedOn === undefined
    ) {
      return [];
    }
    const problem: NewProblem = {
      id,
      projectId: project.id,
      description: values.description,
      scope: values.scope,
      raisedOn: values.raisedOn,
      ownerUnit: values.ownerUnit ?? '',
      // 四级挂钩 starts at the project itself unless the file says otherwise.
      escalation: values.escalation ?? 'project',
    };
    out.push({ command: { type: 'raiseProblem', problem, on }, column: 'description' });
  } else {
    const fields: [ProblemField, unknown, string][] = [];
    if (project && project.id !== current.projectId)
      fields.push(['projectId', project.id, 'projectCode']);
    for (const key of EDITED_FIELDS) {
      const value = values[key];
      if (value !== undefined && value !== current[key]) fields.push([key, value, key]);
    }
    for (const [field, value, column] of fields) {
      out.push({
        command: { type: 'setProblemField', problemId: id, field, value, on },
        column,
      });
    }
  }
  const wasResolved = current?.status === 'resolved';
  if (status === 'resolved' && !wasResolved) {
    if (values.resolvedOn === undefined) missing('resolvedOn');
    if (values.resolution === undefined) missing('resolution');
    if (values.resolvedOn === undefined || values.resolution === undefined) return [];
    out.push({
      command: {
        type: 'closeProblem',
        problemId: id,
        resolvedOn: values.resolvedOn,
        resolution: values.resolution,
        on,
      },
      column: 'resolvedOn',
    });
  } else if (status === 'open' && wasResolved) {
    out.push({
      command: {
        type: 'reopenProblem',
        problemId: id,
        reason: REOPENED_BY_IMPORT[options.locale](row.line),
        on,
      },
      column: 'status',
    });
  } else if (status === 'resolved' && current) {
    for (const key of ['resolvedOn', 'resolution'] as const) {
      const value = values[key];
      if (value !== undefined && value !== current[key]) {
        out.push({
          command: { type: 'setProblemField', problemId: id, field: key, value, on },
          column: key,
        });
      }
    }
  }
  return out;
}

function changes(
  before: DocProblem,
  after: DocProblem,
  ctx: ValueContext,
  projects: ReadonlyMap<string, Project>,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const column of PROBLEMS_TABLE.columns) {
    if (column.exportOnly) continue;
    const a = displayCell(problemCell(before, column.key, ctx, projects), column.kind);
    const b = displayCell(problemCell(after, column.key, ctx, projects), column.kind);
    if (a !== b) out.push({ key: column.key, before: a, after: b });
  }
  return out;
}

/** The one problem of `projectId` with this description, for rows that carry no ID. */
function sameDescription(doc: CampaignDoc, projectId: string, description: string) {
  const found = doc.problems.filter(
    (q) => q.projectId === projectId && q.description === description,
  );
  return found.length === 1 ? (found[0] as DocProblem) : null;
}

export function planProblems({ doc, rows, mapping, options }: PlanInput): ImportPlan {
  const problems: Problem[] = [...mapping.problems];
  const headerBlocks = mapping.problems.some((p) => p.blocking);
  const ctx: ValueContext = { locale: options.locale, asOf: options.asOf, year: doc.campaign.year };
  const projectByCode = new Map(doc.projects.map((p) => [p.code, p]));
  const projectById = new Map(doc.projects.map((p) => [p.id, p]));
  const codeCheck = new CodeCheck(projectByCode.keys());
  const problemById = new Map(doc.problems.map((q) => [q.id, q]));
  const firstLine = new Map<string, number>();
  const outcomes: RowOutcome[] = [];
  const commands: Command[] = [];
  const additions = new ListAdditions(doc.campaign.lists);
  let current = doc;
  for (const row of headerBlocks ? [] : dataRows(rows, mapping)) {
    const rowProblems = [...row.problems];
    const code = row.text('projectCode').trim();
    const project = code === '' ? null : (projectByCode.get(code) ?? null);
    if (code !== '' && !project) {
      rowProblems.push(
        damagedCode(row, 'projectCode', code, codeCheck) ??
          valueProblem(row, 'projectCode', 'unknownProjectCode'),
      );
    }
    const values = readRow(row, options, rowProblems);
    const givenId = row.text('id').trim();
    const existing =
      givenId !== ''
        ? (problemById.get(givenId) ?? null)
        : project && values.description
          ? sameDescription(doc, project.id, values.description)
          : null;
    if (!existing && code === '') rowProblems.push(valueProblem(row, 'projectCode', 'empty'));
    const id = existing?.id ?? (givenId || options.newId());
    const first = firstLine.get(id);
    if (first !== undefined) {
      const key = givenId !== '' ? 'id' : 'description';
      rowProblems.push({ ...valueProblem(row, key, 'duplicateCode'), value: `${id} (${first})` });
    } else firstLine.set(id, row.line);
    const label = code || (existing ? (projectById.get(existing.projectId)?.code ?? '') : '');
    const detail = values.description ?? existing?.description ?? '';
    const planned =
      rowProblems.length === 0
        ? rowCommands(row, existing, id, project, values, options, rowProblems)
        : [];
    let next = current;
    for (const { command, column } of rowProblems.length === 0 ? planned : []) {
      const result = applyCommand(next, command);
      if (result.ok) {
        next = result.doc;
        continue;
      }
      rowProblems.push({
        ...valueProblem(row, column, 'refused'),
        cause: result.reason,
      });
      break;
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0) {
      outcomes.push({ line: row.line, label, detail, status: 'rejected', changes: [] });
      continue;
    }
    const warning = additions.note('units', values.ownerUnit, row, 'ownerUnit');
    if (warning) problems.push(warning);
    const after = next.problems.find((q) => q.id === id);
    const status = !existing ? 'new' : next === current ? 'unchanged' : 'changed';
    outcomes.push({
      line: row.line,
      label,
      detail,
      status,
      changes:
        status === 'changed' && existing && after ? changes(existing, after, ctx, projectById) : [],
    });
    commands.push(...planned.map((c) => c.command));
    current = next;
  }
  outcomes.sort((a, b) => a.line - b.line);
  const blocking = isBlocking(problems, options.skipRejected);
  const commit = (commands.length > 0 || !additions.isEmpty) && !blocking;
  return {
    table: 'problems',
    outcomes,
    problems,
    counts: countOutcomes(outcomes, 0),
    deleted: [],
    command: commit ? additions.withCommand({ type: 'batch', commands }) : null,
    after: commit ? withLists(current, additions) : doc,
    blocking,
  };
}
