import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type ViewShown = typeof import('./view-shown.ts');

/** A fresh module each test (its state is the page's), with frames, idle and hashchange faked. */
async function load(): Promise<{ mod: ViewShown; leave: () => void }> {
  vi.resetModules();
  const page = new EventTarget();
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
  vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 0));
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  return {
    mod: await import('./view-shown.ts'),
    leave: () => page.dispatchEvent(new Event('hashchange')),
  };
}

/** Whether `p` has settled once every queued timer has run. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.runAllTimersAsync();
  return done;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenViewShown', () => {
  it('waits for the campaign to open and paint when the view draws at once', async () => {
    const { mod } = await load();
    let open = (): void => {};
    mod.watchFirstView(new Promise((resolve) => (open = resolve)), false);
    const shown = mod.whenViewShown();
    expect(await settled(shown)).toBe(false);
    open();
    expect(await settled(shown)).toBe(true);
  });

  it('waits for a late view to report it has drawn, not for the campaign alone', async () => {
    const { mod } = await load();
    mod.watchFirstView(Promise.resolve(), true);
    const shown = mod.whenViewShown();
    expect(await settled(shown)).toBe(false);
    mod.viewDrawn();
    expect(await settled(shown)).toBe(true);
  });

  it('stops waiting for a late view the user left before it drew', async () => {
    const { mod, leave } = await load();
    mod.watchFirstView(Promise.resolve(), true);
    const shown = mod.whenViewShown();
    expect(await settled(shown)).toBe(false);
    leave();
    expect(await settled(shown)).toBe(true);
  });
});
