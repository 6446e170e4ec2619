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

export function restoreProject(stored: Project): Project {
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
