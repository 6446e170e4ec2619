// The benchmark pages (bench/*.html), built apart from the app into dist-bench/ and served by
// `npm run bench` under /bench/ on the app's origin, so they share its IndexedDB. Never part of the
// app build or its service worker's precache.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./bench/', import.meta.url));
const pages = Object.fromEntries(
  readdirSync(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.slice(0, -'.html'.length), `${root}${file}`]),
);

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist-bench/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The build's own timing report is noise in the benchmark's output.
    rolldownOptions: { input: pages, checks: { bundlerTimings: false } },
  },
});
