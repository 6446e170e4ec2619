// The UI language: zh-CN by default, English on request; the choice is kept on this device.
import type { Locale } from '../core/vocabulary.ts';
import { appMessages } from './i18n/app.ts';
import { ledgerMessages } from './i18n/ledger.ts';

/** Every area's messages. An area adds its table here and its key type to MessageKey. */
const TABLES = [appMessages, ledgerMessages] as const;
export type MessageKey =
  keyof (typeof appMessages)['zh-CN'] | keyof (typeof ledgerMessages)['zh-CN'];

const STORAGE_KEY = 'battlemap.locale';
const MESSAGES: Record<Locale, Record<string, string>> = {
  'zh-CN': Object.assign({}, ...TABLES.map((t) => t['zh-CN'])) as Record<string, string>,
  en: Object.assign({}, ...TABLES.map((t) => t.en)) as Record<string, string>,
};

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
    (MESSAGES[this.#locale][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params[name] ?? `{${name}}`),
    );
}

export const i18n = new I18n();
