// Hash routes, so the static build works offline without server rewrites.
import { paramOf, queryFromHash } from './route-query.ts';

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
  #query = $state(queryFromHash(location.hash).toString());

  constructor() {
    window.addEventListener('hashchange', () => {
      this.#route = routeFromHash(location.hash);
      this.#query = queryFromHash(location.hash).toString();
    });
  }

  /** A parameter of the hash route's query, or null. */
  param(name: string): string | null {
    return paramOf(this.#query, name);
  }

  get route(): Route {
    return this.#route;
  }
}

export const router = new Router();
