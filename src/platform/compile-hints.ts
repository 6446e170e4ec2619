// V8's explicit compile hint: a file that starts with this comment has all its functions compiled
// eagerly, in the background while it streams in, rather than lazily on the main thread at first
// call. Worth it only for a chunk whose code nearly all runs at once (a chart's first render).
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** Starts the built chunks whose name matches `names` with the hint (it must be the first line). */
export function compileHints(names: RegExp): Plugin {
  return {
    name: 'battlemap-compile-hints',
    apply: 'build',
    // After Vite has put its preload helper at the top of the chunk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && names.test(chunk.name)) chunk.code = HINT + chunk.code;
      },
    },
  };
}
