import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './escape.ts';

describe('escaping', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes every interpolated value but keeps markup made by the tag itself', () => {
    const name = '<img src=x onerror=alert(1)>';
    const inner = html`<i>${name}</i>`;
    const out = html`<b>${name}</b>${inner}${[name, html`<br />`]}${null}${false}${3}`;
    expect(out.markup).toBe(
      '<b>&lt;img src=x onerror=alert(1)&gt;</b><i>&lt;img src=x onerror=alert(1)&gt;</i>' +
        '&lt;img src=x onerror=alert(1)&gt;<br />3',
    );
  });
});
