import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blankCampaign, blankProject } from '../core/project.ts';
import { CampaignRepository } from './campaign-repository.ts';
import { SCHEMA_STEPS, SCHEMA_VERSION, openDb } from './db.ts';

describe('schema migrations', () => {
  it('opens a database written by version 1 with every row intact', async () => {
    const name = 'migrate-v1';
    const v1 = openDb(name, 1);
    const campaign = blankCampaign('c1', '旧活动', 2018);
    const projects = [
      blankProject('p1', 'A'),
      { ...blankProject('p2', 'B'), name: '晋华集成电路' },
    ];
    await v1.campaigns.add({ id: 'c1', campaign, projectOrder: ['p2', 'p1'] });
    await v1.projects.bulkAdd(projects.map((p) => ({ id: p.id, campaignId: 'c1', project: p })));
    await v1.meta.put({ key: 'lastOpenedCampaign', value: 'c1' });
    v1.close();

    const current = openDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    const doc = await new CampaignRepository(current).load('c1');
    expect(doc?.projects.map((p) => p.name)).toEqual(['晋华集成电路', '']);
    expect(doc?.problems).toEqual([]);
    expect(await current.meta.get('lastOpenedCampaign')).toEqual({
      key: 'lastOpenedCampaign',
      value: 'c1',
    });
    current.close();
  });

  it('numbers its steps in order', () => {
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual(SCHEMA_STEPS.map((_, i) => i + 1));
  });
});
