// Each area of the app keeps its own messages, in both languages, in one file of this folder.
import type { Locale } from '../../core/vocabulary.ts';

export type MessageTable<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** Chinese defines the keys; English must give every one of them. */
export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: Readonly<Record<keyof Z & string, string>>,
): MessageTable<keyof Z & string> {
  return { 'zh-CN': zh, en };
}
