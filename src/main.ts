import { mount } from 'svelte';
import App from './ui/App.svelte';
import { makeDate } from './core/calendar-date.ts';
import { CampaignRepository } from './persistence/campaign-repository.ts';
import { CalendarRepository } from './persistence/calendar-repository.ts';
import { ChangeFeed } from './persistence/change-feed.ts';
import { handleDbLifecycle, openDb } from './persistence/db.ts';
import { takeFirstRead } from './persistence/first-read.ts';
import { SnapshotRepository } from './persistence/snapshot-repository.ts';
import { databaseLifecycle } from './platform/database-lifecycle.svelte.ts';
import { startPlatform } from './platform/start-platform.ts';
import { watchFirstView, whenViewShown } from './platform/view-shown.ts';
import { Workspace } from './state/workspace.svelte.ts';
import { routeFromHash } from './ui/routes.ts';
import { drawsLate } from './ui/views/view-code.ts';
import './ui/app.css';

/** The system clock, read as a calendar date in the user's own time zone. */
function today(): string {
  const now = new Date();
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const db = openDb();
// A newer app version in another tab may upgrade the database: save first, then let go.
handleDbLifecycle(
  db,
  databaseLifecycle.hooks(() => workspace.flush()),
);
const workspace: Workspace = new Workspace({
  repo: new CampaignRepository(db, takeFirstRead()),
  calendars: new CalendarRepository(db),
  snapshots: new SnapshotRepository(db),
  today,
  newId: () => crypto.randomUUID(),
  feed: new ChangeFeed(),
  // Snapshots and other background work never take an idle moment of the start-up itself.
  idle: whenViewShown,
});

/** Writes pending edits; true when none is left unsaved (a failed write stays pending). */
async function flushEdits(): Promise<boolean> {
  await workspace.flush();
  return workspace.saveStatus !== 'failed';
}

// Pending edits are written before the page goes away or is hidden (it may never come back).
addEventListener('pagehide', () => void workspace.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void workspace.flush();
});

// The sheet and the chart draw once their library has loaded: background work waits for them.
watchFirstView(workspace.firstOpened, drawsLate(routeFromHash(location.hash)));
mount(App, { target: document.getElementById('app') as HTMLElement, props: { workspace } });
// The service worker and the storage estimate wait until the view opened on is on screen.
startPlatform({
  flushEdits,
  now: () => new Date(),
  viewShown: whenViewShown(),
});
