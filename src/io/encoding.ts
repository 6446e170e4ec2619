// Which text encoding a file's bytes are in. Chinese Excel and WPS save "CSV" as GB18030/GBK,
// "Unicode text" as UTF-16 with a BOM, and "CSV UTF-8" with a BOM; hand-made files are UTF-8.
export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type Decoded = { ok: true; text: string } | { ok: false };

export interface Detection {
  /** null when no encoding reads the bytes cleanly: the user must choose. */
  encoding: Encoding | null;
  /** Every encoding that reads the bytes without an invalid sequence. */
  candidates: Encoding[];
}

/** A detection with the text in the detected encoding, when telling it took decoding it anyway. */
export type DetectedText = Detection & { text?: string };

/** Decodes strictly: an invalid byte sequence fails instead of becoming U+FFFD. */
export function decodeStrict(bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}

/** Decodes as the user chose; what the encoding cannot read becomes U+FFFD, to be reported. */
export function decodeLenient(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): Encoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: Latin text leaves every other byte zero. */
function bomlessUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

let common: Set<string> | null = null;

/**
 * The 3,755 most common hanzi (GB2312 level 1: lead bytes B0–D7). UTF-8 Chinese misread as
 * GB18030 also yields hanzi, more of them but rare ones, so "more CJK text" counts these.
 */
function commonHanzi(): Set<string> {
  if (common) return common;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  }
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  common = new Set([...text].filter((ch) => ch >= '\u4e00' && ch <= '\u9fff'));
  return common;
}

/** How much recognisable Chinese a decoding yields: common hanzi, looked at in the first 64K. */
export function chineseScore(text: string): number {
  const set = commonHanzi();
  let score = 0;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i++) if (set.has(text[i] as string)) score++;
  return score;
}

/** Strict UTF-8, then strict GB18030; where both read the bytes, the one with more Chinese wins. */
export function detectEncoding(bytes: Uint8Array): Detection {
  const { encoding, candidates } = detectWithText(bytes);
  return { encoding, candidates };
}

/** As detectEncoding, keeping the decoded text so that a large file is not decoded twice. */
export function detectWithText(bytes: Uint8Array): DetectedText {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, candidates: [bom] };
  const utf16 = bomlessUtf16(bytes);
  const utf16Text = utf16 ? decodeStrict(bytes, utf16) : null;
  if (utf16 && utf16Text?.ok) return { encoding: utf16, candidates: [utf16], text: utf16Text.text };
  const utf8 = decodeStrict(bytes, 'utf-8');
  const gb = decodeStrict(bytes, 'gb18030');
  const candidates: Encoding[] = [];
  if (utf8.ok) candidates.push('utf-8');
  if (gb.ok) candidates.push('gb18030');
  if (utf8.ok && gb.ok) {
    const isGb = chineseScore(gb.text) > chineseScore(utf8.text);
    return { encoding: isGb ? 'gb18030' : 'utf-8', candidates, text: isGb ? gb.text : utf8.text };
  }
  const read = utf8.ok ? utf8 : gb.ok ? gb : null;
  return { encoding: candidates[0] ?? null, candidates, ...(read ? { text: read.text } : {}) };
}

/** The file's text in `encoding`, without its byte-order mark. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): { text: string; lossy: boolean } {
  const strict = decodeStrict(bytes, encoding);
  if (strict.ok) return { text: strict.text, lossy: false };
  return { text: decodeLenient(bytes, encoding), lossy: true };
}
