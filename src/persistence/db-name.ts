/** The app's IndexedDB database (its own module: the first read needs it without Dexie). */
export const DB_NAME = 'battlemap';
