// Project codes that came back through Excel. Opening a CSV in Excel and saving it again turns a
// code such as 0101 into 101 and an 18-digit ID into 3.50582E+17: such a code names no project
// here and would quietly add a new one. The import stops on it and says what happened.
export type CodeDamage = 'leadingZerosLost' | 'scientificNotation';

const SCIENTIFIC = /^\d+(\.\d+)?e\+\d+$/i;
const DIGITS = /^\d+$/;

export class CodeCheck {
  /** Ledger codes of digits with leading zeros, by what is left once Excel drops them. */
  readonly #padded = new Map<string, string>();

  constructor(codes: Iterable<string>) {
    for (const code of codes) {
      if (code.startsWith('0') && DIGITS.test(code))
        this.#padded.set(code.replace(/^0+/, ''), code);
    }
  }

  /** For a code that is not in the ledger: how Excel may have damaged it, and the code it was. */
  damage(code: string): { reason: CodeDamage; original: string | null } | null {
    if (SCIENTIFIC.test(code)) return { reason: 'scientificNotation', original: null };
    const original = DIGITS.test(code) ? this.#padded.get(code) : undefined;
    return original ? { reason: 'leadingZerosLost', original } : null;
  }
}
