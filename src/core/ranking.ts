// 比学赶超: towns and units ranked by completion against their targets, with the change of rank
// since the end of the previous 旬.
import { addDays, type CalendarDate } from './calendar-date.ts';
import { dekadOf, dekadStart } from './dekad.ts';
import { campaignFigures, type Figure } from './rollups.ts';
import { countLights, projectStatus, type Light } from './status.ts';
import { annualTarget, scopedProjects, type Scope } from './targets.ts';
import { BATCHES, type CampaignDoc, type FigureKey, type ScopeKind } from './types.ts';
import { compareChinese } from './chinese-order.ts';

export interface RankRow {
  name: string;
  projectCount: number;
  figures: Record<FigureKey, Figure>;
  /** The mean completion (percent) over the figures that have a target; null without any. */
  score: number | null;
  /** 1 = first; null when unranked (no target). */
  rank: number | null;
  /** Places gained since the end of the previous 旬 (negative: lost); null when not comparable. */
  rankChange: number | null;
  lights: Record<Light, number>;
}

function scopeNames(doc: CampaignDoc, kind: ScopeKind): string[] {
  const names = new Set<string>(
    kind === 'town' ? doc.campaign.lists.towns : doc.campaign.lists.units,
  );
  for (const p of doc.projects) {
    const name = kind === 'town' ? p.town : p.unit;
    if (name) names.add(name);
  }
  return [...names];
}

function scopedFigures(
  doc: CampaignDoc,
  scope: Scope,
  asOf: CalendarDate,
): Record<FigureKey, Figure> {
  const targets = Object.fromEntries(BATCHES.map((b) => [b, annualTarget(doc, scope, b)]));
  const scoped: CampaignDoc = {
    ...doc,
    campaign: { ...doc.campaign, targets: targets as CampaignDoc['campaign']['targets'] },
    projects: scopedProjects(doc, scope),
  };
  return campaignFigures(scoped, asOf).figures;
}

function scoreOf(figures: Record<FigureKey, Figure>): number | null {
  const percents = Object.values(figures)
    .map((f) => f.percent)
    .filter((p): p is number => p !== null);
  if (percents.length === 0) return null;
  return Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10;
}

/** Standard competition ranking (1, 2, 2, 4) by score, highest first; ties keep name order. */
function ranks(scores: Map<string, number | null>): Map<string, number | null> {
  const ranked = [...scores]
    .filter((e): e is [string, number] => e[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  const result = new Map<string, number | null>([...scores.keys()].map((n) => [n, null]));
  ranked.forEach(([name, score], i) => {
    const prev = ranked[i - 1];
    result.set(name, prev && prev[1] === score ? (result.get(prev[0]) ?? i + 1) : i + 1);
  });
  return result;
}

/** The last day of the 旬 before the one holding `asOf`. */
export function previousDekadEnd(asOf: CalendarDate): CalendarDate {
  return addDays(dekadStart(dekadOf(asOf)), -1);
}

export function rankScopes(doc: CampaignDoc, kind: ScopeKind, asOf: CalendarDate): RankRow[] {
  const names = scopeNames(doc, kind);
  const before = previousDekadEnd(asOf);
  const rules = doc.campaign.statusRules;
  const now = new Map(names.map((n) => [n, scopedFigures(doc, { kind, name: n }, asOf)]));
  const rankNow = ranks(new Map([...now].map(([n, f]) => [n, scoreOf(f)])));
  const rankBefore = ranks(
    new Map(names.map((n) => [n, scoreOf(scopedFigures(doc, { kind, name: n }, before))])),
  );
  const rows = names.map((name): RankRow => {
    const projects = scopedProjects(doc, { kind, name });
    const figures = now.get(name)!;
    const rank = rankNow.get(name) ?? null;
    const previous = rankBefore.get(name) ?? null;
    return {
      name,
      projectCount: projects.length,
      figures,
      score: scoreOf(figures),
      rank,
      rankChange: rank !== null && previous !== null ? previous - rank : null,
      lights: countLights(
        projects.map((p) => projectStatus(p, { asOf, year: doc.campaign.year, rules }).light),
      ),
    };
  });
  return rows.sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareChinese(a.name, b.name),
  );
}
