// Writes the import test files in tests/fixtures/: the encodings Chinese Excel and WPS save
// (GBK/GB18030 by iconv-lite, UTF-16 with a BOM, UTF-8 with and without one) and broken files.
// Run: node scripts/make-fixtures.mjs   (the files are committed; rerun after changing this)
import { mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';

const dir = new URL('../tests/fixtures/', import.meta.url);
mkdirSync(dir, { recursive: true });
const write = (name, bytes) => writeFileSync(new URL(name, dir), bytes);
const crlf = (lines) => lines.join('\r\n') + '\r\n';

// Two new projects and one already in the sample ledger (JJ2018-0001, 安踏一体化产业园).
const projects = [
  '项目编码,项目名称,镇街,责任单位,总投资(万元),年度计划投资(万元),实际签约,计划开工,备注',
  'GBK-0101,晋江市域8号路(二期),英林镇,交通运输局,"12,000",3.5亿,2018年2月9日,2018/6/1,"含引号""与,逗号"',
  'GBK-0102,永和镇坂头村安置房,永和镇,住建局,8000,2000,,2018.3.15,',
  'JJ2018-0001,安踏一体化产业园,,,,,,,物流一期收尾',
];
write('projects-gbk.csv', iconv.encode(crlf(projects), 'gbk'));

// GB18030 proper: 𠮷 (U+20BB7) and 䶮 (U+4DAE) have no GBK code; they take four bytes.
const rare = [
  '项目编码,项目名称,镇街',
  '0101,𠮷祥路改造,东石镇',
  '350582199001011234,䶮山工业园,安海镇',
];
write('projects-gb18030.csv', iconv.encode(crlf(rare), 'gb18030'));

// Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
const tsv = ['项目编码\t项目名称\t总投资（万元）', 'U16-0001\t东石镇南环路\t1,234.5'];
write(
  'projects-utf16le.txt',
  Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf(tsv), 'utf16le')]),
);
write(
  'projects-utf16be.txt',
  Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(crlf(tsv), 'utf16be')]),
);

// Excel's "CSV UTF-8": a BOM before the header.
write(
  'projects-utf8-bom.csv',
  '\uFEFF' + crlf(['项目编码,项目名称', 'B-0001,安海镇南环路改造提升工程']),
);
write('projects-utf8.csv', crlf(['code;name;town', 'S-0001;外曾桥;安海镇']));
write(
  'cr-only.csv',
  ['项目编码,项目名称', 'CR-0001,菌柄桥', 'CR-0002,"两行\r名称"'].join('\r') + '\r',
);

// Broken or odd files.
write('empty.csv', '');
write('header-only.csv', crlf(['项目编码,项目名称,镇街']));
write('ragged.csv', crlf(['项目编码,项目名称', 'R-0001,一,多余', 'R-0002']));
write('unclosed-quote.csv', crlf(['项目编码,项目名称', 'Q-0001,"没有结束的引号', 'Q-0002,下一行']));
write('stray-quote.csv', crlf(['项目编码,项目名称', 'Q-0003,"名称"多余', 'Q-0004,正常']));
write('proto-header.csv', crlf(['项目编码,__proto__,项目名称,constructor', 'P-0001,x,原型,y']));
write(
  'bad-values.csv',
  iconv.encode(
    crlf([
      '项目编码,项目名称,总投资(万元),实际开工,级别',
      'X-0001,好的一行,100,2018-02-01,重大',
      'X-0002,金额不对,很多,2018-02-01,重大',
      'X-0003,日期不对,100,2018-02-30,重大',
      'X-0001,编码重复,100,,',
      ',没有编码,100,,',
    ]),
    'gbk',
  ),
);
write(
  'workstreams.csv',
  crlf([
    '项目编码,项目名称,工作事项,计划开始,计划完成,实际开始,实际完成,完成比例(%),责任人,备注',
    'JJ2018-0001,安踏一体化产业园,征地拆迁,2018-01-01,2018-03-31,2018-01-05,,80,王伟,剩余3户',
    'NOPE-0001,不存在,招商签约,,,,,,,',
    'JJ2018-0001,安踏一体化产业园,不是事项,,,,,,,',
  ]),
);
write('targets.csv', crlf(['指标,年度目标(个)', '策划生成一批,210', '签约一批,55', '技改增资,12']));

// A workbook like a planner's: a title row above the header, typed cells, a second sheet.
await writeXlsxFile([
  {
    sheet: '项目台账',
    data: [
      [{ value: '2018年重点项目台账', type: String }],
      ['项目编码', '项目名称', '总投资（万元）', '计划开工', '镇街'].map((value) => ({
        value,
        type: String,
      })),
      [
        { value: '0101', type: String, format: '@' },
        { value: '晋华集成电路', type: String },
        { value: 3700000, type: Number },
        { value: new Date(Date.UTC(2018, 1, 9)), type: Date, format: 'yyyy-mm-dd' },
        { value: '新塘街道', type: String },
      ],
      [
        { value: '350582199001011234', type: String, format: '@' },
        { value: '百宏差别化化纤', type: String },
        { value: 1234.5, type: Number },
        null,
        { value: '龙湖镇', type: String },
      ],
    ],
  },
  {
    sheet: '目标',
    data: [
      ['指标', '年度目标'].map((value) => ({ value, type: String })),
      [
        { value: '签约', type: String },
        { value: 60, type: Number },
      ],
    ],
  },
]).toFile(new URL('projects.xlsx', dir).pathname);
// A town's workbook: projects, targets and problems on their own sheets, and a sheet of notes.
// The problem names a project that the same workbook adds.
const text = (value) => ({ value, type: String });
await writeXlsxFile([
  {
    sheet: '项目',
    data: [
      ['项目编码', '项目名称', '镇街', '责任单位', '总投资（万元）', '下一步'].map(text),
      [
        text('WB-0001'),
        text('南联新能源汽车综合体'),
        text('英林镇'),
        text('市商务局'),
        { value: 150000, type: Number },
        null,
      ],
      [text('JJ2018-0001'), text('安踏一体化产业园'), null, null, null, text('生产区一期主体封顶')],
    ],
  },
  {
    sheet: '目标',
    data: [
      ['指标', '期间', '镇街', '目标'].map(text),
      [text('签约'), text('一季度'), null, { value: 15, type: Number }],
      [text('落地开工'), text('全年'), text('英林镇'), { value: 12, type: Number }],
    ],
  },
  {
    sheet: '问题',
    data: [
      ['项目编码', '问题描述', '权限', '提出日期', '责任单位'].map(text),
      [
        text('WB-0001'),
        text('电力接入方案未批复'),
        text('外部权限'),
        { value: new Date(Date.UTC(2018, 1, 10)), type: Date, format: 'yyyy-mm-dd' },
        text('供电公司'),
      ],
    ],
  },
  { sheet: '说明', data: [[text('本表由英林镇填报')], [text('联系人：王伟')]] },
]).toFile(new URL('workbook.xlsx', dir).pathname);
console.log('fixtures written to tests/fixtures/');
