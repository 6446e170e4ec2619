// The query part of a hash route: `#/projects?project=JJ2018-0001` opens that project's details.
export function queryFromHash(hash: string): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

export function paramOf(query: string, name: string): string | null {
  return new URLSearchParams(query).get(name);
}
