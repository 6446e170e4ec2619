// The Content-Security-Policy of the built app, put into index.html as a <meta> tag so that it
// travels with the static files to whatever server hosts them. No 'unsafe-eval' anywhere.
import type { Plugin } from 'vite';

/**
 * Styles need 'unsafe-inline': Handsontable 18 injects its theme as <style> elements built at run
 * time and sets `style` attributes on its own elements. A static build has no server to mint a
 * nonce per response, and run-time CSS has no fixed hash, so neither can replace it. Scripts get no
 * such exception: only the app's own files run.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  // data: and blob: for exported chart images and file downloads made in the page.
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export function cspContent(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Adds the policy to the built index.html only: the dev server needs inline scripts for HMR. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'battlemap-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() },
        injectTo: 'head-prepend',
      },
    ],
  };
}
