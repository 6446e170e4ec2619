// Collects Content-Security-Policy violations of every page in a browser context.
import type { BrowserContext } from '@playwright/test';

/** The returned list fills as violations happen; a test expects it to stay empty. */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  context.on('console', (message) => {
    const text = message.text();
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
  });
  return violations;
}
