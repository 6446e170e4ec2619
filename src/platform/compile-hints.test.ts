import { describe, expect, it } from 'vitest';
import { compileHints } from './compile-hints.ts';

interface FakeChunk {
  type: 'chunk' | 'asset';
  name: string;
  code?: string;
}

/** Runs the plugin's bundle hook over `chunks`; what it reports as an error is thrown. */
function generate(names: string[], chunks: FakeChunk[]): FakeChunk[] {
  const hook = compileHints(names).generateBundle;
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered hook');
  const bundle = Object.fromEntries(chunks.map((c, i) => [`assets/${c.name}-${i}.js`, c]));
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (hook.handler as (this: unknown, options: unknown, bundle: unknown) => void).call(
    context,
    {},
    bundle,
  );
  return chunks;
}

describe('compile hints', () => {
  it('puts the hint on the first line of the named chunks only', () => {
    const [chart, app] = generate(
      ['EChart'],
      [
        { type: 'chunk', name: 'EChart', code: 'import "./x.js";' },
        { type: 'chunk', name: 'index', code: 'main();' },
      ],
    );
    expect(chart?.code).toBe('//# allFunctionsCalledOnLoad\nimport "./x.js";');
    expect(app?.code).toBe('main();');
  });

  it('fails the build when a named chunk is not there (the chunking changed)', () => {
    expect(() =>
      generate(['EChart', 'license'], [{ type: 'chunk', name: 'EChart', code: '' }]),
    ).toThrow(/no chunk called license/);
  });
});
