// The UI language: zh-CN by default, English on request; the choice is kept on this device.
import type { Locale } from '../core/vocabulary.ts';
import { en } from './i18n/en.ts';
import { zhCN, type MessageKey } from './i18n/zh-CN.ts';

const STORAGE_KEY = 'battlemap.locale';
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

class I18n {
  #locale = $state<Locale>(storedLocale());

  get locale(): Locale {
    return this.#locale;
  }

  set locale(value: Locale) {
    this.#locale = value;
    document.documentElement.lang = value;
    try {
      localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Storage may be off (private mode): the switch still works for this visit.
    }
  }

  /** The message for `key`, with `{name}` placeholders filled from `params`. */
  t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    MESSAGES[this.#locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params[name] ?? `{${name}}`),
    );
}

export const i18n = new I18n();
export type { MessageKey };
