import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatMoney, groupDigits } from './money.ts';

const shown = (wan: number): string => {
  const { number, unit } = formatMoney(wan);
  return `${number} ${unit}`;
};

describe('formatMoney', () => {
  it.each([
    [6000, '6,000 万元'],
    [8000, '8,000 万元'],
    [330, '330 万元'],
    [9999, '9,999 万元'],
    [0, '0 万元'],
    [10000, '1 亿元'],
    [15000, '1.5 亿元'],
    [25000, '2.5 亿元'],
    [79000, '7.9 亿元'],
    [276000, '27.6 亿元'],
    [575000, '57.5 亿元'],
    [1750000, '175 亿元'],
    [6686000, '668.6 亿元'],
    [12345678, '1,234.6 亿元'],
  ])('shows %d 万元 as %s', (wan, expected) => {
    expect(shown(wan)).toBe(expected);
  });

  it.each([
    [1234.5, '1,234.5 万元'],
    [0.25, '0.25 万元'],
    [0.5, '0.5 万元'],
    [0.001, '0 万元'],
    [9999.5, '9,999.5 万元'],
    [12346, '1.23 亿元'],
    [10100, '1.01 亿元'],
    [999999, '100 亿元'],
    [1234567.8, '123.5 亿元'],
  ])('shows the fraction %d 万元 as %s', (wan, expected) => {
    expect(shown(wan)).toBe(expected);
  });

  it.each([
    [-6000, '-6,000 万元'],
    [-575000, '-57.5 亿元'],
  ])('shows the negative %d 万元 as %s', (wan, expected) => {
    expect(shown(wan)).toBe(expected);
  });

  it('never shows minus zero for a sum that is zero up to binary noise', () => {
    expect(shown(0.3 - 0.1 - 0.2)).toBe('0 万元');
    expect(shown(-0.001)).toBe('0 万元');
    expect(shown(-0)).toBe('0 万元');
  });

  it('switches to 亿元 as soon as the 万元 figure would show as 10,000', () => {
    expect(shown(9999.99)).toBe('9,999.99 万元');
    expect(shown(9999.999)).toBe('1 亿元');
    expect(shown(-9999.999)).toBe('-1 亿元');
  });

  it('shows a tidy number that reads back to the amount within its precision', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e11, max: 1e11, noNaN: true }), (wan) => {
        const { number, unit } = formatMoney(wan);
        expect(number).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d*[1-9])?$/);
        expect(number).not.toMatch(/^-0(\.0*)?$/);
        const value = Number(number.replace(/,/g, ''));
        if (unit === '万元') {
          expect(Math.abs(value)).toBeLessThan(10000);
          expect(Math.abs(value - wan)).toBeLessThanOrEqual(0.005 + 1e-9);
        } else {
          expect(Math.abs(value)).toBeGreaterThanOrEqual(1);
          const step = Math.abs(wan) >= 1_000_000 ? 0.05 : 0.005;
          expect(Math.abs(value * 10000 - wan)).toBeLessThanOrEqual(step * 10000 + 1e-3);
        }
      }),
    );
  });
});

describe('groupDigits', () => {
  it.each([
    [1234567.891, 2, '1,234,567.89'],
    [1000, 0, '1,000'],
    [999, 2, '999.00'],
    [123456, 0, '123,456'],
    [0, 2, '0.00'],
    [-1234.5, 1, '-1,234.5'],
    [-999, 0, '-999'],
    [1234.5678, 3, '1,234.568'],
    [0.123456, 6, '0.123456'],
  ])('groupDigits(%d, %i) is %s', (x, decimals, expected) => {
    expect(groupDigits(x, decimals)).toBe(expected);
  });

  it('only inserts commas into the whole part of toFixed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, decimals) => {
          const text = groupDigits(x, decimals);
          const fixed = x.toFixed(decimals);
          // + 0 turns -0 into 0: a zero shows without a minus sign.
          expect(Number(text.replace(/,/g, ''))).toBe(Number(fixed) + 0);
          expect(text.split('.')[1]).toBe(fixed.split('.')[1]);
          expect(text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
        },
      ),
    );
  });
});
