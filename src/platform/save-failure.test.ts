import { describe, expect, it } from 'vitest';
import { saveFailureKind } from './save-failure.ts';

describe('saveFailureKind', () => {
  it('recognises a full disk in the forms Dexie and browsers report it', () => {
    expect(saveFailureKind('QuotaExceededError: Encountered full disk')).toBe('quota');
    expect(saveFailureKind('AbortError: The transaction was aborted (quota exceeded)')).toBe(
      'quota',
    );
  });

  it('recognises a closed database', () => {
    expect(saveFailureKind('DatabaseClosedError: Database has been closed')).toBe('closed');
    expect(saveFailureKind("InvalidStateError: Failed to execute 'transaction': closing")).toBe(
      'closed',
    );
  });

  it('keeps anything else as it is', () => {
    expect(saveFailureKind('DataCloneError: could not be cloned')).toBe('other');
  });
});
