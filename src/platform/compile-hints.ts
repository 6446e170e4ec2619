// V8's explicit compile hint: a file that starts with this comment has all its functions compiled
// eagerly, in the background while it streams in, rather than lazily on the main thread at first
// call. Worth it only for a chunk whose code nearly all runs at once (a chart's first render, a
// sheet's construction).
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Starts the built chunks called `names` with the hint (it must be the first line). A name that no
 * chunk has fails the build: chunks are named after a module in them, and a hint that silently
 * stopped applying after a change of chunking would cost the first render its speed unnoticed.
 */
export function compileHints(names: readonly string[]): Plugin {
  return {
    name: 'battlemap-compile-hints',
    apply: 'build',
    // After Vite has put its preload helper at the top of the chunk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const missing = new Set(names);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !names.includes(chunk.name)) continue;
          chunk.code = HINT + chunk.code;
          missing.delete(chunk.name);
        }
        if (missing.size > 0) {
          this.error(`compile hints: the build has no chunk called ${[...missing].join(', ')}`);
        }
      },
    },
  };
}
