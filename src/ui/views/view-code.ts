// The views whose library loads on first use: Handsontable for the ledger, ECharts for the battle
// map. Opening the app on one of them asks for its code from the first read's script (the first
// script to run), so it downloads and compiles while the app's own code loads, not after.
import type { Route } from '../routes.ts';

export const loadLedger = () => import('../ledger/Ledger.svelte');
export const loadBattlemapView = () => import('./BattlemapView.svelte');

const VIEW_CODE: Partial<Record<Route, () => Promise<unknown>>> = {
  projects: loadLedger,
  battlemap: loadBattlemapView,
};

/** Starts loading the code of `route`'s view; the view, when it mounts, gets the same module. */
export function preloadView(route: Route): void {
  VIEW_CODE[route]?.().catch(() => {
    // The view reports the failure when it asks for its code itself.
  });
}

/** The view draws its content only once its library has loaded. */
export function drawsLate(route: Route): boolean {
  return route in VIEW_CODE;
}
