// The battle map at 1,000 and 10,000 projects, each with its five workstreams: from navigating
// to #/battlemap (campaign stored) until the chart is painted, and one mouse-wheel notch over the
// chart until the scrolled rows are painted. At 1,000 projects, beside Frappe Gantt drawing the
// same bars (each project's span and its workstreams) in a box of the same size, in the same run,
// runs alternating. Frappe Gantt is not run at 10,000: it draws every bar into the page at once.
import { APP_MARKS, markTime, shownProjectCount } from '../lib/bench.mjs';

const CHART = '[data-testid="battlemap-chart"]';
const FRAPPE = '.gantt-container';
/** One notch of a mouse wheel, in CSS pixels. */
const NOTCH = 100;

/**
 * Milliseconds from a real wheel notch over `selector` (the input event's time) until the frame
 * showing its result has been painted. `kind` says how the result shows: the battle map's first
 * row changes (data-row-start), or the element scrolls.
 */
async function scrollStep(page, selector, kind) {
  await page.evaluate(
    ([sel, how]) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      const painted = (resolve, start) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      window.__scrollStep = new Promise((resolve) => {
        el.addEventListener(
          'wheel',
          (event) => {
            const start = event.timeStamp;
            if (how === 'scroll') {
              el.addEventListener('scroll', () => painted(resolve, start), { once: true });
              return;
            }
            const before = el.dataset.rowStart;
            const observer = new MutationObserver(() => {
              if (el.dataset.rowStart === before) return;
              observer.disconnect();
              painted(resolve, start);
            });
            observer.observe(el, { attributes: true, attributeFilter: ['data-row-start'] });
          },
          { capture: true, passive: true, once: true },
        );
      });
    },
    [selector, kind],
  );
  const box = await page.locator(selector).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, NOTCH);
  return page.evaluate(() => window.__scrollStep);
}

async function ours(bench, context, count) {
  const page = await bench.open(context, '#/battlemap');
  const ms = await markTime(page, APP_MARKS.battlemapReady);
  const shown = await shownProjectCount(page);
  if (shown !== count) throw new Error(`the app opened ${shown} projects, not ${count}`);
  const chart = page.locator(CHART);
  const rows = Number(await chart.getAttribute('data-rows'));
  if (rows !== count) throw new Error(`the battle map drew ${rows} projects, not ${count}`);
  const box = await chart.boundingBox();
  const scroll = await scrollStep(page, CHART, 'rows');
  await page.close();
  return { ms, scroll, box };
}

async function frappe(bench, context, count, box) {
  const query = `count=${count}&w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
  const page = await bench.open(context, `bench/frappe-gantt.html?${query}`);
  const ready = await markTime(page, 'bench:gantt-ready');
  // Building the tasks stands in for the app's read from IndexedDB: not Frappe Gantt's time.
  const building = await page.evaluate(
    () =>
      performance.getEntriesByName('bench:tasks-ready')[0].startTime -
      performance.getEntriesByName('bench:tasks-start')[0].startTime,
  );
  const tasks = Number(await page.evaluate(() => document.body.dataset.tasks));
  const scroll = await scrollStep(page, FRAPPE, 'scroll');
  await page.close();
  return { ms: ready - building, scroll, tasks };
}

const label = (count) => `${count / 1000}k`;

export default {
  id: 'battlemap',
  async measure(bench) {
    const rows = [];
    for (const count of [1000, 10_000]) {
      const context = await bench.campaign(count, { workstreams: true });
      const withPeer = count === 1000;
      // One unmeasured round of each first (off-the-record contexts keep no V8 code cache to warm).
      const { box } = await ours(bench, context, count);
      let tasks = 0;
      if (withPeer) ({ tasks } = await frappe(bench, context, count, box));
      const samples = { first: [], scroll: [], peerFirst: [], peerScroll: [] };
      for (let run = 0; run < bench.runs; run++) {
        const o = await ours(bench, context, count);
        samples.first.push(o.ms);
        samples.scroll.push(o.scroll);
        if (!withPeer) continue;
        const f = await frappe(bench, context, count, box);
        samples.peerFirst.push(f.ms);
        samples.peerScroll.push(f.scroll);
      }
      const peer = (name, samplesOf) => (withPeer ? { peer: { name, samples: samplesOf } } : {});
      const what = `${label(count)} projects × 5 workstreams`;
      const frappeName = `Frappe Gantt, same ${tasks.toLocaleString('en')} bars`;
      rows.push(
        {
          figure: `battle map first render, ${what} (#/battlemap → chart painted)`,
          unit: 'ms',
          ours: samples.first,
          ...peer(frappeName, samples.peerFirst),
          // At least 10× faster than Frappe Gantt: ours ÷ peer at most 0.1.
          ...(withPeer ? { targets: [{ max: 0.1, on: 'ratio' }] } : {}),
        },
        {
          figure: `battle map scroll step, ${what} (wheel notch → painted)`,
          unit: 'ms',
          ours: samples.scroll,
          ...peer(frappeName, samples.peerScroll),
        },
      );
    }
    return rows;
  },
};
