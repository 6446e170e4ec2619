import { describe, expect, it } from 'vitest';
import { chineseScore, decodeAs, detectEncoding } from './encoding.ts';
import { bytesOf, fixture } from './test/fixtures.ts';

describe('detectEncoding', () => {
  it('reads GBK bytes (Excel’s Chinese CSV) as GB18030', () => {
    const bytes = fixture('projects-gbk.csv');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'gb18030', candidates: ['gb18030'] });
    expect(decodeAs(bytes, 'gb18030').text).toContain('晋江市域8号路(二期)');
  });

  it('reads GB18030 four-byte characters that GBK lacks', () => {
    const bytes = fixture('projects-gb18030.csv');
    expect(detectEncoding(bytes).encoding).toBe('gb18030');
    const { text, lossy } = decodeAs(bytes, 'gb18030');
    expect(lossy).toBe(false);
    expect(text).toContain('𠮷祥路改造');
    expect(text).toContain('䶮山工业园');
  });

  it('takes UTF-16 LE and BE from their byte-order marks and drops the mark', () => {
    for (const [name, encoding] of [
      ['projects-utf16le.txt', 'utf-16le'],
      ['projects-utf16be.txt', 'utf-16be'],
    ] as const) {
      const bytes = fixture(name);
      expect(detectEncoding(bytes).encoding).toBe(encoding);
      expect(decodeAs(bytes, encoding).text.startsWith('项目编码\t')).toBe(true);
    }
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    const text = 'code\tname\r\nA-1\tbridge\r\n';
    const bytes = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectEncoding(bytes).encoding).toBe('utf-16le');
  });

  it('takes UTF-8 with a BOM, and drops the BOM when decoding', () => {
    const bytes = fixture('projects-utf8-bom.csv');
    expect(detectEncoding(bytes).encoding).toBe('utf-8');
    expect(decodeAs(bytes, 'utf-8').text.startsWith('项目编码')).toBe(true);
  });

  it('prefers UTF-8 when both decoders accept the bytes and UTF-8 reads as real Chinese', () => {
    // Six UTF-8 bytes that are also three valid GB18030 characters (椤圭洰), rarer ones.
    const bytes = bytesOf('项目');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', candidates: ['utf-8', 'gb18030'] });
    expect(chineseScore('项目')).toBeGreaterThan(chineseScore(decodeAs(bytes, 'gb18030').text));
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(detectEncoding(bytesOf('code,name\r\nA,B\r\n')).encoding).toBe('utf-8');
  });

  it('asks (no encoding) when neither UTF-8 nor GB18030 reads the bytes', () => {
    // 0x80 alone is not UTF-8, and 0xFF is never a GB18030 lead byte.
    const bytes = new Uint8Array([0x61, 0x80, 0xff, 0x2c, 0x62]);
    expect(detectEncoding(bytes)).toEqual({ encoding: null, candidates: [] });
  });

  it('never hides bytes the chosen encoding cannot read: the text is marked lossy', () => {
    const gbk = fixture('projects-gbk.csv');
    const forced = decodeAs(gbk, 'utf-8');
    expect(forced.lossy).toBe(true);
    expect(forced.text).toContain('\uFFFD');
  });
});
