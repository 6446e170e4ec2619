// What the browser downloads for the first screen, and what it loads later, read from the build:
// index.html names the entry script, its preloaded chunks and the style sheets; the entry's static
// imports (followed transitively) are initial too. Every other script or style sheet under assets/
// is a lazy chunk. The service worker's own files live outside assets/ and are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Paths (relative to the page) of the scripts and style sheets index.html loads at once. */
export function initialAssets(html) {
  const found = [];
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];
    if (tag.startsWith('<script') && attr('src')) found.push(attr('src'));
    else if (/^(stylesheet|modulepreload)$/.test(attr('rel') ?? '') && attr('href'))
      found.push(attr('href'));
  }
  return found.map((p) => posix.normalize(p.replace(/^\//, './')));
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`); not `import()`. */
export function staticImports(code) {
  const specs = [];
  for (const m of code.matchAll(/\b(?:from|import)\s*["']([^"']+\.js)["']/g)) specs.push(m[1]);
  return specs;
}

/** Files under `dir`, relative to it, with forward slashes. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

const gzipSize = (file) => gzipSync(readFileSync(file)).length;

/** Hashes change with every build; the chunk's name stays. */
export const chunkName = (path) => posix.basename(path).replace(/-[\w-]{8}(\.(?:js|css))$/, '$1');

/** gzip sizes in bytes: the initial JS and CSS, and each lazy chunk. */
export function bundleSizes(dist) {
  const initial = new Set();
  const queue = initialAssets(readFileSync(join(dist, 'index.html'), 'utf8'));
  while (queue.length > 0) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    initial.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  const sizeOf = (ext) =>
    [...initial]
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipSize(join(dist, f)), 0);
  const lazy = walk(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => /\.(js|css)$/.test(f) && !initial.has(f))
    .map((f) => ({ file: f, name: chunkName(f), gzip: gzipSize(join(dist, f)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { initialFiles: [...initial], initialJs: sizeOf('.js'), initialCss: sizeOf('.css'), lazy };
}
