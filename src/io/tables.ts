// The sheets a file can hold, as data: each table's columns with the headers written on export
// and the other headers (Chinese, English, common aliases) that mean the same column on import.
// A new sheet is one more TableSpec here and a planner in import-table.ts.
import {
  BATCH_WORDS,
  MILESTONE_WORDS,
  WORKSTREAM_WORDS,
  type Locale,
  type Words,
} from '../core/vocabulary.ts';
import { MILESTONES } from '../core/types.ts';

export const TABLE_KINDS = ['projects', 'workstreams', 'targets', 'problems'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export type ColumnKind =
  'code' | 'text' | 'choice' | 'date' | 'money' | 'enum' | 'tags' | 'percent' | 'count';

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  /** The header written on export. */
  title: Words;
  /** Other headers that mean this column; compared after normaliseHeader. */
  aliases: readonly string[];
  /** Written for the reader on export, not read back (a derived figure, a name beside a code). */
  exportOnly?: boolean;
}

export interface TableSpec {
  kind: TableKind;
  title: Words;
  /** Columns that identify a row: a file without them cannot be imported. */
  keys: readonly string[];
  columns: readonly ColumnSpec[];
}

const col = (
  key: string,
  kind: ColumnKind,
  zh: string,
  en: string,
  aliases: readonly string[] = [],
  exportOnly = false,
): ColumnSpec => ({
  key,
  kind,
  title: { 'zh-CN': zh, en },
  aliases,
  ...(exportOnly ? { exportOnly } : {}),
});

function milestoneColumns(): ColumnSpec[] {
  return MILESTONES.flatMap((m) => {
    const { 'zh-CN': zh, en } = MILESTONE_WORDS[m];
    const forms = (side: string, sideEn: string): string[] => [
      `${side}${zh}时间`,
      `${side}${zh}日期`,
      `${zh}${side}时间`,
      `${zh}${side}日期`,
      `${zh}(${side})`,
      `${zh}${side}`,
      `${sideEn} ${en}`,
      `${en} ${sideEn}`,
      `${en} date (${sideEn})`,
    ];
    return [
      col(`${m}.plan`, 'date', `计划${zh}`, `${en} (plan)`, forms('计划', 'plan')),
      col(`${m}.actual`, 'date', `实际${zh}`, `${en} (actual)`, forms('实际', 'actual')),
    ];
  });
}

export const PROJECTS_TABLE: TableSpec = {
  kind: 'projects',
  title: { 'zh-CN': '项目台账', en: 'Projects' },
  keys: ['code'],
  columns: [
    col('code', 'code', '项目编码', 'Code', [
      '编码',
      '项目代码',
      '代码',
      '项目编号',
      '编号',
      'project code',
      'project id',
    ]),
    col('name', 'text', '项目名称', 'Name', ['名称', '项目', 'project name', 'project']),
    col('tier', 'enum', '级别', 'Tier', ['项目级别', '项目类别', '类别', 'level']),
    col('town', 'choice', '镇街', 'Town / street', [
      '镇(街道)',
      '镇街道',
      '所属镇街',
      '所在镇街',
      '属地',
      'town',
      'street',
    ]),
    col('unit', 'choice', '责任单位', 'Responsible unit', [
      '牵头单位',
      '主管单位',
      '责任部门',
      'unit',
    ]),
    col('leader', 'choice', '挂钩领导', 'Linked leader', [
      '挂钩市领导',
      '联系领导',
      '分管领导',
      'leader',
    ]),
    col('industry', 'choice', '产业', 'Industry', ['行业', '产业类别', '所属行业', '所属产业']),
    col('battles', 'tags', '五大攻坚战', 'Battles', ['攻坚战', '所属攻坚战', 'battle']),
    col('stage', 'enum', '当前阶段', 'Stage', ['阶段', '项目阶段', '进度阶段', 'current stage']),
    col('totalInvestment', 'money', '总投资（万元）', 'Total investment (万元)', [
      '计划总投资',
      '项目总投资',
      'total investment',
    ]),
    col('annualPlan', 'money', '年度计划投资（万元）', 'Annual plan (万元)', [
      '年度计划',
      '年计划投资',
      '本年计划投资',
      '年度投资计划',
      'annual planned investment',
      'annual plan',
    ]),
    col('investmentToDate', 'money', '年度已完成投资（万元）', 'Done this year (万元)', [
      '本年完成投资',
      '年度完成投资',
      '本年已完成投资',
      '已完成投资',
      '完成投资',
      'investment done',
      'done this year',
    ]),
    ...milestoneColumns(),
    col('notes', 'text', '备注', 'Notes', ['说明', 'note', 'remarks']),
    col('nextStep', 'text', '下一步', 'Next step', ['下一步计划', '下步工作', '下一步工作']),
  ],
};

