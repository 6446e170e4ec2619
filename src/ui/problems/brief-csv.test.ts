import { describe, expect, it } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json';
import { leaderBrief } from '../../core/leader-brief.ts';
import { buildSampleCampaign } from '../../core/sample-campaign.ts';
import { calendarFromChineseDays } from '../../core/working-days.ts';
import { problemsMessages } from '../i18n/problems.ts';
import { csvText } from '../../io/csv-write.ts';
import { briefCsvRows } from './brief-csv.ts';
import type { Translate } from './problem-text.ts';

const zh: Translate = (key, params = {}) =>
  ((problemsMessages['zh-CN'] as Record<string, string>)[key] ?? key).replace(
    /\{(\w+)\}/g,
    (_, name: string) => String(params[name]),
  );

describe('the brief as CSV', () => {
  const doc = buildSampleCampaign();
  const cn = calendarFromChineseDays(data, 'chinese-days');
  const brief = leaderBrief(doc, '副市长(交通)', '2018-02-12', cn);
  const rows = briefCsvRows(brief, doc.campaign.name, 'zh-CN', zh);

  it('has the title, the red and yellow projects, and the open problems', () => {
    expect(rows[0]).toEqual(['副市长(交通) 挂钩项目简报']);
    expect(rows[1]).toEqual(['晋江 2018 项目攻坚 · 截至 2018-02-12']);
    const road = rows.find((r) => r[1] === '市域8号路(一期)');
    expect(road?.slice(4)).toEqual(['红', '逾期问题 1 个', 1, 1]);
    const problem = rows.find(
      (r) => r[2] === '其余路段用地报批需报省国土资源厅审批,需对接加快办理',
    );
    expect(problem?.slice(3)).toEqual([
      '外部权限',
      '2018-02-08',
      '2018-02-11',
      '逾期 1 天',
      '市国土资源局',
      '市委市政府',
    ]);
  });

  it('writes one CRLF line per row', () => {
    const text = csvText(rows);
    expect(text.split('\r\n').length).toBe(rows.length + 1);
    expect(text).toContain('\r\nJJ2018-0018,市域8号路(一期),英林镇,市交通运输局,红,');
  });
});
