import { afterEach, describe, expect, it } from 'vitest';
import { TabLifecycle } from './tab-lifecycle.ts';

/** Node's BroadcastChannel delivers between objects in one process, as tabs of one origin. */
let open: TabLifecycle[] = [];
let n = 0;

interface FakeTab {
  lifecycle: TabLifecycle;
  flushes: number;
  saved: boolean;
}

function tab(name: string, options: { saved?: boolean; flushMs?: number } = {}): FakeTab {
  const channelName = `lifecycle-test-${n}`;
  const t: FakeTab = { flushes: 0, saved: options.saved ?? true } as FakeTab;
  t.lifecycle = new TabLifecycle({
    tabId: name,
    channel: new BroadcastChannel(channelName),
    answerTimeoutMs: 300,
    flush: async () => {
      if (options.flushMs) await new Promise((r) => setTimeout(r, options.flushMs));
      t.flushes++;
      return t.saved;
    },
  });
  open.push(t.lifecycle);
  return t;
}

/** Lets the introductions (hello/here) go round. */
async function settle(tabs: FakeTab[], others: number): Promise<void> {
  await expect
    .poll(() => tabs.every((t) => t.lifecycle.otherTabs === others), { timeout: 2000 })
    .toBe(true);
}

afterEach(() => {
  for (const t of open) t.close();
  open = [];
  n++;
});

describe('TabLifecycle', () => {
  it('flushes every open tab before it reports all saved', async () => {
    const a = tab('a');
    const b = tab('b', { flushMs: 30 });
    const c = tab('c');
    await settle([a, b, c], 2);
    const result = await a.lifecycle.flushAll();
    expect(result).toEqual({ saved: true, failedTabs: 0, silentTabs: 0 });
    expect([a.flushes, b.flushes, c.flushes]).toEqual([1, 1, 1]);
  });

  it('reports a tab whose edits could not be written', async () => {
    const a = tab('a');
    const b = tab('b', { saved: false });
    await settle([a, b], 1);
    expect(await a.lifecycle.flushAll()).toEqual({ saved: false, failedTabs: 1, silentTabs: 0 });
  });

  it('reports its own failed write too', async () => {
    const a = tab('a', { saved: false });
    expect(await a.lifecycle.flushAll()).toEqual({ saved: false, failedTabs: 1, silentTabs: 0 });
  });

  it('does not wait for a tab that said goodbye', async () => {
    const a = tab('a');
    const b = tab('b');
    await settle([a, b], 1);
    b.lifecycle.close();
    open = open.filter((l) => l !== b.lifecycle);
    await settle([a], 0);
    expect(await a.lifecycle.flushAll()).toEqual({ saved: true, failedTabs: 0, silentTabs: 0 });
    expect(b.flushes).toBe(0);
  });

  it('stops waiting for a tab that never answers, and says so', async () => {
    const a = tab('a');
    const b = tab('b', { flushMs: 1000 });
    await settle([a, b], 1);
    const result = await a.lifecycle.flushAll();
    expect(result).toEqual({ saved: true, failedTabs: 0, silentTabs: 1 });
  });
});
