// Fails early, with the fix, when the end-to-end tests have no browser. Playwright never downloads one.
import { chromiumPath } from './chromium-path.js';

if (!chromiumPath()) {
  console.error(
    'No Chromium found for the end-to-end tests.\n' +
      "Install Debian's: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary).",
  );
  process.exit(1);
}
