// The version of the running app, as settings shows it and a backup file records it.
const label = import.meta.env.VITE_BUILD_LABEL?.trim();

export const APP_VERSION = label ? `${__APP_VERSION__} (${label})` : __APP_VERSION__;
