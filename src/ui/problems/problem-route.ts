// The problems view's place in the address: the list with its filters
// (`#/problems?status=open&unit=…&leader=…&overdue=1`) or a leader's brief
// (`#/problems/brief/<leader>`), so the dashboard can link to either and a brief can be bookmarked.
import { NO_FILTER, type ProblemFilter } from '../../core/problems.ts';

export type ProblemsRoute =
  { view: 'list'; filter: ProblemFilter } | { view: 'brief'; leader: string | null };

const STATUSES: readonly ProblemFilter['status'][] = ['all', 'open', 'resolved'];

export function parseProblemsHash(hash: string): ProblemsRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  if (parts[1] === 'brief') {
    const leader = parts.slice(2).join('/');
    return { view: 'brief', leader: leader === '' ? null : safeDecode(leader) };
  }
  const params = new URLSearchParams(query);
  const status = params.get('status') as ProblemFilter['status'] | null;
  return {
    view: 'list',
    filter: {
      status: status && STATUSES.includes(status) ? status : NO_FILTER.status,
      unit: params.get('unit'),
      leader: params.get('leader'),
      overdueOnly: params.get('overdue') === '1',
    },
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function listHash(filter: ProblemFilter): string {
  const params = new URLSearchParams();
  if (filter.status !== 'all') params.set('status', filter.status);
  if (filter.unit !== null) params.set('unit', filter.unit);
  if (filter.leader !== null) params.set('leader', filter.leader);
  if (filter.overdueOnly) params.set('overdue', '1');
  const query = params.toString();
  return query === '' ? '#/problems' : `#/problems?${query}`;
}

export function briefHash(leader: string | null): string {
  return leader === null ? '#/problems/brief' : `#/problems/brief/${encodeURIComponent(leader)}`;
}
