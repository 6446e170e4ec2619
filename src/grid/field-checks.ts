// The values to check (unknown town, dates out of order) of each project, found once per project
// object and campaign lists, so drawing cells and counting flagged rows stays cheap.
import { checkProject, type FieldWarning } from '../core/project-checks.ts';
import type { CampaignLists, Project } from '../core/types.ts';

export class FieldChecks {
  #cache = new WeakMap<Project, { lists: CampaignLists; warnings: FieldWarning[] }>();

  warnings(p: Project, lists: CampaignLists): FieldWarning[] {
    const hit = this.#cache.get(p);
    if (hit && hit.lists === lists) return hit.warnings;
    const warnings = checkProject(p, lists);
    this.#cache.set(p, { lists, warnings });
    return warnings;
  }

  warningFor(p: Project, lists: CampaignLists, field: string): FieldWarning | undefined {
    const warnings = this.warnings(p, lists);
    return warnings.length === 0 ? undefined : warnings.find((w) => w.field === field);
  }
}
