// Campaigns of any size for the benchmarks, grown from the sample ledger: row i repeats sample row
// i mod 733 under a new id and code, and each repeat after the first has its amounts scaled by a
// seeded factor, so 10,000 or 50,000 rows look like a real ledger and every run builds the same one.
import type { CampaignDoc, Problem, Project } from '../../src/core/types.ts';

export const BENCH_SEED = 20180212;

/** mulberry32, as in the sample: the data must not depend on Math.random. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number): string => String(n).padStart(6, '0');
const scaled = (x: number | null, factor: number): number | null =>
  x === null ? null : Math.round(x * factor);

function repeatProject(template: Project, n: number, round: number, factor: number): Project {
  const copy: Project = { ...template, id: `bench-${pad(n)}`, code: `BM-${pad(n)}` };
  if (round === 0) return copy;
  return {
    ...copy,
    name: `${template.name}·${round + 1}`,
    totalInvestment: scaled(template.totalInvestment, factor),
    annualPlan: scaled(template.annualPlan, factor),
    investments: template.investments.map((e) => ({
      date: e.date,
      amount: Math.round(e.amount * factor),
    })),
  };
}

/**
 * `count` projects repeated from `base` (the first round is the base ledger itself under new ids),
 * and the base's problems repeated with the projects they belong to.
 */
export function scaleCampaign(base: CampaignDoc, count: number, seed = BENCH_SEED): CampaignDoc {
  if (!Number.isInteger(count) || count < 0) throw new Error(`scaleCampaign: bad count ${count}`);
  const size = base.projects.length;
  if (size === 0 && count > 0) throw new Error('scaleCampaign: the base ledger is empty');
  const next = rng(seed);
  const projects: Project[] = [];
  /** Per round, the base project id → its repeat's id, so problems follow their projects. */
  const idsByRound: Map<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / size);
    const template = base.projects[i % size]!;
    // Two decimals between 0.50 and 1.49: amounts stay whole 万元 and plausible.
    const factor = round === 0 ? 1 : 0.5 + Math.floor(next() * 100) / 100;
    const project = repeatProject(template, i + 1, round, factor);
    projects.push(project);
    (idsByRound[round] ??= new Map()).set(template.id, project.id);
  }
  const problems: Problem[] = idsByRound.flatMap((ids, round) =>
    base.problems.flatMap((problem) => {
      const projectId = ids.get(problem.projectId);
      return projectId ? [{ ...problem, id: `${problem.id}-r${round + 1}`, projectId }] : [];
    }),
  );
  const campaign = {
    ...base.campaign,
    id: `bench-${count}`,
    name: `基准测试 ${count} 个项目`,
    isSample: false,
  };
  return { campaign, projects, problems };
}

/**
 * The same campaign with the five workstreams on every project: a project that has none (the
 * sample gives them to major projects only) takes those of a project that has them, in turn, so
 * the battle map draws a project bar and five workstream bars for each project.
 */
export function withWorkstreams(doc: CampaignDoc): CampaignDoc {
  const donors = doc.projects.flatMap((p) => (p.workstreams ? [p.workstreams] : []));
  if (donors.length === 0) throw new Error('withWorkstreams: no project has workstreams');
  let next = 0;
  const projects = doc.projects.map((p) =>
    p.workstreams ? p : { ...p, workstreams: donors[next++ % donors.length]! },
  );
  return { ...doc, projects };
}
