// "The opened view is on screen and the page has a moment": work the first view does not need
// waits for this, so it never lands in the start-up's critical path.
import { afterPaint } from './after-paint.ts';
import { whenIdle } from './idle.ts';

export function whenViewShown(firstOpened: Promise<void>): Promise<void> {
  return firstOpened.then(() => new Promise<void>((resolve) => afterPaint(resolve))).then(whenIdle);
}
