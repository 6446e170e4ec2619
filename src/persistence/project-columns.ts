// How a chunk's projects are stored since schema version 5: not as objects but as one list of the
// chunk's strings, and two typed arrays walking the projects field by field. Reading a
// stored object back costs the structured-clone deserialiser more per object than JavaScript pays
// to build it from arrays: at 10,000 projects (~17 objects each) the objects took ~0.5 s to
// deserialise on a loaded machine, these arrays ~0.08 s plus ~0.25 s to rebuild the projects.
// Strings repeat (dates, towns, units, stages): each is stored and rebuilt once per chunk (at 10,000
// projects ~96,000 strings instead of ~309,000), and the projects share them. A project's id, code
// and name are its own and are stored as they come: looking each up among the chunk's strings made
// packing 10,000 imported projects take 30 ms instead of 12.5 (Node, loaded machine).
import type {
  BattleKey,
  InvestmentEntry,
  MilestoneDates,
  MilestoneKey,
  Project,
  Stage,
  Tier,
  Workstream,
  WorkstreamKey,
} from '../core/types.ts';

export interface PackedProjects {
  count: number;
  /** Every distinct string of the projects, once. */
  strings: string[];
  /** The projects' string fields in the order of packProjects: an index into strings; -1: null. */
  refs: Int32Array;
  /**
   * The projects' numbers, and the lengths of their lists, in the order of packProjects. NaN
   * stands for null: a project's numbers are always finite (parsing refuses the rest).
   */
  numbers: Float64Array;
}

type Dates = Readonly<Record<MilestoneKey, MilestoneDates>>;
type Streams = Readonly<Record<WorkstreamKey, Workstream>>;

/**
 * The milestones and workstreams in the order their fields are packed. Spelled out rather than
 * taken from the core's MILESTONES and WORKSTREAMS: stored chunks must read back the same if the
 * core's lists are ever reordered (a new key means a new schema step here).
 */
const MILESTONE_ORDER = [
  'planned',
  'signed',
  'approved',
  'landCleared',
  'started',
  'completed',
  'operating',
  'upgraded',
] as const satisfies readonly MilestoneKey[];
const WORKSTREAM_ORDER = [
  'signing',
  'approval',
  'land',
  'infrastructure',
  'funding',
] as const satisfies readonly WorkstreamKey[];

/** Refs and numbers a project packs into: counted first, so the arrays are made once. */
function packedSize(p: Project): { refs: number; numbers: number } {
  const streams = p.workstreams ? WORKSTREAM_ORDER.length : 0;
  return {
    refs: 11 + 2 * MILESTONE_ORDER.length + p.battles.length + p.investments.length + 6 * streams,
    numbers: 5 + p.investments.length + streams,
  };
}

export function packProjects(projects: readonly Project[]): PackedProjects {
  let refCount = 0;
  let numberCount = 0;
  for (const p of projects) {
    const size = packedSize(p);
    refCount += size.refs;
    numberCount += size.numbers;
  }
  const refs = new Int32Array(refCount);
  const numbers = new Float64Array(numberCount);
  let r = 0;
  let k = 0;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (value: string | null): void => {
    if (value === null) {
      refs[r++] = -1;
      return;
    }
    let i = index.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      index.set(value, i);
    }
    refs[r++] = i;
  };
  // A project's id, code and name are its own: stored without looking for them among the others.
  const own = (value: string): void => {
    refs[r++] = strings.push(value) - 1;
  };
  const n = (value: number | null): void => {
    numbers[k++] = value ?? NaN;
  };
  const dates = (d: MilestoneDates): void => {
    s(d.plan);
    s(d.actual);
  };
  for (const p of projects) {
    own(p.id);
    own(p.code);
    own(p.name);
    s(p.tier);
    s(p.industry);
    s(p.town);
    s(p.unit);
    s(p.leader);
    s(p.stage);
    s(p.notes);
    s(p.nextStep);
    // In MILESTONE_ORDER, by name: one property read each instead of a lookup by key.
    const m = p.milestones;
    dates(m.planned);
    dates(m.signed);
    dates(m.approved);
    dates(m.landCleared);
    dates(m.started);
    dates(m.completed);
    dates(m.operating);
    dates(m.upgraded);
    n(p.totalInvestment);
    n(p.annualPlan);
    n(p.battles.length);
    for (const battle of p.battles) s(battle);
    n(p.investments.length);
    for (const entry of p.investments) {
      s(entry.date);
      n(entry.amount);
    }
    n(p.workstreams ? 1 : 0);
    if (p.workstreams) {
      for (const key of WORKSTREAM_ORDER) {
        const w = p.workstreams[key];
        s(w.planStart);
        s(w.planEnd);
        s(w.actualStart);
        s(w.actualEnd);
        s(w.owner);
        s(w.note);
        n(w.percent);
      }
    }
  }
  // A miscount would drop values silently (typed arrays ignore writes past their end).
  if (r !== refCount || k !== numberCount) throw new Error('packProjects: sizes miscounted');
  return { count: projects.length, strings, refs, numbers };
}

/** The projects packProjects packed, as new objects (complete: every field of a Project). */
export function unpackProjects({ count, strings, refs, numbers }: PackedProjects): Project[] {
  let r = 0;
  let k = 0;
  const date = (): string | null => {
    const i = refs[r++]!;
    return i < 0 ? null : strings[i]!;
  };
  const text = (): string => strings[refs[r++]!]!;
  const num = (): number | null => {
    const value = numbers[k++]!;
    return value !== value ? null : value;
  };
  const workstream = (): Workstream => ({
    planStart: date(),
    planEnd: date(),
    actualStart: date(),
    actualEnd: date(),
    owner: text(),
    note: text(),
    percent: num(),
  });
  const projects = new Array<Project>(count);
  for (let p = 0; p < count; p++) {
    const id = text();
    const code = text();
    const name = text();
    const tier = text() as Tier;
    const industry = text();
    const town = text();
    const unit = text();
    const leader = text();
    const stage = text() as Stage;
    const notes = text();
    const nextStep = text();
    // In MILESTONE_ORDER; a literal builds the object in one step.
    const milestones: Dates = {
      planned: { plan: date(), actual: date() },
      signed: { plan: date(), actual: date() },
      approved: { plan: date(), actual: date() },
      landCleared: { plan: date(), actual: date() },
      started: { plan: date(), actual: date() },
      completed: { plan: date(), actual: date() },
      operating: { plan: date(), actual: date() },
      upgraded: { plan: date(), actual: date() },
    };
    const totalInvestment = num();
    const annualPlan = num();
    const battles = new Array<BattleKey>(numbers[k++]!);
    for (let i = 0; i < battles.length; i++) battles[i] = text() as BattleKey;
    const investments = new Array<InvestmentEntry>(numbers[k++]!);
    for (let i = 0; i < investments.length; i++) {
      investments[i] = { date: text(), amount: numbers[k++]! };
    }
    const workstreams: Streams | null =
      numbers[k++] === 1
        ? {
            signing: workstream(),
            approval: workstream(),
            land: workstream(),
            infrastructure: workstream(),
            funding: workstream(),
          }
        : null;
    projects[p] = {
      id,
      code,
      name,
      tier,
      industry,
      town,
      unit,
      leader,
      battles,
      totalInvestment,
      annualPlan,
      investments,
      stage,
      milestones,
      workstreams,
      notes,
      nextStep,
    };
  }
  return projects;
}
