// A bench page hands its functions to the Playwright driver (scripts/bench) as `window.bench`.
// Only the bench pages do this; the app itself exposes nothing.

export function exposeBenchApi(api: Record<string, (...args: never[]) => unknown>): void {
  Object.assign(window, { bench: api });
}

/** A number from the page's query string, e.g. `?count=10000`. */
export function queryNumber(name: string, fallback: number): number {
  const raw = new URLSearchParams(location.search).get(name);
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) ? value : fallback;
}
