// "When the page has a moment": background work waits for the browser to be idle, so what the
// user opened is on screen first. A busy page still gets to it after MAX_WAIT_MS.

/** Long enough for a first paint on a slow machine; short enough that the work is not forgotten. */
const MAX_WAIT_MS = 1000;

export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: MAX_WAIT_MS });
    } else {
      // Safari has no requestIdleCallback: after the next frame is as close as it gets.
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
  });
}
