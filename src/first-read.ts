// Its own script in index.html, with no imports from the app's bundle: it starts reading the last
// opened campaign at once, while the app's code is still loading (see persistence/first-read.ts).
import { DB_NAME } from './persistence/db-name.ts';
import { startFirstRead } from './persistence/first-read.ts';

if ('indexedDB' in globalThis) startFirstRead(indexedDB, DB_NAME);
