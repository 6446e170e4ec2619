// Import speed at 10,000 projects, beside its peer in the same browser and run: our import
// (file bytes → decoded, parsed, validated preview → committed and saved in IndexedDB) against a
// bare TextDecoder + PapaParse parse and a Dexie bulkPut of the same rows.
// Run after `npm run build`: node scripts/bench-import.mjs [port]   (prints a table of medians)
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import iconv from 'iconv-lite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.js';

const PORT = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4179);
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOWNS = ['永和镇', '安海镇', '英林镇', '新塘街道', '东石镇'];

function ledgerCsv() {
  const header =
    '项目编码,项目名称,级别,镇街,责任单位,总投资(万元),年度计划投资(万元),计划开工,实际开工,备注';
  const lines = [header];
  for (let i = 1; i <= ROWS; i++) {
    const n = String(i).padStart(5, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      `B-${n},示例项目 ${n},${i % 7 === 0 ? '重大' : '本级重点'},${TOWNS[i % 5]},市发改局,${(i * 37) % 90000},` +
        `${(i * 13) % 9000},2018-${month}-01,2018年${(i % 12) + 1}月15日,"备注 ${n}，含逗号"`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
const text = ledgerCsv();
const files = {
  'UTF-8': join(dir, 'ledger-utf8.csv'),
  GB18030: join(dir, 'ledger-gb18030.csv'),
};
writeFileSync(files['UTF-8'], '\uFEFF' + text);
writeFileSync(files.GB18030, iconv.encode(text, 'gb18030'));

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: CHROMIUM_ARGS,
});
const results = [];
try {
  for (const [label, file] of Object.entries(files)) {
    const ours = [];
    const peer = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('pageerror:', e.message));
      page.on('crash', () => console.error('page crashed'));
      await page.goto(`http://127.0.0.1:${PORT}/#/data`);
      await page.getByTestId('project-count').waitFor();
      await page.getByTestId('campaign-new').click();
      await page.getByTestId('dialog-input').fill(`bench ${run}`);
      await page.getByTestId('dialog-ok').click();
      await page.getByTestId('project-count').and(page.locator('[data-count="0"]')).waitFor();
      const start = Date.now();
      await page.getByTestId('import-file').setInputFiles(file);
      await page.locator(`[data-testid="import-preview"][data-new="${ROWS}"]`).waitFor();
      await page.getByTestId('import-confirm').click();
      await page.locator(`[data-testid="project-count"][data-count="${ROWS}"]`).waitFor();
      await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
      ours.push(Date.now() - start);

      // The peer: the same bytes decoded, parsed by PapaParse and put into IndexedDB by Dexie.
      await page.addScriptTag({ path: 'node_modules/papaparse/papaparse.min.js' });
      await page.addScriptTag({ path: 'node_modules/dexie/dist/dexie.min.js' });
      const bytes = [...(await import('node:fs')).readFileSync(file)];
      peer.push(
        await page.evaluate(
          async ({ bytes, encoding, run }) => {
            const buffer = new Uint8Array(bytes);
            const t0 = performance.now();
            const decoded = new TextDecoder(encoding).decode(buffer);
            const { data } = globalThis.Papa.parse(decoded, { skipEmptyLines: true });
            const db = new globalThis.Dexie(`peer-${run}`);
            db.version(1).stores({ rows: 'id' });
            await db.rows.bulkPut(data.slice(1).map((cells, i) => ({ id: i, cells })));
            const t1 = performance.now();
            db.close();
            return t1 - t0;
          },
          { bytes, encoding: label === 'UTF-8' ? 'utf-8' : 'gb18030', run },
        ),
      );
      await context.close();
    }
    results.push({ label, ours: median(ours), peer: median(peer) });
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nCSV import of ${ROWS.toLocaleString('en')} projects, median of ${RUNS} runs (ms)\n`);
console.log(
  '| file | ours: bytes → preview → committed & saved | bare PapaParse + Dexie bulkPut | ratio | ≤ 1 s | ≤ 2 × |',
);
console.log('|---|---|---|---|---|---|');
for (const r of results) {
  const ratio = r.ours / r.peer;
  console.log(
    `| ${r.label} | ${Math.round(r.ours)} | ${Math.round(r.peer)} | ${ratio.toFixed(2)} | ${r.ours <= 1000 ? 'yes' : 'NO'} | ${ratio <= 2 ? 'yes' : 'NO'} |`,
  );
}
