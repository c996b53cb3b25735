/* global requestIdleCallback -- functions passed to page.evaluate() run in the page */
// What a page fetches of ours once idle: loads real pages against the built drop-in (dist/) in
// headless Chromium, lets them do what an agent does (type a destination, open a picker), waits
// until nothing more is fetched, and sums the gzip size (level 9) of every file of ours fetched.
//
//   node scripts/page-weight.mjs [--dist DIR]     prints both pages with their files
//   import { pageWeights } from './page-weight.mjs'   (scripts/size.mjs checks the budgets)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

/** Callback numbers in three countries: the UK, the US and Germany. */
const CONFIG = JSON.stringify({
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'mcr', number: '+441614960000', name: 'UK Support' },
    { id: 'us', number: '+12125550100', name: 'US East' },
    { id: 'sf', number: '+14155550100', name: 'US West' },
    { id: 'de', number: '+4930901820', name: 'Vertrieb Berlin' },
  ],
  accountDefault: 'uk',
  rules: {
    prefixes: [
      { prefix: '+44', number: 'uk' },
      { prefix: '+1', number: 'us' },
      { prefix: '+49', number: 'de' },
    ],
  },
});

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>weight</title>
<script type="module" src="/dist/clid-picker.min.js"></script></head><body>${body}</body></html>`;

/** The pages measured, and what the agent does on each. */
export const PAGES = [
  {
    name: 'dialer page (numbers in UK, US, DE; a UK destination typed)',
    html: page(`<clid-dialer region="GB" config='${CONFIG}'></clid-dialer>`),
    async act(tab) {
      const input = await tab.waitForSelector('clid-dialer >>> input');
      await input.click();
      await input.type('020 7946 0321');
      await tab.waitForFunction(() =>
        /Presenting UK Sales/.test(
          document.querySelector('clid-dialer')?.shadowRoot?.querySelector('[part=status]')?.textContent ?? '',
        ),
      );
    },
  },
  {
    name: 'picker-only page (numbers in UK, US, DE; opened once)',
    html: page(`<clid-picker label="Present as" config='${CONFIG}'></clid-picker>`),
    async act(tab) {
      const control = await tab.waitForSelector('clid-picker >>> [role=combobox]');
      await control.click();
      await tab.waitForSelector('clid-picker >>> [role=option]');
      // Shown in the countries' own grouping once the formats have arrived.
      await tab.waitForFunction(() =>
        [...document.querySelector('clid-picker').shadowRoot.querySelectorAll('[part~=option-number]')].some(
          (n) => n.textContent.trim() === '+44 161 496 0000',
        ),
      );
    },
  },
];

/** Waits until no request of the page has been in flight for `quietMs`. */
async function networkIdle(tab, inFlight, quietMs = 500) {
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (inFlight.size) since = Date.now();
  }
  // And the browser idle too: the elements prefetch their chunks in idle callbacks.
  await tab.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 3000 })));
  while (inFlight.size) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Loads each page, lets the agent act, and returns what it fetched from dist/.
 * @returns {Promise<{ name: string, files: { file: string, gzip: number }[], gzip: number }[]>}
 */
export async function pageWeights({ dist = 'dist' } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'clid-weight-'));
  PAGES.forEach((p, i) => writeFileSync(join(root, `p${i}.html`), p.html));
  const server = await serve({ root, mounts: { '/dist/': dist } });
  const browser = await launchChromium();
  const results = [];
  try {
    for (const [i, spec] of PAGES.entries()) {
      const tab = await browser.newPage();
      const fetched = new Set();
      const inFlight = new Set();
      const problems = [];
      tab.on('request', (r) => inFlight.add(r));
      tab.on('requestfinished', (r) => {
        inFlight.delete(r);
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/dist/')) fetched.add(path.slice('/dist/'.length));
      });
      tab.on('requestfailed', (r) => {
        inFlight.delete(r);
        problems.push(`request failed: ${r.url()}`);
      });
      tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await tab.goto(new URL(`p${i}.html`, server.url).href, { waitUntil: 'load' });
      await networkIdle(tab, inFlight);
      await spec.act(tab);
      await networkIdle(tab, inFlight);
      await tab.close();
      if (problems.length) throw new Error(`${spec.name}:\n  ${problems.join('\n  ')}`);
      const files = [...fetched]
        .sort()
        .map((file) => ({ file, gzip: gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length }));
      results.push({ name: spec.name, files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
  for (const r of await pageWeights({ dist })) {
    console.log(`${r.name}: ${(r.gzip / 1024).toFixed(2)} KiB gzip`);
    for (const f of r.files) console.log(`  ${(f.gzip / 1024).toFixed(2).padStart(6)}  ${f.file}`);
  }
}
