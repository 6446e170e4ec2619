// The first read (src/first-read.ts) is an entry of its own, loaded by its own script tag at the
// top of index.html, so it starts before the app's bundle has loaded and runs first. Vite folds every module
// script of index.html into one entry; this plugin builds the first read apart and adds its tag.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ENTRY = 'src/first-read.ts';
const NAME = 'first-read';

export function firstReadScript(): Plugin {
  return {
    name: 'battlemap-first-read-script',
    config: (config, { command }) => {
      if (command !== 'build') return;
      const root = config.root ?? process.cwd();
      const input = { index: resolve(root, 'index.html'), [NAME]: resolve(root, ENTRY) };
      return { build: { rolldownOptions: { input } } };
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const chunk = Object.values(bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === NAME,
        );
        const src = chunk ? `./${chunk.fileName}` : `/${ENTRY}`;
        // Its imports are asked for with it, not once it has been read: the chunks it shares with
        // the app are not all among the app's own preloads.
        const imports = chunk?.type === 'chunk' ? chunk.imports : [];
        const preloads = imports
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
        // A module script of its own placed before the app's: scripts in document order run in
        // that order, so the read always starts before the app's bundle is evaluated. (An async
        // script ran after that evaluation about one load in three, starting the read ~170 ms
        // late.)
        const tag = [...preloads, `<script type="module" crossorigin src="${src}"></script>`].join(
          '\n    ',
        );
        const app = html.search(/<script type="module"/);
        return app < 0
          ? html.replace('</head>', `  ${tag}\n  </head>`)
          : `${html.slice(0, app)}${tag}\n    ${html.slice(app)}`;
      },
    },
  };
}
