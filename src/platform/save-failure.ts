// Why a write failed, in words a planner can act on. The Workspace keeps the error as text.
export type SaveFailureKind = 'quota' | 'closed' | 'other';

export function saveFailureKind(error: string): SaveFailureKind {
  if (/QuotaExceeded|quota/i.test(error)) return 'quota';
  if (/DatabaseClosed|InvalidState|connection is closing|closed/i.test(error)) return 'closed';
  return 'other';
}
