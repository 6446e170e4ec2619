// The UI language: zh-CN by default, English on request; the choice is kept on this device.
import type { Locale } from '../core/vocabulary.ts';
import { appMessages } from './i18n/app.ts';
import { battlemapMessages } from './i18n/battlemap.ts';
import { dashboardMessages } from './i18n/dashboard.ts';
import { dataMessages } from './i18n/data.ts';
import { ledgerMessages } from './i18n/ledger.ts';
import { platformMessages } from './i18n/platform.ts';
import { problemsMessages } from './i18n/problems.ts';
import { reportMessages } from './i18n/report.ts';
import { targetMessages } from './i18n/targets.ts';
import type { MessageTable } from './i18n/define.ts';

/** Every area's messages: an area adds its table here, one line each. */
const TABLES = [
  appMessages,
  battlemapMessages,
  dashboardMessages,
  dataMessages,
  ledgerMessages,
  platformMessages,
  problemsMessages,
  reportMessages,
  targetMessages,
] as const;
type KeysOf<T> = T extends MessageTable<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof TABLES)[number]>;

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