export const WORKSTREAMS_TABLE: TableSpec = {
  kind: 'workstreams',
  title: { 'zh-CN': '精细台账', en: 'Stage ledger' },
  keys: ['code', 'workstream'],
  columns: [
    col('code', 'code', '项目编码', 'Code', ['编码', '项目代码', '项目编号', 'project code']),
    col('name', 'text', '项目名称', 'Name', ['名称', 'project name'], true),
    col('workstream', 'enum', '工作事项', 'Workstream', [
      '事项',
      '台账类别',
      '工作内容',
      '环节',
      'work stream',
    ]),
    col('planStart', 'date', '计划开始', 'Planned start', [
      '计划开始时间',
      '计划开始日期',
      'plan start',
    ]),
    col('planEnd', 'date', '计划完成', 'Planned end', [
      '计划完成时间',
      '计划结束',
      '计划结束时间',
      'plan end',
    ]),
    col('actualStart', 'date', '实际开始', 'Actual start', ['实际开始时间', '实际开始日期']),
    col('actualEnd', 'date', '实际完成', 'Actual end', [
      '实际完成时间',
      '实际结束',
      '实际结束时间',
    ]),
    col('percent', 'percent', '完成比例（%）', 'Done (%)', [
      '完成比例',
      '完成进度',
      '进度',
      '完成率',
      'percent',
      'percent done',
    ]),
    col('owner', 'text', '责任人', 'Owner', ['负责人', '经办人']),
    col('note', 'text', '备注', 'Note', ['说明', 'notes', 'remarks']),
  ],
};

/**
 * Targets, one per row: a figure (a batch, or investment) for the whole year or up to a period's
 * end (a cumulative plan: 以旬保月、以月保季), for the campaign or for one town or unit (镇街 and 责任单位
 * targets are annual). A file with only 指标 and 年度目标 sets the five annual targets.
 */
export const TARGETS_TABLE: TableSpec = {
  kind: 'targets',
  title: { 'zh-CN': '目标与计划', en: 'Targets and plans' },
  keys: ['batch'],
  columns: [
    col('batch', 'enum', '指标', 'Figure', [
      '五个一批',
      '类别',
      '项目类别',
      '批次',
      'batch',
      'figure',
      'indicator',
    ]),
    col('period', 'text', '期间', 'Period', ['时段', '时间段', '截止期间', '周期', 'period']),
    col('town', 'choice', '镇街', 'Town / street', [
      '镇(街道)',
      '镇街道',
      '所属镇街',
      'town',
      'street',
    ]),
    col('unit', 'choice', '责任单位', 'Responsible unit', ['牵头单位', '主管单位', 'unit']),
    col('target', 'count', '目标', 'Target', [
      '年度目标',
      '目标值',
      '计划目标',
      '累计计划',
      '计划数',
      'annual target',
      'plan',
    ]),
    col('actual', 'count', '已完成', 'Done', ['完成', '实际完成', 'actual'], true),
  ],
};

/**
 * Problems (问题) upserted by their ID: a problem exported from here carries it; a town's own
 * numbering becomes the ID of the problems it creates, so the next file from that town updates
 * them. A row without an ID matches the one problem of its project with the same description.
 */
export const PROBLEMS_TABLE: TableSpec = {
  kind: 'problems',
  title: { 'zh-CN': '问题清单', en: 'Problems' },
  keys: ['projectCode'],
  columns: [
    col('id', 'code', '问题编号', 'Problem ID', ['问题id', 'problem id', 'id']),
    col('projectCode', 'code', '项目编码', 'Project code', [
      '编码',
      '项目代码',
      '项目编号',
      'project code',
      'code',
    ]),
    col('projectName', 'text', '项目名称', 'Project', ['项目', 'project name', 'project'], true),
    col('description', 'text', '问题描述', 'Description', [
      '问题',
      '问题内容',
      '存在问题',
      '存在的问题',
      '困难问题',
      'problem',
      'description',
    ]),
    col('scope', 'enum', '权限', 'Authority', [
      '权限类型',
      '问题类型',
      '办理权限',
      '协调权限',
      'scope',
      'authority',
    ]),
    col('raisedOn', 'date', '提出日期', 'Raised on', [
      '提出时间',
      '反映日期',
      '反映时间',
      '提出',
      'raised',
    ]),
    col('ownerUnit', 'choice', '责任单位', 'Owner unit', [
      '牵头单位',
      '办理单位',
      '责任部门',
      'owner',
      'unit',
    ]),
    col('escalation', 'enum', '挂钩层级', 'Escalated to', [
      '挂钩级别',
      '协调层级',
      '四级挂钩',
      'escalation',
    ]),
    col('status', 'enum', '状态', 'Status', ['办理状态', '销号状态', '是否销号', 'status']),
    col('resolvedOn', 'date', '销号日期', 'Resolved on', [
      '销号时间',
      '解决日期',
      '解决时间',
      '办结日期',
      'closed on',
      'resolved',
    ]),
    col('resolution', 'text', '解决情况', 'Resolution', [
      '销号情况',
      '办理情况',
      '办理结果',
      '解决措施',
      'resolution',
    ]),
    col('due', 'date', '办结期限', 'Due', ['期限', '办理期限', 'due date', 'due'], true),
  ],
};

export const TABLES: Readonly<Record<TableKind, TableSpec>> = {
  projects: PROJECTS_TABLE,
  workstreams: WORKSTREAMS_TABLE,
  targets: TARGETS_TABLE,
  problems: PROBLEMS_TABLE,
};

/** The words a workstream or batch cell may hold, besides the vocabulary's own. */
export const ENUM_WORDS: Readonly<Record<string, Record<string, Words>>> = {
  workstream: WORKSTREAM_WORDS,
  batch: BATCH_WORDS,
};

export function columnTitle(column: ColumnSpec, locale: Locale): string {
  return column.title[locale];
}
