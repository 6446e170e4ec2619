// Values that are stored but look wrong: a town that is not in the campaign's list, an actual
// start before the signing. The ledger marks them and says why; unlike a refused value, the
// planner may know better (a new town, a project started ahead of its contract), so they stay.
import type { CalendarDate } from './calendar-date.ts';
import type { CampaignLists, MilestoneKey, Project, Workstream } from './types.ts';
import type { WorkstreamField } from './workstream-fields.ts';

export type ListField = 'town' | 'unit' | 'leader' | 'industry';

export const LIST_OF_FIELD: Readonly<Record<ListField, keyof CampaignLists>> = {
  town: 'towns',
  unit: 'units',
  leader: 'leaders',
  industry: 'industries',
};

export type FieldWarning =
  | { kind: 'notInList'; field: ListField; list: keyof CampaignLists; value: string }
  /** `field` holds `date`, which is before `otherDate` held by the earlier step `other`. */
  | {
      kind: 'dateBefore';
      field: string;
      date: CalendarDate;
      other: string;
      otherDate: CalendarDate;
    };

/** Milestones that cannot happen before the one ahead of them in this list. */
const MILESTONE_ORDER: readonly MilestoneKey[] = [
  'planned',
  'signed',
  'started',
  'completed',
  'operating',
];

const listSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = listSets.get(list);
  if (!set) {
    set = new Set(list);
    listSets.set(list, set);
  }
  return set;
}

function milestoneOrderWarnings(p: Project, side: 'plan' | 'actual', out: FieldWarning[]): void {
  let latest: { key: MilestoneKey; date: CalendarDate } | null = null;
  for (const m of MILESTONE_ORDER) {
    const date = p.milestones[m][side];
    if (date === null) continue;
    if (latest && date < latest.date) {
      out.push({
        kind: 'dateBefore',
        field: `${m}.${side}`,
        date,
        other: `${latest.key}.${side}`,
        otherDate: latest.date,
      });
    } else {
      latest = { key: m, date };
    }
  }
}

export function checkProject(p: Project, lists: CampaignLists): FieldWarning[] {
  const out: FieldWarning[] = [];
  for (const field of Object.keys(LIST_OF_FIELD) as ListField[]) {
    const value = p[field];
    const list = LIST_OF_FIELD[field];
    if (value !== '' && !setOf(lists[list]).has(value)) {
      out.push({ kind: 'notInList', field, list, value });
    }
  }
  milestoneOrderWarnings(p, 'actual', out);
  milestoneOrderWarnings(p, 'plan', out);
  return out;
}

export interface WorkstreamWarning {
  field: WorkstreamField;
  date: CalendarDate;
  other: WorkstreamField;
  otherDate: CalendarDate;
}

export function checkWorkstream(w: Workstream): WorkstreamWarning[] {
  const out: WorkstreamWarning[] = [];
  if (w.planStart !== null && w.planEnd !== null && w.planEnd < w.planStart) {
    out.push({ field: 'planEnd', date: w.planEnd, other: 'planStart', otherDate: w.planStart });
  }
  if (w.actualStart !== null && w.actualEnd !== null && w.actualEnd < w.actualStart) {
    out.push({
      field: 'actualEnd',
      date: w.actualEnd,
      other: 'actualStart',
      otherDate: w.actualStart,
    });
  }
  return out;
}
