// Names in the order a Chinese reader expects: by reading (pinyin), and numbers in them by value
// (2号 before 10号). One collator for the page, made when first needed: building a Chinese collator
// loads ICU's collation data (10–35 ms on a two-core machine), and `localeCompare` with a locale
// may build one per call.
let collator: Intl.Collator | null = null;

export function compareChinese(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-CN', { numeric: true });
  return collator.compare(a, b);
}
