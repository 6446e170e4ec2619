// Writes a generated campaign into the app's own IndexedDB through the app's repository, so the
// app, opened next on this origin, finds it stored exactly as if a user had built it.
import { Dexie } from 'dexie';
import { buildSampleCampaign } from '../src/core/sample-campaign.ts';
import { CalendarRepository } from '../src/persistence/calendar-repository.ts';
import { CampaignRepository } from '../src/persistence/campaign-repository.ts';
import { DB_NAME, openDb } from '../src/persistence/db.ts';
import { exposeBenchApi } from './lib/page-api.ts';
import { scaleCampaign, withWorkstreams } from './lib/scale-campaign.ts';

export interface SeedResult {
  projects: number;
  problems: number;
  ms: number;
}

export interface SeedOptions {
  /** Every project with its five workstreams (the battle map's figures). */
  workstreams?: boolean;
}

/** Replaces whatever is stored with one campaign of `count` projects, opened on the app's start. */
async function seed(count: number, options: SeedOptions = {}): Promise<SeedResult> {
  const start = performance.now();
  await Dexie.delete(DB_NAME);
  const db = openDb();
  try {
    const scaled = scaleCampaign(buildSampleCampaign(), count);
    const doc = options.workstreams ? withWorkstreams(scaled) : scaled;
    const repo = new CampaignRepository(db);
    await repo.create(doc);
    await repo.setLastOpened(doc.campaign.id);
    // A returning user has the working-day calendar stored already; storing it is a first-run cost.
    await new CalendarRepository(db).load();
    return {
      projects: doc.projects.length,
      problems: doc.problems.length,
      ms: performance.now() - start,
    };
  } finally {
    db.close();
  }
}

exposeBenchApi({ seed });
