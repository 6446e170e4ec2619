// Messages of the dashboard's charts: their cards, controls and export (the words drawn inside a
// chart are src/charts/dashboard-words.ts).
import { defineMessages } from './define.ts';

export const dashboardMessages = defineMessages(
  {
    'charts.title': '图表',
    'charts.loading': '图表加载中…',
    'charts.loadFailed': '图表未能加载：{error}',
    'charts.figure': '指标',
    'charts.exportPng': '导出 PNG',
    'charts.exporting': '正在导出…',
    'charts.exportFailed': '导出图片失败：{error}',
    'charts.print': '打印总览',
    'charts.scopeKind': '排名对象',
    'charts.towns': '镇街',
    'charts.units': '责任单位',
    'charts.noRanked':
      '尚无可排名的对象：镇街或单位需有项目的年度计划投资，或在“目标分解”中设定目标。',
  },
  {
    'charts.title': 'Charts',
    'charts.loading': 'Loading charts…',
    'charts.loadFailed': 'The charts could not be loaded: {error}',
    'charts.figure': 'Figure',
    'charts.exportPng': 'Export PNG',
    'charts.exporting': 'Exporting…',
    'charts.exportFailed': 'Could not export the image: {error}',
    'charts.print': 'Print dashboard',
    'charts.scopeKind': 'Rank',
    'charts.towns': 'Towns',
    'charts.units': 'Units',
    'charts.noRanked':
      'Nothing to rank yet: towns or units need projects with annual planned investment, or targets set under Targets.',
  },
);
