// The app's hash routes as plain data, so the first read's small script can tell which view opens.
export const ROUTES = [
  'dashboard',
  'projects',
  'targets',
  'report',
  'battlemap',
  'problems',
  'data',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

export function hrefOf(route: Route): string {
  return route === 'dashboard' ? '#/' : `#/${route}`;
}
