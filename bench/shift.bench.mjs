/* global requestIdleCallback -- functions passed to page.evaluate() run in the page */
// A compressed agent shift in headless Chromium, on the built drop-in (dist/clid-picker.min.js;
// `npm run build` first): does anything of ours outlive its elements?
//
// One page goes through SHIFT_VIEWS record views (default 1,000). Each view mounts a
// <clid-dialer> and a <clid-picker>, each with a store of its own made from a 1,000-number
// config (every 20th picker loads its config from `config-src` instead: 50 loads), places 10
// calls through the dialer (10,000 calls), hot-reloads the dialer's config on every 10th view
// (100 reloads), and removes the view. Printed at the start (after one warm-up view, so the
// lazily loaded chunks and templates are in the baseline) and at the end, after garbage
// collection, over the DevTools protocol: JS heap in use, event listeners on window and on
// document, the renderer's DOM nodes and JS event listeners (Memory.getDOMCounters).
// Targets (issue 11): heap growth ≤ 1 MB; listeners and nodes back to their start.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { measure } from '../scripts/memory-plugin.mjs';
import { serve } from '../scripts/static-server.mjs';

const VIEWS = Number(process.env.SHIFT_VIEWS || 1000);
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(`${dist}clid-picker.min.js`)) {
  console.error('dist/clid-picker.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

const config = (name) => ({
  accountId: 'shift',
  agentId: 'agent-7',
  numbers: Array.from({ length: 1000 }, (_, i) => ({
    id: `n${i}`,
    number: `+4420${String(70000000 + i * 7).padStart(8, '0')}`,
    name: `${name} ${String(i).padStart(4, '0')}`,
  })),
  rules: { prefixes: [{ prefix: '+1', number: 'n1' }] },
});

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module">
  import './dist/clid-picker.min.js';
  window.ready = true;
</script></head><body></body></html>`;

/** Runs in the page: `views` record views, from `first`; returns how many calls were placed. */
async function shift({ first, views, configText }) {
  const nextTask = () => new Promise((done) => setTimeout(done, 0));
  let calls = 0;
  for (let v = first; v < first + views; v++) {
    const view = document.createElement('section');
    const dialer = document.createElement('clid-dialer');
    const picker = document.createElement('clid-picker');
    // Each view gets its config as a CRM's API would hand it over: a new object.
    dialer.config = JSON.parse(configText);
    if (v % 20 === 0) picker.setAttribute('config-src', '/config.json');
    else picker.config = JSON.parse(configText);
    view.append(dialer, picker);
    document.body.append(view);
    while (!picker.value || !dialer.value) await nextTask();
    for (let c = 0; c < 10; c++, calls++) await dialer.dial(c % 2 ? '+14155550123' : '+442079460123');
    if (v % 10 === 0) {
      const reloaded = JSON.parse(configText);
      reloaded.numbers[0].name = `Reloaded ${v}`;
      dialer.config = reloaded;
      await dialer.updateComplete;
    }
    view.remove();
  }
  // Removals become final a task later; the prefetches' idle callbacks are called off.
  await nextTask();
  await new Promise((done) => requestIdleCallback(done));
  return calls;
}

const MB = 1024 * 1024;
const root = mkdtempSync(join(tmpdir(), 'clid-shift-'));
const configText = JSON.stringify(config('Line'));
writeFileSync(join(root, 'index.html'), PAGE);
writeFileSync(join(root, 'config.json'), configText);
const server = await serve({ root, mounts: { '/dist/': dist } });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction('window.ready === true');
  const cdp = await page.createCDPSession();
  await page.evaluate(shift, { first: 0, views: 1, configText }); // warm-up view
  const start = await measure(cdp);
  const began = performance.now();
  const calls = await page.evaluate(shift, { first: 1, views: VIEWS, configText });
  const seconds = (performance.now() - began) / 1000;
  const end = await measure(cdp);
  const row = (what, key, unit = 1, digits = 0) => ({
    what,
    start: (start[key] / unit).toFixed(digits),
    end: (end[key] / unit).toFixed(digits),
    growth: `${end[key] >= start[key] ? '+' : ''}${((end[key] - start[key]) / unit).toFixed(digits)}`,
  });
  console.log(
    `${VIEWS} record views (a dialer and a picker each, 1,000 numbers), ${calls} calls, ${Math.floor(VIEWS / 10)} hot reloads, ${Math.floor(VIEWS / 20)} config-src loads: ${seconds.toFixed(1)} s`,
  );
  console.table([
    row('JS heap after GC (MB)', 'heap', MB, 2),
    row('window listeners', 'windowListeners'),
    row('document listeners', 'documentListeners'),
    row('DOM nodes', 'nodes'),
    row('JS event listeners', 'jsEventListeners'),
  ]);
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  console.table([
    { target: 'heap growth ≤ 1 MB', result: verdict(end.heap - start.heap <= MB) },
    {
      target: 'window and document listeners back to the start',
      result: verdict(end.windowListeners <= start.windowListeners && end.documentListeners <= start.documentListeners),
    },
    {
      target: 'DOM nodes and JS event listeners back to the start',
      result: verdict(end.nodes <= start.nodes && end.jsEventListeners <= start.jsEventListeners),
    },
  ]);
} finally {
  await browser.close();
  await server.close();
}
