// A paste of 1,000 rows × 10 columns into the ledger of a 10,000-project campaign: from the paste
// event (cells copied from Excel, as text/plain) until the edits are applied and saved in
// IndexedDB (the save status says so). Each paste writes values the rows do not hold yet.
import { APP_MARKS, markTime, shownProjectCount } from '../lib/bench.mjs';

const COUNT = 10_000;
const ROWS = 1000;
const TOWNS = ['永和镇', '安海镇', '英林镇', '新塘街道', '东石镇'];

/**
 * Ten columns from 项目名称 to 年度计划投资, as Excel copies them (TSV, CRLF): Chinese text, tiers,
 * tags, and amounts written as planners write them (1,234.5 / 6000万 / 0.9亿).
 */
function block(round) {
  const lines = [];
  for (let i = 0; i < ROWS; i++) {
    const n = i + 1;
    lines.push(
      [
        `粘贴项目 ${round}-${n}`,
        n % 7 === 0 ? '重大' : '本级重点',
        TOWNS[(n + round) % TOWNS.length],
        '市发改局',
        '市长',
        '纺织鞋服',
        n % 2 === 0 ? '产业招商' : '固投完成、投资推进',
        n % 3 === 0 ? '在建' : '前期',
        `${(1000 + round * 10 + n).toLocaleString('en')}.5`,
        n % 5 === 0 ? `0.${(round % 9) + 1}亿` : `${5000 + round + n}万`,
      ].join('\t'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const DOUBLE_CLICK_MS = 600;
let lastClick = 0;

/**
 * Milliseconds from the paste event until the save status, having left "saved", is back to it.
 * The event is what a browser delivers for Ctrl+V of cells copied in Excel: a `paste` on the
 * focused element, its clipboard holding the text as text/plain.
 */
async function paste(page, text) {
  const firstName = page.locator(
    '[data-testid="projects-grid"] .ht_clone_inline_start tbody tr:nth-child(1) td[data-field="name"]',
  );
  // Handsontable reads two clicks on one cell within 500 ms as a double click, which opens the
  // editor (the paste would go into it): leave the time a person takes between two pastes.
  await page.waitForTimeout(Math.max(0, lastClick + DOUBLE_CLICK_MS - Date.now()));
  await firstName.click();
  lastClick = Date.now();
  const ms = await page.evaluate(
    (tsv) =>
      new Promise((resolve, reject) => {
        const status = () =>
          document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status');
        let left = false;
        let start = 0;
        const observer = new MutationObserver(() => {
          const now = status();
          if (now !== 'saved') left = true;
          else if (left) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-status'],
        });
        setTimeout(() => reject(new Error(`not saved within a minute (${status()})`)), 60_000);
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', tsv);
        const event = new ClipboardEvent('paste', {
          clipboardData,
          bubbles: true,
          cancelable: true,
        });
        start = event.timeStamp;
        (document.activeElement ?? document.body).dispatchEvent(event);
      }),
    text,
  );
  const expected = text.slice(0, text.indexOf('\t'));
  const shown = await firstName.textContent();
  if (shown !== expected) throw new Error(`the first row shows ${shown}, not ${expected}`);
  const refused = page.getByTestId('grid-error');
  if (await refused.isVisible()) {
    throw new Error(`the sheet refused part of the paste: ${await refused.textContent()}`);
  }
  return ms;
}

export default {
  id: 'paste',
  async measure(bench) {
    // The figure changes the ledger: a campaign of its own.
    const context = await bench.freshCampaign(COUNT);
    try {
      const page = await bench.open(context, '#/projects');
      await markTime(page, APP_MARKS.gridReady);
      const count = await shownProjectCount(page);
      if (count !== COUNT) throw new Error(`the app opened ${count} projects, not ${COUNT}`);
      // One unmeasured paste, then one a run, each with new values.
      await paste(page, block(0));
      const samples = [];
      for (let run = 1; run <= bench.runs; run++) samples.push(await paste(page, block(run)));
      if ((await shownProjectCount(page)) !== COUNT) throw new Error('the paste added rows');
      return [
        {
          figure: `paste ${ROWS.toLocaleString('en')} rows × 10 columns into the 10k ledger (paste → saved)`,
          unit: 'ms',
          ours: samples,
          targets: [{ max: 1000, on: 'ours' }],
        },
      ];
    } finally {
      // A page that crashed takes its context with it: the measuring error is the one to report.
      await context.close().catch(() => {});
    }
  },
};
