// Reading a block copied from Excel or WPS: tab-separated cells, one line per row. A cell that
// starts with a double quote is quoted: it may hold tabs, line breaks and doubled quotes.

export function parseTsv(text: string): string[][] {
  // Excel ends every row, the last one included, with a line break.
  const source = text.replace(/(\r\n|\n|\r)$/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = source.length;
  if (n === 0) return [];
  for (;;) {
    let cell = '';
    if (source[i] === '"') {
      const quoted = readQuoted(source, i);
      if (quoted) {
        cell = quoted.value;
        i = quoted.end;
      } else {
        ({ cell, i } = readPlain(source, i));
      }
    } else {
      ({ cell, i } = readPlain(source, i));
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const ch = source[i];
    if (ch === '\t') {
      i += 1;
      continue;
    }
    // A line break ends the row.
    i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
}

function readPlain(s: string, start: number): { cell: string; i: number } {
  let i = start;
  while (i < s.length && s[i] !== '\t' && s[i] !== '\n' && s[i] !== '\r') i += 1;
  return { cell: s.slice(start, i), i };
}

/** A quoted cell, or null when the quotes do not close right before a separator (then it is text). */
function readQuoted(s: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      if (s[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = s[i + 1];
      if (next === undefined || next === '\t' || next === '\n' || next === '\r') {
        return { value, end: i + 1 };
      }
      return null;
    }
    value += ch;
    i += 1;
  }
  return null;
}

/** Writes cells as Excel reads them back: quoted when they hold a tab, line break or quote. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string): string =>
    /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((r) => r.map(quote).join('\t')).join('\r\n');
}
