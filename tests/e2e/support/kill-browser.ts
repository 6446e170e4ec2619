// Kills a browser the hard way, as a crash or a power cut would: no pagehide, no flush, and no
// helper process (renderer, storage service) left running to finish a write after the fact.
import { readdirSync, readFileSync } from 'node:fs';

/** The processes of one profile: the browser and its helpers all name it on their command line. */
function profileProcesses(userDataDir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (commandLine.includes(`--user-data-dir=${userDataDir}`)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

export function killBrowser(userDataDir: string): void {
  const pids = profileProcesses(userDataDir);
  if (pids.length === 0) throw new Error(`no browser process runs the profile ${userDataDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}
