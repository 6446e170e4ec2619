// User Timing marks for the moments `npm run bench` times (scripts/bench): a view has drawn its
// content. A mark is only an entry in the page's performance timeline (nothing in the app reads
// it); the same moment tells background work that the first view is on screen (view-shown.ts).
import { afterPaint } from '../platform/after-paint.ts';
import { viewDrawn } from '../platform/view-shown.ts';

export const MARKS = {
  /** The dashboard's KPIs are on screen. */
  dashboardReady: 'battlemap:dashboard-ready',
  /** The ledger sheet (Handsontable) has rendered its first rows. */
  gridReady: 'battlemap:grid-ready',
  /** The battle map's chart has drawn its first option (ECharts' first `finished`). */
  battlemapReady: 'battlemap:battlemap-ready',
} as const;

/**
 * Marks `name` once the frame showing the current DOM has been painted: the animation frame runs
 * just before the paint, the task queued from it just after. One entry per name is kept.
 */
export function markAfterPaint(name: string): void {
  afterPaint(() => {
    performance.clearMarks(name);
    performance.mark(name);
    viewDrawn();
  });
}
