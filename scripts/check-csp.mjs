/* global Image -- functions passed to page.evaluate() run in the page */
// Runs the demo pages under a strict Content-Security-Policy with Trusted Types enforced, in
// headless Chromium (and Firefox ESR with --firefox), interacts a little, and fails on any CSP or
// Trusted Types violation, console error, page error or failed request.
//
//   node scripts/check-csp.mjs [--firefox] [--dist DIR] [--screenshots DIR]
//
// Serves demo/ at / and the built drop-in (dist/, or --dist) at /dist/, with the policy as a
// response header. Canaries (a foreign image and a string into innerHTML) prove the policy is enforced,
// so a missing header cannot pass for a clean page.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { executable } from './browsers.mjs';
import { launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The embedded demo loads its softphone frame from this server's other host name.
  "frame-src 'self' http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  // Lit creates one Trusted Types policy, named lit-html; nothing else may create one.
  'trusted-types lit-html',
].join('; ');

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const engine = args.includes('--firefox') ? 'firefox' : 'chromium';
const shots = opt('--screenshots');
if (shots) mkdirSync(shots, { recursive: true });

/** Each page and what to do on it; every step waits for its effect. */
const PAGES = [
  { path: 'index.html', steps: [openPicker('clid-picker')] },
  { path: 'crm/index.html', steps: [openPicker('clid-dialer >>> clid-picker'), typeAndCall, clickDialLink] },
  { path: 'crm/embedded.html', steps: [dialThroughFrame] },
];

// Runs in every document before its scripts: records violations where the check can read them.
function watch() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
    ),
  );
}

/** Opens the picker found by `picker` (a deep selector), then closes it. */
function openPicker(picker) {
  return async function openPicker(page) {
    const control = await page.waitForSelector(`${picker} >>> [role=combobox]`);
    await control.click();
    try {
      await page.waitForSelector(`${picker} >>> [role=option]`);
    } catch (error) {
      // Say what the picker was doing, so that a failure on a busy CI machine can be told apart.
      const seen = await control.evaluate((c) => {
        const root = c.getRootNode();
        const host = root.host;
        return JSON.stringify({
          expanded: c.getAttribute('aria-expanded'),
          busy: c.getAttribute('aria-busy'),
          focused: root.activeElement === c,
          value: host.value,
          shown: c.textContent.trim().slice(0, 60),
          popup: root.querySelector('[part=popup]')?.textContent.trim().slice(0, 60) ?? null,
          message: root.querySelector('[part~=message]')?.textContent.trim() ?? null,
        });
      });
      throw new Error(`${error.message.split('\n')[0]}; the picker: ${seen}`, { cause: error });
    }
    await page.keyboard.press('Escape');
  };
}

async function typeAndCall(page) {
  const input = await page.waitForSelector('clid-dialer >>> input');
  await input.click();
  await input.type('020 7946 0321');
  await page.waitForFunction(() =>
    /UK Sales/.test(
      document.querySelector('clid-dialer')?.shadowRoot?.querySelector('[part=status]')?.textContent ?? '',
    ),
  );
  await (await page.$('clid-dialer >>> [part=call]')).click();
  await page.waitForSelector('#log [data-kind=call]');
}

async function clickDialLink(page) {
  const before = await page.$$eval('#log [data-kind=call]', (l) => l.length);
  await page.click('[data-clid-dial][data-clid-record*=Finance]');
  await page.waitForFunction((n) => document.querySelectorAll('#log [data-kind=call]').length > n, {}, before);
}

async function dialThroughFrame(page) {
  await page.waitForSelector('#bridge-status[data-state=ready]');
  await page.click('[data-dial][data-record*=Support]');
  await page.waitForSelector('#log [data-kind=call]');
}

/**
 * Proves the policy is in force: an image from another origin must be refused and reported, and a
 * string must not reach innerHTML (where the engine has Trusted Types).
 */
async function canaries(page) {
  return page.evaluate(async () => {
    const out = {};
    const before = window.__violations.length;
    new Image().src = 'http://csp-canary.invalid/x.png';
    // The report comes in a task of its own, later on a busy machine: wait for it (up to 10 s),
    // not for a fixed time that a loaded machine may overrun.
    const reported = () => window.__violations.slice(before).some((v) => v.startsWith('img-src'));
    for (const deadline = Date.now() + 10_000; !reported() && Date.now() < deadline;)
      await new Promise((r) => setTimeout(r, 10));
    out.csp = reported() ? 'blocked' : 'allowed';
    try {
      document.createElement('div').innerHTML = '<b>canary</b>';
      out.trustedTypes = 'trustedTypes' in window ? 'allowed' : 'unsupported';
    } catch {
      out.trustedTypes = 'blocked';
    }
    return out;
  });
}

const browser =
  engine === 'firefox'
    ? await puppeteer.launch({ browser: 'firefox', executablePath: executable('firefox'), headless: true })
    : await launchChromium();
const server = await serve({
  root: 'demo',
  headers: { 'content-security-policy': CSP },
  mounts: { '/dist/': opt('--dist') ?? 'dist' },
});
const problems = [];
const notes = [];
try {
  for (const { path, steps } of PAGES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const seen = [];
    // The browser's own favicon request is not the page's doing.
    const own = (url = '') => !url.endsWith('/favicon.ico');
    page.on(
      'console',
      (m) => m.type() === 'error' && own(m.location()?.url) && seen.push(`console error: ${m.text()}`),
    );
    page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => seen.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => r.status() >= 400 && own(r.url()) && seen.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.evaluateOnNewDocument(watch);
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    for (const step of steps) {
      await step(page).catch((e) => seen.push(`step ${step.name} failed: ${e.message.split('\n')[0]}`));
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const frame of page.frames()) {
      const list = await frame.evaluate(() => window.__violations ?? ['violation watcher missing']).catch(() => []);
      seen.push(...list.map((v) => `violation in ${frame.url()}: ${v}`));
    }
    if (shots) await page.screenshot({ path: `${shots}/${engine}-${path.replace(/\W+/g, '-')}.png`, fullPage: true });
    for (const type of ['console', 'pageerror', 'requestfailed', 'response']) page.removeAllListeners(type);
    const c = await canaries(page);
    if (c.csp !== 'blocked') seen.push('canary: a foreign image was not blocked (is the policy served?)');
    if (c.trustedTypes === 'allowed') seen.push('canary: a string reached innerHTML (Trusted Types not enforced)');
    if (c.trustedTypes === 'unsupported') notes.push(`${engine}: no Trusted Types support; checked CSP only`);
    console.log(`${seen.length ? 'FAIL' : 'ok  '} ${engine} /${path}`);
    problems.push(...seen.map((s) => `  /${path}: ${s}`));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
for (const n of new Set(notes)) console.log(`note: ${n}`);
if (problems.length) {
  console.error(`\nStrict-CSP check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Strict CSP + Trusted Types: nothing blocked, no errors (${engine}).`);
