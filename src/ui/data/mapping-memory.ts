// The user's column choices, remembered per campaign and table on this device (by normalised
// header name). A preference, not campaign data: it is neither undone nor backed up.
import type { TableKind } from '../../io/tables.ts';

const key = (campaignId: string, table: TableKind): string =>
  `battlemap.importMapping.${campaignId}.${table}`;

export function loadMapping(campaignId: string, table: TableKind): Map<string, string | null> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(campaignId, table)) ?? '[]');
    if (!Array.isArray(stored)) return new Map();
    return new Map(
      stored.filter(
        (e): e is [string, string | null] =>
          Array.isArray(e) &&
          typeof e[0] === 'string' &&
          (typeof e[1] === 'string' || e[1] === null),
      ),
    );
  } catch {
    return new Map();
  }
}

export function saveMapping(
  campaignId: string,
  table: TableKind,
  mapping: ReadonlyMap<string, string | null>,
): void {
  try {
    localStorage.setItem(key(campaignId, table), JSON.stringify([...mapping]));
  } catch {
    // Storage may be off (private mode): the choice still holds for this visit.
  }
}
