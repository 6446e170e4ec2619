// Its own script in index.html, the first to run: it starts reading the last opened campaign at
// once, while the app's code is still loading (see persistence/first-read.ts), and asks for the
// code of the view being opened (ui/views/view-code.ts).
import { DB_NAME } from './persistence/db-name.ts';
import { startFirstRead } from './persistence/first-read.ts';
import { routeFromHash } from './ui/routes.ts';
import { preloadView } from './ui/views/view-code.ts';

if ('indexedDB' in globalThis) startFirstRead(indexedDB, DB_NAME);
preloadView(routeFromHash(location.hash));
