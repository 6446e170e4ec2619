// Hash routes, so the static build works offline without server rewrites.
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

class Router {
  #route = $state<Route>(routeFromHash(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.#route = routeFromHash(location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }
}

export const router = new Router();
