// Duplicating a ledger row starts a similar project, not a second record of the same facts: the
// copy keeps the plan and the descriptive fields but none of what was reported as done (actual
// dates, investment entries, workstream progress), so the five batches do not count it twice.
import { MILESTONES, WORKSTREAMS, type MilestoneDates, type Project } from './types.ts';

export function duplicateProject(source: Project, id: string, code: string): Project {
  const milestones = Object.fromEntries(
    MILESTONES.map((m) => [m, { plan: source.milestones[m].plan, actual: null }]),
  ) as Record<(typeof MILESTONES)[number], MilestoneDates>;
  const workstreams = source.workstreams
    ? (Object.fromEntries(
        WORKSTREAMS.map((k) => {
          const w = source.workstreams?.[k];
          return [
            k,
            {
              planStart: w?.planStart ?? null,
              planEnd: w?.planEnd ?? null,
              actualStart: null,
              actualEnd: null,
              percent: null,
              owner: w?.owner ?? '',
              note: '',
            },
          ];
        }),
      ) as NonNullable<Project['workstreams']>)
    : null;
  return { ...source, id, code, investments: [], milestones, workstreams };
}
