// A value axis of amounts kept in 万元: one unit for the whole axis, 亿元 when its largest amount
// reaches one 亿 (the same rule as core/money.ts applies to a single amount).
import { formatMoney, groupDigits } from '../core/money.ts';

export interface MoneyAxis {
  unit: '万元' | '亿元';
  /** 万元 per axis unit. */
  divisor: number;
}

export function moneyAxis(max: number): MoneyAxis {
  return formatMoney(max).unit === '亿元'
    ? { unit: '亿元', divisor: 10_000 }
    : { unit: '万元', divisor: 1 };
}

/** An axis tick: the amount in the axis's unit, grouped, without trailing zeros. */
export function axisAmount(wan: number, axis: MoneyAxis): string {
  const text = groupDigits(wan / axis.divisor, 2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
