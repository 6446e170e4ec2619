import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dekadReport } from '../core/dekad-report.ts';
import { buildSampleCampaign } from '../core/sample-campaign.ts';
import { takeSnapshot } from '../core/snapshot.ts';
import { DEFAULT_STATUS_RULES } from '../core/status-rules.ts';
import { aDoc, aProject, entries } from '../core/test-factories.ts';
import { reportCsvText as csvText, reportRows } from './report-csv.ts';

const parse = (text: string): string[][] => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
};

describe('csvText', () => {
  it('writes a BOM, CRLF line ends, and quotes only cells that need it', () => {
    const text = csvText([
      ['a', 'b,c', 'say "hi"', 'two\nlines', 1.5, null],
      ['晋江', 0.1 + 0.2, -80, '', 'x', 'y'],
    ]);
    expect(text).toBe('\uFEFFa,"b,c","say ""hi""","two\nlines",1.5,\r\n晋江,0.3,-80,,x,y\r\n');
    expect(parse(text)).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines', '1.5', ''],
      ['晋江', '0.3', '-80', '', 'x', 'y'],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const [row] = parse(csvText([['=1+2', '-5', '@cmd', '备注\n=HYPERLINK("x")']]));
    expect(row).toEqual(["'=1+2", "'-5", "'@cmd", '\'备注\n=HYPERLINK("x")']);
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvText([[-12.346, 12.346, -0.001, 0]])).toBe('\uFEFF-12.35,12.35,0,0\r\n');
  });
});

describe('reportRows', () => {
  it('has a header, a summary line per batch and for investment, then one line per fact', () => {
    const p = aProject({
      code: 'JJ-1',
      name: '=危险名称',
      town: '永和镇',
      unit: '市发改局',
      milestones: { signed: { actual: '2018-02-09' }, started: { plan: '2018-02-05' } },
      investments: entries(['2018-02-10', 120]),
      annualPlan: 1200,
    });
    const doc = aDoc({ projects: [p], campaign: { targets: { signed: 50 } } });
    const dekad = { year: 2018, month: 2, part: 1 } as const;
    const previous = takeSnapshot(doc, '2018-01-31', DEFAULT_STATUS_RULES);
    const report = dekadReport(doc, dekad, {
      asOf: '2018-02-12',
      rules: DEFAULT_STATUS_RULES,
      previous,
    });
    const rows = parse(csvText(reportRows(report, 'zh-CN')));
    expect(rows[0]).toEqual([
      '旬',
      '分类',
      '项目编码',
      '项目名称',
      '镇街',
      '责任单位',
      '日期',
      '本旬',
      '累计',
      '目标',
      '完成率(%)',
      '说明',
    ]);
    expect(rows[2]).toEqual([
      '2018年2月上旬',
      '汇总',
      '',
      '签约',
      '',
      '',
      '2018-02-10',
      '1',
      '1',
      '50',
      '2',
      '',
    ]);
    expect(rows[6]).toEqual([
      '2018年2月上旬',
      '汇总',
      '',
      '完成投资（万元）',
      '',
      '',
      '2018-02-10',
      '120',
      '120',
      '1200',
      '10',
      '',
    ]);
    expect(rows[7]).toEqual([
      '2018年2月上旬',
      '签约',
      'JJ-1',
      "'=危险名称",
      '永和镇',
      '市发改局',
      '2018-02-09',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[8]?.slice(1, 9)).toEqual([
      '完成投资（万元）',
      'JJ-1',
      "'=危险名称",
      '永和镇',
      '市发改局',
      '',
      '120',
      '120',
    ]);
    expect(rows[9]?.slice(1, 2)).toEqual(['状态变化']);
    expect(rows[9]?.[11]).toBe('黄 → 红');
    expect(rows).toHaveLength(10);
  });

  it('writes the sample’s Feb 上旬 with its 42 signings, in English too', () => {
    const doc = buildSampleCampaign();
    const report = dekadReport(
      doc,
      { year: 2018, month: 2, part: 1 },
      { asOf: '2018-02-12', rules: DEFAULT_STATUS_RULES },
    );
    const zh = parse(csvText(reportRows(report, 'zh-CN')));
    expect(zh.filter((r) => r[1] === '签约')).toHaveLength(42);
    const en = parse(csvText(reportRows(report, 'en')));
    expect(en[0]?.[0]).toBe('Dekad');
    expect(en.filter((r) => r[1] === 'Signed')).toHaveLength(42);
    expect(en[1]?.[0]).toBe('Early Feb 2018');
  });
});
