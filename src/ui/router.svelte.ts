// Hash routes, so the static build works offline without server rewrites.
import { paramOf, queryFromHash } from './route-query.ts';
import { routeFromHash, type Route } from './routes.ts';

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
