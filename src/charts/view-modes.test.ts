import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../core/calendar-date.ts';
import { CHART_WORDS } from './chart-words.ts';
import {
  VIEW_MODES,
  VIEW_MODE_KEYS,
  axisScale,
  labelsInView,
  periodsBetween,
  type AxisScale,
} from './view-modes.ts';

const all = (scale: AxisScale): Map<number, string> =>
  labelsInView(scale, { from: -Infinity, to: Infinity });

const zh = CHART_WORDS['zh-CN'];
const en = CHART_WORDS.en;

describe('view modes', () => {
  it('are a table with one row per zoom level, from fine to coarse', () => {
    expect(VIEW_MODE_KEYS.map((k) => VIEW_MODES[k].tick)).toEqual([
      'dekad',
      'month',
      'quarter',
      'year',
    ]);
    const windows = VIEW_MODE_KEYS.map((k) => VIEW_MODES[k].windowDays ?? Infinity);
    expect(windows).toEqual([...windows].sort((a, b) => a - b));
    expect(VIEW_MODE_KEYS.filter((k) => VIEW_MODES[k].shadeNonWorkingDays)).toEqual(['dekad']);
  });

  it('lists the periods overlapping a range, partial ones included', () => {
    expect(periodsBetween('dekad', '2018-02-05', '2018-02-21').map((p) => p.key)).toEqual([
      '2018-02-1',
      '2018-02-2',
      '2018-02-3',
    ]);
    expect(periodsBetween('quarter', '2017-12-31', '2018-04-01').map((p) => p.key)).toEqual([
      '2017-Q4',
      '2018-Q1',
      '2018-Q2',
    ]);
  });
});

describe('axisScale', () => {
  it('ticks 旬 boundaries and names each 旬 at its centre', () => {
    const scale = axisScale('dekad', '2018-02-01', '2018-02-28', zh, false);
    expect(scale.ticks).toEqual([
      toDayNumber('2018-02-01'),
      toDayNumber('2018-02-11'),
      toDayNumber('2018-02-21'),
      toDayNumber('2018-03-01'),
    ]);
    expect([...all(scale).values()]).toEqual(['上旬', '中旬', '下旬']);
    const [first] = all(scale).keys();
    expect(first).toBe(toDayNumber('2018-02-01') + 5);
  });

  it('centres a label in the part of its period that is in view', () => {
    const scale = axisScale('month', '2018-01-01', '2018-03-31', zh, true);
    const view = { from: toDayNumber('2018-01-22'), to: toDayNumber('2018-03-01') };
    expect([...labelsInView(scale, view)]).toEqual([
      [toDayNumber('2018-01-22') + 5, '2018年1月'],
      [toDayNumber('2018-02-01') + 14, '2018年2月'],
    ]);
  });

  it('heads months with their year, and names quarters and years in each language', () => {
    expect([...all(axisScale('month', '2017-12-15', '2018-01-15', zh, true)).values()]).toEqual([
      '2017年12月',
      '2018年1月',
    ]);
    expect([...all(axisScale('month', '2018-01-01', '2018-02-01', en, false)).values()]).toEqual([
      'Jan',
      'Feb',
    ]);
    expect([...all(axisScale('quarter', '2018-01-01', '2018-12-31', zh, false)).values()]).toEqual([
      '一季度',
      '二季度',
      '三季度',
      '四季度',
    ]);
    expect([...all(axisScale('year', '2018-06-01', '2019-06-01', en, true)).values()]).toEqual([
      '2018',
      '2019',
    ]);
  });
});
