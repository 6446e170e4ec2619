import { describe, expect, it } from 'vitest';
import { paramOf, queryFromHash } from './route-query.ts';

describe('queryFromHash', () => {
  it('reads the parameters after the route', () => {
    expect(queryFromHash('#/projects?project=JJ2018-0001').get('project')).toBe('JJ2018-0001');
    expect(queryFromHash('#/projects?project=%E5%AE%89%E8%B8%8F').get('project')).toBe('安踏');
  });

  it('is empty without a query', () => {
    expect(queryFromHash('#/projects').toString()).toBe('');
    expect(queryFromHash('').get('project')).toBeNull();
  });

  it('reads one parameter of a stored query', () => {
    expect(paramOf('project=A%26B&x=1', 'project')).toBe('A&B');
    expect(paramOf('', 'project')).toBeNull();
  });
});
