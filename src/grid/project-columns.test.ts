import { describe, expect, it } from 'vitest';
import { aCampaign, aProject, entries } from '../core/test-factories.ts';
import {
  COLUMN_INDEX,
  FROZEN_COLUMNS,
  PROJECT_COLUMNS,
  formatCell,
  projectRow,
  type ColumnContext,
} from './project-columns.ts';

const ctx: ColumnContext = {
  locale: 'zh-CN',
  asOf: '2018-02-12',
  year: 2018,
  lists: { ...aCampaign().lists, towns: ['安海镇', '英林镇'] },
};
const t = (key: string, params?: Record<string, string>) =>
  params ? `${key}(${Object.values(params).join(',')})` : key;

const column = (key: string) => {
  const c = PROJECT_COLUMNS[COLUMN_INDEX.get(key) ?? -1];
  if (!c) throw new Error(key);
  return c;
};

describe('PROJECT_COLUMNS', () => {
  it('starts with the frozen code and name, which cannot be hidden', () => {
    expect(PROJECT_COLUMNS.slice(0, FROZEN_COLUMNS).map((c) => c.key)).toEqual(['code', 'name']);
    expect(PROJECT_COLUMNS.filter((c) => !c.hideable).map((c) => c.key)).toEqual(['code', 'name']);
  });

  it('covers every ledger field once, with plan and actual of each milestone', () => {
    const keys = PROJECT_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('started.plan');
    expect(keys).toContain('started.actual');
    expect(keys).toContain('investmentToDate');
    expect(keys).toHaveLength(30);
  });

  it('gives each kind its editor', () => {
    expect(column('town').editor).toBe('dropdown');
    expect(column('tier').editor).toBe('dropdown');
    expect(column('battles').editor).toBe('tags');
    expect(column('signed.actual').editor).toBe('date');
    expect(column('annualPlan').editor).toBe('money');
    expect(column('notes').editor).toBe('text');
  });

  it('offers the campaign’s lists and the vocabulary as choices', () => {
    expect(column('town').choices(ctx)).toEqual(['安海镇', '英林镇']);
    expect(column('tier').choices(ctx)).toEqual(['本级重点', '重大']);
    expect(column('tier').choices({ ...ctx, locale: 'en' })).toEqual(['Key', 'Major']);
    expect(column('battles').choices(ctx)).toHaveLength(5);
    expect(column('name').choices(ctx)).toBeNull();
  });

  it('names milestone columns after the milestone', () => {
    expect(column('started.actual').header(ctx, t)).toBe('col.actual(开工)');
    expect(column('town').header(ctx, t)).toBe('col.town');
  });
});

describe('cells', () => {
  const p = aProject({
    code: 'JJ-1',
    tier: 'major',
    battles: ['investment', 'clearance'],
    annualPlan: 79000,
    investments: entries(['2017-12-20', 5], ['2018-01-10', 100], ['2018-02-20', 7]),
    milestones: { signed: { actual: '2018-02-09' } },
  });

  it('shows words in the UI language, tags joined with 、', () => {
    const row = projectRow(p, ctx);
    expect(row[COLUMN_INDEX.get('tier') ?? -1]).toBe('重大');
    expect(row[COLUMN_INDEX.get('battles') ?? -1]).toBe('固投完成、征迁清障');
    expect(projectRow(p, { ...ctx, locale: 'en' })[COLUMN_INDEX.get('tier') ?? -1]).toBe('Major');
  });

  it('derives investment done this year up to the as-of date', () => {
    expect(column('investmentToDate').toCell(p, ctx)).toBe(100);
  });

  it('formats amounts with thousands separators and leaves text alone', () => {
    expect(formatCell(column('annualPlan'), 79000)).toBe('79,000');
    expect(formatCell(column('annualPlan'), 1234.5)).toBe('1,234.50');
    expect(formatCell(column('annualPlan'), null)).toBe('');
    expect(formatCell(column('name'), '<img src=x onerror=alert(1)>')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('parse', () => {
  it('reads dates and amounts in the forms planners paste', () => {
    const date = column('started.actual');
    for (const text of ['2018-02-09', '2018/2/9', '2018.2.9', '2018年2月9日']) {
      expect(date.parse(text, ctx)).toEqual({ ok: true, value: '2018-02-09' });
    }
    const money = column('totalInvestment');
    expect(money.parse('1,234.5', ctx)).toEqual({ ok: true, value: 1234.5 });
    expect(money.parse('7.9亿', ctx)).toEqual({ ok: true, value: 79000 });
    expect(money.parse('6000万', ctx)).toEqual({ ok: true, value: 6000 });
  });

  it('refuses what it cannot read, with a reason', () => {
    expect(column('started.actual').parse('2月9日', ctx)).toEqual({
      ok: false,
      reason: 'notADate',
    });
    expect(column('totalInvestment').parse('-5', ctx)).toEqual({ ok: false, reason: 'negative' });
    expect(column('tier').parse('超级', ctx)).toEqual({ ok: false, reason: 'unknownChoice' });
    expect(column('code').parse(' ', ctx)).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads tags in either language and any list separator', () => {
    expect(column('battles').parse('征迁清障、Fixed-asset investment', ctx)).toEqual({
      ok: true,
      value: ['investment', 'clearance'],
    });
  });

  it('reads the year-to-date total, empty as zero, only inside the campaign year', () => {
    const ytd = column('investmentToDate');
    expect(ytd.parse('', ctx)).toEqual({ ok: true, value: 0 });
    expect(ytd.parse('1.6亿', ctx)).toEqual({ ok: true, value: 16000 });
    expect(ytd.parse('5', { ...ctx, asOf: '2017-12-31' })).toEqual({
      ok: false,
      reason: 'notAYearToDate',
    });
  });
});
