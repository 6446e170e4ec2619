// "The view the page opened on is on screen and the page has a moment": work that view does not
// need waits for this, so it never lands in the start-up's critical path. One page, one first view:
// the state is the module's.
import { afterPaint } from './after-paint.ts';
import { whenIdle } from './idle.ts';

let shown: () => void = () => {};
const firstViewShown = new Promise<void>((resolve) => (shown = resolve));

let drawn: () => void = () => {};
const firstDrawn = new Promise<void>((resolve) => (drawn = resolve));

const painted = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));
const leftView = (): Promise<void> =>
  new Promise((resolve) => addEventListener('hashchange', () => resolve(), { once: true }));

/**
 * Says what the first view's "on screen" is, once, at the start. A view that `drawsLate` (the
 * sheet or the chart, whose library loads after the campaign opens) is on screen when it reports
 * `viewDrawn`, or when the user leaves it first; any other view once the campaign is open and
 * painted.
 */
export function watchFirstView(firstOpened: Promise<void>, drawsLate: boolean): void {
  const opened = firstOpened.then(painted);
  void (drawsLate ? Promise.race([firstDrawn, leftView().then(() => opened)]) : opened).then(shown);
}

/** A view has drawn its content, and the frame showing it is painted. */
export function viewDrawn(): void {
  drawn();
}

export function whenViewShown(): Promise<void> {
  return firstViewShown.then(whenIdle);
}
