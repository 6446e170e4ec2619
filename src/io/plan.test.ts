import { describe, expect, it } from 'vitest';
import { withUnit } from './plan.ts';

describe('withUnit', () => {
  it.each([
    ['12', '亿元', '12亿'],
    [' 1,234.5 ', '亿元', '1,234.5亿'],
    ['50000', '元', '50000元'],
    ['3亿', '亿元', '3亿'],
    ['很多', '亿元', '很多'],
    ['', '亿元', ''],
    [' 12 ', '万元', '12'],
    ['12', null, '12'],
    ['7.9亿', null, '7.9亿'],
  ] as const)('reads %j under a %s header as %j', (text, unit, expected) => {
    expect(withUnit(text, unit)).toBe(expected);
  });
});
