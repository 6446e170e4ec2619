// Small formatting shared by the report's components.
import { formatMoney } from '../../core/money.ts';
import type { Light } from '../../core/status.ts';

export function moneyText(wan: number): string {
  const m = formatMoney(wan);
  return `${m.number} ${m.unit}`;
}

/** A change with its sign: +3, −2, 0. */
export function signed(x: number, show: (x: number) => string = String): string {
  if (Math.abs(x) < 1e-9) return show(0);
  return x > 0 ? `+${show(x)}` : `−${show(-x)}`;
}

export const LIGHT_CLASS: Record<Light, string> = {
  green: 'light-green',
  yellow: 'light-yellow',
  red: 'light-red',
};
