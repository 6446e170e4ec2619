import { describe, expect, it } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json';
import { leaderBrief, linkedLeaders } from './leader-brief.ts';
import { projectStatuses } from './problems.ts';
import { buildSampleCampaign } from './sample-campaign.ts';
import { calendarFromChineseDays } from './working-days.ts';

const cn = calendarFromChineseDays(data, 'chinese-days');
const doc = buildSampleCampaign();
const AS_OF = '2018-02-12';

describe('the linked leader’s brief', () => {
  it('lists the transport leader’s red projects with their overdue problems first', () => {
    const brief = leaderBrief(doc, '副市长(交通)', AS_OF, cn);
    const mine = doc.projects.filter((p) => p.leader === '副市长(交通)');
    expect(brief.projectCount).toBe(mine.length);
    expect(brief.lights.red + brief.lights.yellow + brief.lights.green).toBe(mine.length);
    const red = brief.flagged.filter((b) => b.status.light === 'red').map((b) => b.project.name);
    expect(red).toEqual(expect.arrayContaining(['市域8号路(一期)', '安海镇南环路改造提升工程']));
    // Red before yellow.
    const lights = brief.flagged.map((b) => b.status.light);
    expect(lights).toEqual([...lights].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
    expect(brief.open).toBe(2);
    expect(brief.overdue).toBe(2);
    expect(brief.problems.map((p) => p.clock.state)).toEqual(['overdue', 'overdue']);
    const road = brief.flagged.find((b) => b.project.name === '市域8号路(一期)');
    expect(road).toMatchObject({ open: 1, overdue: 1 });
    expect(road?.status.reasons).toContainEqual({ kind: 'problemOverdue', count: 1 });
  });

  it('shows problems as they were on an earlier as-of date', () => {
    // On 02-04 the road problems were not raised yet; on 02-06 the compensation one was open.
    const brief = leaderBrief(doc, '副市长(交通)', '2018-02-04', cn);
    expect(brief.open).toBe(0);
    const hsr = leaderBrief(doc, '常务副市长', '2018-02-06', cn);
    expect(hsr.problems.map((p) => p.clock.state)).toEqual(['open']);
  });

  it('offers only leaders who have projects, in the campaign list’s order', () => {
    const leaders = linkedLeaders(doc);
    expect(leaders[0]).toBe('市委书记');
    expect(leaders).toContain('副市长(交通)');
    for (const l of leaders) expect(doc.projects.some((p) => p.leader === l)).toBe(true);
  });

  it('counts overdue problems into every project’s light', () => {
    const lights = projectStatuses(doc, AS_OF, cn);
    const light = (name: string): string | undefined =>
      lights.get(doc.projects.find((p) => p.name === name)?.id ?? '')?.light;
    expect(light('市域8号路(一期)')).toBe('red');
    expect(light('安踏一体化产业园')).toBe('green');
  });
});
