// CRC-32 (IEEE) of text as UTF-8: a backup's guard against truncation and accidental edits. It
// is not a signature; it works without crypto.subtle, which plain-http intranet pages lack.
let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(text: string): string {
  const t = crcTable();
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (t[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
