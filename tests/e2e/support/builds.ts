// Production builds for the tests that need more than the one Playwright's web server serves.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The build the web server of playwright.config.ts made; it is built again only if missing. */
export async function currentBuild(): Promise<string> {
  if (existsSync(join('dist', 'sw.js'))) return join(process.cwd(), 'dist');
  return build('current', {});
}

/** Builds the app into its own folder under the system's temp directory. */
export async function build(name: string, env: Record<string, string>): Promise<string> {
  const outDir = join(tmpdir(), `battlemap-e2e-${process.env.E2E_PORT ?? 4173}-${name}`);
  await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, ...env },
  });
  return outDir;
}
