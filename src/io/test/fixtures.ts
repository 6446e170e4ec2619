// Reading the committed test files of tests/fixtures/ (made by scripts/make-fixtures.mjs).
import { readFileSync } from 'node:fs';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url)));
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
