// Spreadsheets run a cell that starts with = + - @ (or a tab or line break, or their full-width
// forms) as a formula. Exported text cells that could be read so get a leading apostrophe, which
// Excel and WPS hide; the importer takes exactly that apostrophe off again.
const TRIGGER = /^[=+\-@\t\r\n＝＋－＠]/;
/** Any line of a multi-line cell, for tools that split cells on line breaks. */
const LINE_TRIGGER = /[\r\n][=+\-@＝＋－＠]/;

function isDangerous(text: string): boolean {
  return TRIGGER.test(text) || LINE_TRIGGER.test(text);
}

/** A guard is needed when the text without its leading apostrophes is dangerous. */
function needsGuard(text: string): boolean {
  return isDangerous(text.replace(/^'+/, ''));
}

export function guardFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}
