import { describe, expect, it } from 'vitest';
import { axisAmount, moneyAxis } from './money-axis.ts';

describe('moneyAxis', () => {
  it('switches to 亿元 when the largest amount reaches one 亿, as core/money.ts does', () => {
    expect(moneyAxis(9_999).unit).toBe('万元');
    expect(moneyAxis(9_999.999).unit).toBe('亿元');
    expect(moneyAxis(10_000)).toEqual({ unit: '亿元', divisor: 10_000 });
    expect(moneyAxis(0).unit).toBe('万元');
  });

  it('writes ticks in the axis unit, grouped, without trailing zeros', () => {
    expect(axisAmount(25_000, moneyAxis(30_000))).toBe('2.5');
    expect(axisAmount(6_000_000, moneyAxis(6_686_000))).toBe('600');
    expect(axisAmount(1_234_567, { unit: '万元', divisor: 1 })).toBe('1,234,567');
    expect(axisAmount(0, moneyAxis(30_000))).toBe('0');
  });
});
