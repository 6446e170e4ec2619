// The battle map's rows: which projects are shown (filters), in which swimlanes (grouping), with
// their status lights, spans and progress. Pure: the same ledger and choices give the same rows.
import { makeDate, type CalendarDate } from '../core/calendar-date.ts';
import { periodOf, timeProgress } from '../core/period.ts';
import { investmentDone } from '../core/project.ts';
import {
  countLights,
  projectStatus,
  workstreamLight,
  type Light,
  type Status,
} from '../core/status.ts';
import type { StatusRules } from '../core/status-rules.ts';
import {
  BATTLES,
  TIERS,
  WORKSTREAMS,
  type BattleKey,
  type CampaignLists,
  type Project,
  type Tier,
  type Workstream,
  type WorkstreamKey,
} from '../core/types.ts';
import { actualSpan, plannedSpan, type ActualSpan, type PlannedSpan } from './project-span.ts';
import { compareChinese } from '../core/chinese-order.ts';

export const GROUP_BYS = ['town', 'unit', 'battle', 'tier', 'leader', 'none'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface BattlemapFilters {
  /** Empty: every colour. */
  lights: ReadonlySet<Light>;
  town: string | null;
  unit: string | null;
  tier: Tier | null;
  battle: BattleKey | null;
  onlyBehind: boolean;
  /** Matched against code, name, town, unit and leader, ignoring case. */
  text: string;
}

export const NO_FILTERS: BattlemapFilters = {
  lights: new Set(),
  town: null,
  unit: null,
  tier: null,
  battle: null,
  onlyBehind: false,
  text: '',
};

/** A copy of `set` with `item` in it or not: choices are immutable, so views never mutate a set. */
export function toggled<T>(set: ReadonlySet<T>, item: T, on = !set.has(item)): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

export interface BattlemapChoices {
  filters: BattlemapFilters;
  groupBy: GroupBy;
  /** Keys of collapsed groups: their header stays, their rows are not drawn. */
  collapsed: ReadonlySet<string>;
  showWorkstreams: boolean;
}

export interface CampaignContext {
  asOf: CalendarDate;
  year: number;
  rules: StatusRules;
  lists: CampaignLists;
  /** Open problems past their due date, by project id: each turns its project red. */
  overdueProblems?: ReadonlyMap<string, number>;
}

export interface ProjectRow {
  project: Project;
  overdueProblems: number;
  status: Status;
  /** Behind: a planned milestone passed undone, investment trails time progress, or a workstream is red. */
  behind: boolean;
  planned: PlannedSpan | null;
  actual: ActualSpan | null;
  /** This year's investment done against the annual plan, in percent; null without a plan. */
  investmentPercent: number | null;
  timePercent: number;
  /** Each workstream's light; null for a project without workstreams. */
  workstreamLights: Record<WorkstreamKey, Light> | null;
}

export interface GroupSummary {
  key: string;
  groupBy: GroupBy;
  /** The grouping value: a town, unit or leader as typed, a tier or battle key; '' for none. */
  value: string;
  count: number;
  lights: Record<Light, number>;
  collapsed: boolean;
}

export type Lane =
  | { kind: 'group'; key: string; group: GroupSummary }
  | { kind: 'project'; key: string; row: ProjectRow }
  | {
      kind: 'workstream';
      key: string;
      row: ProjectRow;
      workstream: WorkstreamKey;
      data: Workstream;
      light: Light;
    };

export interface BattlemapModel {
  lanes: Lane[];
  /** Project lanes drawn (a project in two battles is drawn twice when grouped by battle). */
  projectLanes: number;
  /** Projects that pass the filters. */
  matched: number;
  total: number;
  lights: Record<Light, number>;
  groups: GroupSummary[];
}

const BEHIND_REASONS = new Set<string>(['milestoneOverdue', 'investmentBehind', 'problemOverdue']);

/**
 * Rows of the last campaign context, by project. Commands share every untouched project with the
 * previous document, so after an edit only the edited project's row is worked out again.
 */
let rowCache: { key: string; rows: WeakMap<Project, ProjectRow> } = {
  key: '',
  rows: new WeakMap(),
};

const overdueOf = (p: Project, ctx: CampaignContext): number => ctx.overdueProblems?.get(p.id) ?? 0;

/** The cache for this context, emptied when the context changes. */
function rowsFor(ctx: CampaignContext): WeakMap<Project, ProjectRow> {
  const key = `${ctx.asOf}|${ctx.year}|${ctx.rules.behindMarginPoints}|${ctx.rules.dueSoonDays}`;
  if (rowCache.key !== key) rowCache = { key, rows: new WeakMap() };
  return rowCache.rows;
}

function cachedRow(
  rows: WeakMap<Project, ProjectRow>,
  p: Project,
  ctx: CampaignContext,
): ProjectRow {
  let row = rows.get(p);
  if (!row || row.overdueProblems !== overdueOf(p, ctx)) {
    row = projectRow(p, ctx);
    rows.set(p, row);
  }
  return row;
}

/** The share of the campaign year gone by at as-of, the same for every project: worked out once. */
let yearShare = { key: '', percent: 0 };
function yearPercent(year: number, asOf: CalendarDate): number {
  const key = `${year}|${asOf}`;
  if (yearShare.key !== key) {
    const percent = timeProgress(periodOf('year', makeDate(year, 1, 1)), asOf) * 100;
    yearShare = { key, percent };
  }
  return yearShare.percent;
}

export function projectRow(p: Project, ctx: CampaignContext): ProjectRow {
  const overdueProblems = overdueOf(p, ctx);
  const status = projectStatus(p, {
    asOf: ctx.asOf,
    year: ctx.year,
    rules: ctx.rules,
    overdueProblems,
  });
  const planned = plannedSpan(p);
  const yearStart = makeDate(ctx.year, 1, 1);
  const plan = p.annualPlan ?? 0;
  const streams = p.workstreams;
  let workstreamLights: Record<WorkstreamKey, Light> | null = null;
  let workstreamRed = false;
  if (streams) {
    workstreamLights = {} as Record<WorkstreamKey, Light>;
    for (const w of WORKSTREAMS) {
      const light = workstreamLight(streams[w], ctx.asOf, ctx.rules);
      workstreamLights[w] = light;
      if (light === 'red') workstreamRed = true;
    }
  }
  return {
    project: p,
    overdueProblems,
    status,
    behind: workstreamRed || status.reasons.some((r) => BEHIND_REASONS.has(r.kind)),
    planned,
    actual: actualSpan(p, planned, ctx.asOf),
    investmentPercent: plan > 0 ? (investmentDone(p, yearStart, ctx.asOf) / plan) * 100 : null,
    timePercent: yearPercent(ctx.year, ctx.asOf),
    workstreamLights,
  };
}

function matches(row: ProjectRow, f: BattlemapFilters): boolean {
  const p = row.project;
  if (f.lights.size > 0 && !f.lights.has(row.status.light)) return false;
  if (f.town !== null && p.town !== f.town) return false;
  if (f.unit !== null && p.unit !== f.unit) return false;
  if (f.tier !== null && p.tier !== f.tier) return false;
  if (f.battle !== null && !p.battles.includes(f.battle)) return false;
  if (f.onlyBehind && !row.behind) return false;
  const text = f.text.trim().toLowerCase();
  if (text !== '') {
    const haystack = [p.code, p.name, p.town, p.unit, p.leader].join('\n').toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

/** The groups a project falls in: one, except by battle, where it joins each of its battles. */
function groupValues(p: Project, groupBy: GroupBy): readonly string[] {
  switch (groupBy) {
    case 'town':
    case 'unit':
    case 'leader':
      return [p[groupBy].trim()];
    case 'tier':
      return [p.tier];
    case 'battle':
      return p.battles.length > 0 ? p.battles : [''];
    case 'none':
      return [''];
  }
}

/** Groups in the campaign's own order (its lists, the tiers, the five battles); blanks last. */
function groupOrder(groupBy: GroupBy, lists: CampaignLists): readonly string[] {
  switch (groupBy) {
    case 'town':
      return lists.towns;
    case 'unit':
      return lists.units;
    case 'leader':
      return lists.leaders;
    case 'tier':
      return [...TIERS].reverse(); // 重大 (major) projects head the wall.
    case 'battle':
      return BATTLES;
    case 'none':
      return [];
  }
}

function sortGroups(values: string[], groupBy: GroupBy, lists: CampaignLists): string[] {
  const order = groupOrder(groupBy, lists);
  const rank = (v: string): number => {
    if (v === '') return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return values.sort((a, b) => rank(a) - rank(b) || compareChinese(a, b));
}

export function buildBattlemap(
  projects: readonly Project[],
  ctx: CampaignContext,
  choices: BattlemapChoices,
): BattlemapModel {
  const members = new Map<string, ProjectRow[]>();
  const matchedRows: ProjectRow[] = [];
  const cache = rowsFor(ctx);
  for (const p of projects) {
    const row = cachedRow(cache, p, ctx);
    if (!matches(row, choices.filters)) continue;
    matchedRows.push(row);
    for (const value of groupValues(p, choices.groupBy)) {
      const list = members.get(value);
      if (list) list.push(row);
      else members.set(value, [row]);
    }
  }
  const lanes: Lane[] = [];
  const groups: GroupSummary[] = [];
  let projectLanes = 0;
  for (const value of sortGroups([...members.keys()], choices.groupBy, ctx.lists)) {
    const rows = members.get(value) ?? [];
    const key = `${choices.groupBy}:${value}`;
    const collapsed = choices.collapsed.has(key);
    const group: GroupSummary = {
      key,
      groupBy: choices.groupBy,
      value,
      count: rows.length,
      lights: countLights(rows.map((r) => r.status.light)),
      collapsed,
    };
    groups.push(group);
    if (choices.groupBy !== 'none') lanes.push({ kind: 'group', key: `g|${key}`, group });
    if (collapsed) continue;
    for (const row of rows) {
      const id = row.project.id;
      lanes.push({ kind: 'project', key: `p|${key}|${id}`, row });
      projectLanes += 1;
      const streams = row.project.workstreams;
      const lights = row.workstreamLights;
      if (!choices.showWorkstreams || streams === null || lights === null) continue;
      for (const workstream of WORKSTREAMS) {
        const data = streams[workstream];
        lanes.push({
          kind: 'workstream',
          key: `w|${key}|${id}|${workstream}`,
          row,
          workstream,
          data,
          light: lights[workstream],
        });
      }
    }
  }
  return {
    lanes,
    projectLanes,
    matched: matchedRows.length,
    total: projects.length,
    lights: countLights(matchedRows.map((r) => r.status.light)),
    groups,
  };
}
