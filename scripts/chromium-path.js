// Where the end-to-end tests find Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/** Flags for Chromium here: root needs --no-sandbox, and this machine has no network to reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Each new tab had headless Chromium 156 preload its (never shown) omnibox popup, ~70 modules
  // compiled on the second of this machine's two cores while the page under test loads.
  '--disable-features=PreloadTopChromeWebUI',
];
