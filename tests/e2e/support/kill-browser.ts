// Kills a browser the hard way, as a crash or a power cut would: no pagehide, no flush.
import { readdirSync, readFileSync } from 'node:fs';

/** The main Chromium process of a profile: the one whose arguments name it and no `--type`. */
function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const ownsProfile = args.some((a) => a === `--user-data-dir=${userDataDir}`);
    if (ownsProfile && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process runs the profile ${userDataDir}`);
}

export function killBrowser(userDataDir: string): void {
  process.kill(browserPid(userDataDir), 'SIGKILL');
}
