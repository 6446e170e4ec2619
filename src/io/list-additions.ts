// Names a file brings that the campaign's dropdown lists lack — a new town, unit, leader or
// industry: each is shown once in the preview as a warning (not silently taken in), and the
// import adds them to the lists in the same step, so the ledger's dropdowns and rankings know them.
import { applyCommand, type Command } from '../core/commands.ts';
import type { CampaignDoc, CampaignLists } from '../core/types.ts';
import { valueProblem, type DataRow } from './plan.ts';
import type { Problem } from './sheet.ts';

export type ListName = keyof CampaignLists;

export class ListAdditions {
  readonly #known: ReadonlyMap<ListName, ReadonlySet<string>>;
  readonly #added = new Map<ListName, string[]>();

  constructor(lists: CampaignLists) {
    this.#known = new Map(
      (Object.keys(lists) as ListName[]).map((name) => [name, new Set(lists[name])]),
    );
  }

  /** Notes the row's value of column `key`; the first time a new name is seen, a warning. */
  note(list: ListName, value: unknown, row: DataRow, key: string): Problem | null {
    if (typeof value !== 'string') return null;
    const name = value.trim();
    if (name === '' || this.#known.get(list)?.has(name)) return null;
    const added = this.#added.get(list) ?? [];
    if (added.includes(name)) return null;
    added.push(name);
    this.#added.set(list, added);
    return { ...valueProblem(row, key, 'newListValue', name), blocking: false };
  }

  get isEmpty(): boolean {
    return this.#added.size === 0;
  }

  /** One `extendList` per list that gains names, in the order the file names them. */
  commands(): Command[] {
    return [...this.#added].map(([list, values]) => ({ type: 'extendList', list, values }));
  }

  /** `command` and the list extensions as one step. */
  withCommand(command: Command): Command {
    return this.isEmpty ? command : { type: 'batch', commands: [command, ...this.commands()] };
  }
}

/** The document with the lists extended: what the planned import leaves for the next sheet. */
export function withLists(doc: CampaignDoc, additions: ListAdditions): CampaignDoc {
  if (additions.isEmpty) return doc;
  const result = applyCommand(doc, { type: 'batch', commands: additions.commands() });
  return result.ok ? result.doc : doc;
}
