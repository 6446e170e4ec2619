// A one-page brief for a linked leader (挂钩领导): their projects, the red and yellow ones and why,
// and their projects' open and overdue problems at the as-of date.
import type { CalendarDate } from './calendar-date.ts';
import { isOpenAt, problemClock, projectStatuses, type ProblemClock } from './problems.ts';
import { countLights, type Light, type Status } from './status.ts';
import type { CampaignDoc, Problem, Project } from './types.ts';
import type { WorkCalendar } from './working-days.ts';
import { compareChinese } from './chinese-order.ts';

export interface BriefProject {
  project: Project;
  status: Status;
  open: number;
  overdue: number;
}

export interface BriefProblem {
  problem: Problem;
  project: Project;
  clock: ProblemClock;
}

export interface LeaderBrief {
  leader: string;
  asOf: CalendarDate;
  projectCount: number;
  lights: Record<Light, number>;
  /** Red projects first, then yellow, each in ledger order. */
  flagged: BriefProject[];
  /** Open at the as-of date: the most overdue first, then by due date. */
  problems: BriefProblem[];
  open: number;
  overdue: number;
}

/** Leaders with at least one project, in the campaign list's order, then any others by name. */
export function linkedLeaders(doc: CampaignDoc): string[] {
  const used = new Set(doc.projects.map((p) => p.leader).filter((l) => l !== ''));
  const listed = doc.campaign.lists.leaders.filter((l) => used.has(l));
  const others = [...used].filter((l) => !listed.includes(l)).sort(compareChinese);
  return [...listed, ...others];
}

const LIGHT_ORDER: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

export function leaderBrief(
  doc: CampaignDoc,
  leader: string,
  asOf: CalendarDate,
  calendar: WorkCalendar,
): LeaderBrief {
  const projects = doc.projects.filter((p) => p.leader === leader);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const statuses = projectStatuses({ ...doc, projects }, asOf, calendar);
  const problems: BriefProblem[] = [];
  const openCount = new Map<string, { open: number; overdue: number }>();
  for (const problem of doc.problems) {
    const project = byId.get(problem.projectId);
    if (!project || !isOpenAt(problem, asOf)) continue;
    const clock = problemClock(problem, asOf, calendar);
    problems.push({ problem, project, clock });
    const count = openCount.get(project.id) ?? { open: 0, overdue: 0 };
    openCount.set(project.id, {
      open: count.open + 1,
      overdue: count.overdue + (clock.state === 'overdue' ? 1 : 0),
    });
  }
  problems.sort((a, b) => (a.clock.due < b.clock.due ? -1 : a.clock.due > b.clock.due ? 1 : 0));
  const all: BriefProject[] = projects.map((project) => ({
    project,
    status: statuses.get(project.id) ?? { light: 'green', reasons: [] },
    ...(openCount.get(project.id) ?? { open: 0, overdue: 0 }),
  }));
  const flagged = all
    .filter((b) => b.status.light !== 'green')
    .sort((a, b) => LIGHT_ORDER[a.status.light] - LIGHT_ORDER[b.status.light]);
  return {
    leader,
    asOf,
    projectCount: projects.length,
    lights: countLights(all.map((b) => b.status.light)),
    flagged,
    problems,
    open: problems.length,
    overdue: problems.filter((p) => p.clock.state === 'overdue').length,
  };
}
