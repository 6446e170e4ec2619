import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { firstReadScript } from './first-read-script.ts';

const HTML = `<!doctype html>
<html>
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body></body>
</html>`;

function transform(html: string, bundle?: IndexHtmlTransformContext['bundle']): string {
  const hook = firstReadScript().transformIndexHtml;
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered hook');
  const context = { path: '/index.html', filename: 'index.html', bundle };
  return (hook.handler as (h: string, c: IndexHtmlTransformContext) => string)(html, context);
}

/** A build whose first-read entry imports `imports` (file names of other chunks). */
function firstReadBundle(imports: string[]): IndexHtmlTransformContext['bundle'] {
  const fileName = 'assets/first-read-xyz.js';
  const chunk = { type: 'chunk', isEntry: true, name: 'first-read', fileName, imports };
  return { [fileName]: chunk } as unknown as IndexHtmlTransformContext['bundle'];
}

describe('the first read script tag', () => {
  it('runs before the app: a plain module script placed ahead of the app’s, after the CSP', () => {
    const html = transform(HTML, firstReadBundle([]));
    const read = html.indexOf('src="./assets/first-read-xyz.js"');
    expect(read).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
    expect(read).toBeLessThan(html.indexOf('src="./assets/index-abc.js"'));
    // Not async: an async script may run after the app's bundle has been evaluated.
    expect(html).not.toMatch(/<script[^>]*async[^>]*first-read/);
  });

  it('asks for the chunks it imports along with it, unless the page preloads them already', () => {
    const bundle = firstReadBundle(['assets/db-name-1.js', 'assets/shared-2.js']);
    const page = HTML.replace(
      '</head>',
      '<link rel="modulepreload" crossorigin href="./assets/shared-2.js">\n</head>',
    );
    const html = transform(page, bundle);
    const preload = html.indexOf(
      '<link rel="modulepreload" crossorigin href="./assets/db-name-1.js">',
    );
    expect(preload).toBeGreaterThan(-1);
    expect(preload).toBeLessThan(html.indexOf('src="./assets/first-read-xyz.js"'));
    expect(html.match(/shared-2\.js/g)).toHaveLength(1);
  });

  it('points at the source in the dev server, which has no bundle', () => {
    expect(transform(HTML)).toContain('src="/src/first-read.ts"');
  });

  it('goes at the end of the head when the page has no module script', () => {
    const html = transform('<html><head></head><body></body></html>');
    expect(html).toMatch(/first-read\.ts"><\/script>\s*<\/head>/);
  });
});
