import { describe, expect, it } from 'vitest';
import { compareChinese } from './chinese-order.ts';

describe('compareChinese', () => {
  it('orders by reading (pinyin), not by code point', () => {
    // 紫 (zǐ) comes before 罗 (luó) in Unicode, after it in pinyin.
    expect(['紫帽镇', '罗山街道', '安海镇'].sort(compareChinese)).toEqual([
      '安海镇',
      '罗山街道',
      '紫帽镇',
    ]);
  });

  it('orders numbers inside names by value', () => {
    expect(['10号片区', '2号片区', '1号片区'].sort(compareChinese)).toEqual([
      '1号片区',
      '2号片区',
      '10号片区',
    ]);
  });
});
