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
  // Each new page (a window of its own in headless Chromium 156) loaded its never-shown omnibox
  // popup, a WebUI page of ~70 modules in a renderer of its own: ~0.5 s of CPU on this machine's
  // two cores while the page under test loaded. Preloading off was not enough; the WebUI popup
  // (with its full and AI-mode variants) off, the hidden Views popup stands in and no renderer starts.
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
