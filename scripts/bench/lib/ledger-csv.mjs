// A generated ledger file for the import benchmark, written the way planners' files are.

const TOWNS = ['永和镇', '安海镇', '英林镇', '新塘街道', '东石镇'];

/**
 * `rows` projects under Chinese headers, with both date styles (2018-03-01, 2018年3月15日), both
 * tiers and a quoted note (with a Chinese comma); CRLF line ends, as Excel writes them.
 */
export function ledgerCsv(rows) {
  const header =
    '项目编码,项目名称,级别,镇街,责任单位,总投资(万元),年度计划投资(万元),计划开工,实际开工,备注';
  const lines = [header];
  for (let i = 1; i <= rows; i++) {
    const n = String(i).padStart(5, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      `B-${n},示例项目 ${n},${i % 7 === 0 ? '重大' : '本级重点'},${TOWNS[i % 5]},市发改局,${(i * 37) % 90000},` +
        `${(i * 13) % 9000},2018-${month}-01,2018年${(i % 12) + 1}月15日,"备注 ${n}，含逗号"`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}
