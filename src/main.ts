import { mount } from 'svelte';
import App from './ui/App.svelte';
import { makeDate } from './core/calendar-date.ts';
import { CampaignRepository } from './persistence/campaign-repository.ts';
import { ChangeFeed } from './persistence/change-feed.ts';
import { openDb } from './persistence/db.ts';
import { Workspace } from './state/workspace.svelte.ts';
import './ui/app.css';

/** The system clock, read as a calendar date in the user's own time zone. */
function today(): string {
  const now = new Date();
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const workspace = new Workspace({
  repo: new CampaignRepository(openDb()),
  today,
  newId: () => crypto.randomUUID(),
  feed: new ChangeFeed(),
});

// Pending edits are written before the page goes away or is hidden (it may never come back).
addEventListener('pagehide', () => void workspace.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void workspace.flush();
});

mount(App, { target: document.getElementById('app') as HTMLElement, props: { workspace } });
