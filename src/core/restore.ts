// Data read from storage or a file is restored before use: fields added since it was written get
// their defaults, so older campaigns open in the current app without a migration of every row.
import { blankCampaign, blankProject } from './project.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import type { Campaign, Problem, Project } from './types.ts';

export function restoreCampaign(stored: Campaign): Campaign {
  const base = blankCampaign(stored.id, stored.name, stored.year);
  return {
    ...base,
    ...stored,
    targets: { ...base.targets, ...stored.targets },
    lists: { ...base.lists, ...stored.lists },
    scopeTargets: { ...base.scopeTargets, ...stored.scopeTargets },
    statusRules: {
      ...DEFAULT_STATUS_RULES,
      ...(stored.statusRules as Partial<Campaign['statusRules']> | undefined),
    },
  };
}

/** The fields of a project today: one stored with all of them (the usual case) is used as it is. */
const PROJECT_KEYS = Object.keys(blankProject('', ''));
const MILESTONE_KEYS = Object.keys(blankProject('', '').milestones);

function isComplete(stored: Project): boolean {
  for (const key of PROJECT_KEYS) if (!(key in stored)) return false;
  const milestones = stored.milestones as object | null | undefined;
  if (typeof milestones !== 'object' || milestones === null) return false;
  for (const key of MILESTONE_KEYS) if (!(key in milestones)) return false;
  return true;
}

/** Opening 10,000 projects restores each: the complete ones are not copied. */
export function restoreProject(stored: Project): Project {
  if (isComplete(stored)) return stored;
  const base = blankProject(stored.id, stored.code);
  return { ...base, ...stored, milestones: { ...base.milestones, ...stored.milestones } };
}

export function restoreProblem(stored: Problem): Problem {
  const defaults: Pick<Problem, 'dueOverride' | 'history' | 'resolution' | 'resolvedOn'> = {
    dueOverride: null,
    history: [],
    resolution: '',
    resolvedOn: null,
  };
  return { ...defaults, ...stored };
}
