// Handsontable writes headers, menus and pasted HTML through its `sanitizer`. Ours turns any
// markup into plain text, so text from data or the clipboard is never rendered as HTML.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
