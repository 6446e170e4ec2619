// A tiny static server for the built app that a test can start, point at another build, and stop:
// offline must be tested by really stopping the server, since Playwright's offline mode does not
// stop the service worker's own fetches.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

export class StaticServer {
  #server: Server | null = null;
  #port = 0;

  /** `root` may change while the server runs: the same origin then serves another build. */
  constructor(public root: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.#port}/`;
  }

  /** Listens on a port the system picks, so parallel runs and other checkouts never collide. */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', this.url).pathname);
      const file = normalize(join(this.root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(normalize(this.root + sep))) {
        res.writeHead(403).end();
        return;
      }
      readFile(file).then(
        (body) => {
          res.writeHead(200, {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-cache',
          });
          res.end(body);
        },
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  /** Closes the port and every open connection: from now on the browser gets "connection refused". */
  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
