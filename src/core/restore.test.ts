import { describe, expect, it } from 'vitest';
import { blankCampaign, blankProject } from './project.ts';
import { restoreCampaign, restoreProject } from './restore.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import type { Campaign, Project } from './types.ts';

describe('restore', () => {
  it('gives a campaign written before status rules existed the default rules', () => {
    const { statusRules: _dropped, ...old } = blankCampaign('c', '旧活动', 2018);
    const restored = restoreCampaign(old as unknown as Campaign);
    expect(restored.statusRules).toEqual(DEFAULT_STATUS_RULES);
    expect(restored.name).toBe('旧活动');
  });

  it('keeps every stored value', () => {
    const stored: Campaign = {
      ...blankCampaign('c', 'x', 2019),
      asOf: '2019-03-01',
      targets: { planned: 1, signed: 2, started: 3, completed: 4, upgraded: 5 },
      statusRules: { behindMarginPoints: 3, dueSoonDays: 7 },
    };
    expect(restoreCampaign(stored)).toEqual(stored);
  });

  it('uses a project stored with every field as it is', () => {
    const p = { ...blankProject('p', 'C1'), name: '晋华集成电路' };
    expect(restoreProject(p)).toBe(p);
    const { nextStep: _n, ...older } = p;
    const restored = restoreProject(older as unknown as Project);
    expect(restored).toEqual({ ...p, nextStep: '' });
  });

  it('fills milestones a project was stored without', () => {
    const p = blankProject('p', 'C1');
    const { upgraded: _u, ...fewer } = p.milestones;
    const restored = restoreProject({ ...p, milestones: fewer } as unknown as Project);
    expect(restored.milestones.upgraded).toEqual({ plan: null, actual: null });
  });
});
