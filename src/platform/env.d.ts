/// <reference types="vite-plugin-pwa/vanillajs" />

/** package.json's version, put in by vite.config.ts. */
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  /** Optional label of a build (a commit, a date), shown beside the version. */
  readonly VITE_BUILD_LABEL?: string;
}
