/* global addEventListener, removeEventListener, requestIdleCallback -- functions passed to page.evaluate() run in the page */
// What an agent feels, as ratios in one run: our built drop-in <clid-picker> (dist/clid-picker.min.js)
// beside the stack's floor (a minimal LitElement: a button that opens a listbox of N role=option rows,
// name + number, Enter chooses), a native <select> (appearance: base-select, whose picker is drawn in
// the page like ours) and vaadin-combo-box (@vaadin/combo-box, bundled here with esbuild), in headless
// Chromium. `npm run build` first (npm run bench does).
//
// Every measurement is a fresh page that loads only its contender's script; the contenders are
// interleaved (rep by rep, in a shuffled order) so that the noise of a shared machine hits them alike.
// Per page:
//   create  element made, given its N numbers (ours: a config object, so config checks, the store,
//           its storage read and the first render are in), appended → first render → layout.
//   open    → the first option laid out.
//           cold: opened in the same task as create ends (a click at once: `click()` on the control,
//                 a native select's showPicker(), vaadin's open()), so nothing was prefetched: our
//                 popup chunk is fetched and evaluated inside this time.
//           warm: after the page has been idle (our chunk prefetched), a real click (CDP mouse) on
//                 the control, timed from its pointerup (a native select opens at pointerdown already).
//   key     (warm pages) ArrowDown (vaadin: twice, its first lands on the selected item), then Enter (CDP keys): Enter's keydown → the change event (ours: clid-change;
//           the floor and native: change; vaadin: change).
//   nodes   ours (warm pages): elements in the shadow root while open; the list is windowed, so from
//           N = 100 on they must not grow with N.
//   heap    at the largest N (warm pages): JS heap after GC with the element created, opened and
//           closed, minus the page's heap after GC before create (the contender's code loaded).
// Medians of BENCH_RUNS (default 9) pages per cell; create also shows its spread (min–max).
// Targets (issue 20) are checked on the same run's ratios and printed PASS/FAIL.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { serve } from '../scripts/static-server.mjs';

const SIZES = (process.env.BENCH_SIZES || '10,100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS || 9);
// BENCH_BASELINE=<a dist folder> adds that build as a fifth contender, "before" (for a change's
// before/after in one run: `cp -r dist /tmp/dist-before` before the change).
const BASELINE = process.env.BENCH_BASELINE;
const CONTENDERS = (process.env.BENCH_ONLY || `clid,${BASELINE ? 'before,' : ''}lit,native,vaadin`).split(',');
const MODES = ['cold', 'warm'];
// BENCH_DIST=<a dist folder>: the build measured as "clid-picker" (default: this tree's dist/).
const dist = process.env.BENCH_DIST || new URL('../dist/', import.meta.url).pathname;
if (!existsSync(`${dist}clid-picker.min.js`)) {
  console.error('dist/clid-picker.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

// The floor: the least a LitElement can do to show the same rows and choose one.
const FLOOR = `
import { LitElement, html } from 'lit';
class MinimalPicker extends LitElement {
  static properties = { items: { attribute: false }, open: { state: true }, active: { state: true }, value: { state: true } };
  constructor() { super(); this.items = []; this.open = false; this.active = 0; this.value = 0; }
  render() {
    const x = this.items[this.value];
    return html\`<button aria-haspopup="listbox" aria-expanded=\${this.open} @click=\${this.toggle}>
        <span>\${x?.name}</span> <span>\${x?.number}</span></button>
      \${this.open ? html\`<div role="listbox" tabindex="-1" @keydown=\${this.key}
        style="position:absolute;max-height:20rem;overflow:auto;background:Canvas;border:1px solid">
        \${this.items.map((n, i) => html\`<div role="option" id=\${'o' + i} aria-selected=\${i === this.value}
          class=\${i === this.active ? 'active' : ''} @click=\${() => this.choose(i)}>
          <span>\${n.name}</span> <span>\${n.number}</span></div>\`)}</div>\` : ''}\`;
  }
  async toggle() {
    this.open = !this.open;
    this.active = this.value;
    await this.updateComplete;
    this.renderRoot.querySelector('[role=listbox]')?.focus();
  }
  key(e) {
    if (e.key === 'ArrowDown') this.active = Math.min(this.active + 1, this.items.length - 1);
    else if (e.key === 'ArrowUp') this.active = Math.max(this.active - 1, 0);
    else if (e.key === 'Enter') this.choose(this.active);
    else if (e.key === 'Escape') this.open = false;
  }
  choose(i) {
    this.value = i;
    this.open = false;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
customElements.define('minimal-picker', MinimalPicker);
`;

/** Per contender: its script, how it is made and opened, where its first option is. Runs in the page. */
const CONTENDER_JS = `
window.contender = {
  clid: {
    make(numbers, n) {
      const el = document.createElement('clid-picker');
      el.label = 'Present as';
      // One account per size, as an agent has: its storage record is read at create.
      el.config = { accountId: 'bench-' + n, numbers };
      return el;
    },
    ready: (el) => el.updateComplete,
    control: (el) => el.shadowRoot.querySelector('[role=combobox]'),
    option: (el) => el.shadowRoot.querySelector('[role=option]'),
    openAtOnce: (el) => el.shadowRoot.querySelector('[role=combobox]').click(),
    changeEvent: 'clid-change',
  },
  get before() {
    return this.clid;
  },
  lit: {
    make(numbers) {
      const el = document.createElement('minimal-picker');
      el.items = numbers;
      return el;
    },
    ready: (el) => el.updateComplete,
    control: (el) => el.shadowRoot.querySelector('button'),
    option: (el) => el.shadowRoot.querySelector('[role=option]'),
    openAtOnce: (el) => el.shadowRoot.querySelector('button').click(),
    changeEvent: 'change',
  },
  native: {
    make(numbers) {
      const el = document.createElement('select');
      el.className = 'native';
      for (const x of numbers) el.add(new Option(x.name + ' ' + x.number, x.number));
      return el;
    },
    ready: async () => {},
    control: (el) => el,
    option: (el) => (el.matches(':open') ? el.options[0] : null),
    openAtOnce: (el) => el.showPicker(),
    changeEvent: 'change',
  },
  vaadin: {
    make(numbers) {
      const el = document.createElement('vaadin-combo-box');
      el.label = 'Present as';
      el.items = numbers.map((x) => ({ label: x.name + ' ' + x.number, value: x.number }));
      el.value = numbers[0].number;
      return el;
    },
    ready: async (el) => el.updateComplete,
    control: (el) => el.querySelector('input') ?? el.inputElement,
    option: () => document.querySelector('vaadin-combo-box-item'),
    openAtOnce: (el) => el.open(),
    changeEvent: 'change',
    // Its first ArrowDown lands on the selected item: a second one moves to the next.
    downs: 2,
  },
};
`;

const page = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>.native, .native::picker(select) { appearance: base-select; } body { font: 16px system-ui; }</style>
<script src="/contenders.js"></script>
<script type="module">
  ${{ clid: "import '/dist/clid-picker.min.js';", before: "import '/before/clid-picker.min.js';", native: '' }[name] ?? `import '/${name}.js';`}
  window.ready = true;
</script></head><body></body></html>`;

/**
 * In the page (defined there by CONTENDER_JS): resolves with the time at which the first option of
 * `window.el` is laid out. Watches the DOM (the document and the element's shadow root) and every
 * frame rather than polling, so the wait itself takes no time from the page.
 */
const FIRST_OPTION_JS = `
window.firstOption = (c) =>
  new Promise((resolve) => {
    const laidOut = () => {
      const option = c.option(window.el);
      return !!option && option.getBoundingClientRect().height > 0;
    };
    let done = false;
    const finish = (t) => {
      done = true;
      observer.disconnect();
      resolve(t);
    };
    const check = () => {
      if (!done && laidOut()) finish(performance.now());
    };
    const observer = new MutationObserver(check);
    for (const root of [document, window.el.shadowRoot].filter(Boolean))
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    const frame = () => {
      check();
      if (!done) requestAnimationFrame(frame);
    };
    // After the element's own handlers of the event that opens it (a native select is open already).
    setTimeout(frame);
    setTimeout(() => done || finish(NaN), 5000);
  });
`;

/**
 * Runs in the page: makes the element and times its create; `cold`: then opens it in the same task
 * (a click at once, before anything could be prefetched) and times that open.
 */
async function create(name, n, cold) {
  const c = window.contender[name];
  const numbers = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    number: `+4420${String(70000000 + i * 7).padStart(8, '0')}`,
    name: `Line ${String(i).padStart(5, '0')}`,
  }));
  const t = performance.now();
  const el = c.make(numbers, n);
  document.body.append(el);
  await c.ready(el);
  el.getBoundingClientRect();
  const out = { create: performance.now() - t };
  window.el = el;
  if (cold) {
    const t = performance.now();
    const opened = window.firstOption(c);
    c.openAtOnce(el);
    out.open = (await opened) - t;
  }
  return out;
}

/** Runs in the page: waits for an idle moment (what "the picker has been on screen" gives). */
function settle() {
  return new Promise((done) => requestIdleCallback(() => setTimeout(done, 50), { timeout: 2000 }));
}

/** Runs in the page: where to click to open it (the middle of its control). */
function target(name) {
  const box = window.contender[name].control(window.el).getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Runs in the page: resolves with the time from the next pointerup to the first option laid out. */
function armOpen(name) {
  const c = window.contender[name];
  window.opened = new Promise((resolve) => {
    addEventListener(
      'pointerup',
      (e) => {
        window.firstOption(c).then((t) => resolve(t - e.timeStamp));
      },
      { capture: true, once: true },
    );
  });
}

/** Runs in the page: resolves with Enter's keydown → change event. */
function armKey(name) {
  const c = window.contender[name];
  window.changed = new Promise((resolve) => {
    let down = NaN;
    const onKey = (e) => {
      if (e.key === 'Enter') down = e.timeStamp;
    };
    addEventListener('keydown', onKey, { capture: true });
    window.el.addEventListener(
      c.changeEvent,
      () => {
        removeEventListener('keydown', onKey, { capture: true });
        resolve(performance.now() - down);
      },
      { once: true },
    );
    setTimeout(() => resolve(NaN), 5000);
  });
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const shuffle = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

// The comparison pages' scripts: the floor (Lit, production build) and vaadin-combo-box, bundled.
const root = mkdtempSync(join(tmpdir(), 'clid-bench-'));
writeFileSync(join(root, 'floor.mjs'), FLOOR);
writeFileSync(join(root, 'vaadin.mjs'), "import '@vaadin/combo-box';\n");
writeFileSync(join(root, 'contenders.js'), CONTENDER_JS + FIRST_OPTION_JS);
for (const name of ['clid', 'before', 'lit', 'native', 'vaadin']) writeFileSync(join(root, `${name}.html`), page(name));
const nodePaths = [new URL('../node_modules', import.meta.url).pathname];
for (const [entry, out] of [
  ['floor.mjs', 'lit.js'],
  ['vaadin.mjs', 'vaadin.js'],
]) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(root, out),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    nodePaths,
    conditions: ['browser', 'production'],
    logLevel: 'error',
  });
}

const server = await serve({ root, mounts: { '/dist/': dist, ...(BASELINE && { '/before/': BASELINE }) } });
const browser = await launchChromium({ args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

/** One fresh page: create, open (cold or warm), key; heap at the largest size. */
async function measure(tab, name, n, mode) {
  await tab.goto(`${server.url}${name}.html?${Math.random()}`);
  await tab.waitForFunction('window.ready === true');
  const cdp = await tab.createCDPSession();
  const heap = async () => {
    await tab.evaluate(() => window.gc());
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const wantHeap = mode === 'warm' && n === SIZES[SIZES.length - 1];
  const before = wantHeap ? await heap() : 0;
  const r = await tab.evaluate(create, name, n, mode === 'cold');
  if (mode === 'cold') {
    await cdp.detach();
    return r;
  }
  // Warm: the page has been idle, then a real click opens it, then real keys choose.
  await tab.evaluate(settle);
  const at = await tab.evaluate(target, name);
  await tab.evaluate(armOpen, name);
  await tab.mouse.click(at.x, at.y);
  r.open = await tab.evaluate(() => window.opened);
  if (name === 'clid' || name === 'before')
    r.nodes = await tab.evaluate(() => window.el.shadowRoot.querySelectorAll('*').length);
  const downs = await tab.evaluate((name) => window.contender[name].downs ?? 1, name);
  for (let i = 0; i < downs; i++) await tab.keyboard.press('ArrowDown');
  await tab.evaluate(armKey, name);
  await tab.keyboard.press('Enter');
  r.key = await tab.evaluate(() => window.changed);
  if (wantHeap) {
    await tab.keyboard.press('Escape');
    r.heap = (await heap()) - before;
  }
  await cdp.detach();
  return r;
}

const samples = {}; // `${name} ${n} ${mode}` → rows
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  // One warm-up page per contender (JIT, HTTP stack), not counted.
  for (const name of CONTENDERS) await measure(tab, name, 10, 'warm');
  for (let rep = 0; rep < RUNS; rep++) {
    for (const n of SIZES) {
      for (const [name, mode] of shuffle(CONTENDERS.flatMap((name) => MODES.map((mode) => [name, mode])))) {
        const r = await measure(tab, name, n, mode);
        if (process.env.BENCH_DEBUG) console.error(name, n, mode, JSON.stringify(r));
        (samples[`${name} ${n} ${mode}`] ??= []).push(r);
      }
    }
    process.stderr.write(`  rep ${rep + 1}/${RUNS}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

const cell = (name, n, mode, key) => median((samples[`${name} ${n} ${mode}`] ?? []).map((r) => r[key]));
const both = (name, n, key) =>
  median(MODES.flatMap((mode) => (samples[`${name} ${n} ${mode}`] ?? []).map((r) => r[key])));
const spread = (name, n) => {
  const xs = MODES.flatMap((mode) => (samples[`${name} ${n} ${mode}`] ?? []).map((r) => r.create)).sort(
    (a, b) => a - b,
  );
  return xs.length ? `${xs[0].toFixed(1)}–${xs[xs.length - 1].toFixed(1)}` : 'n/a';
};
const f = (x, d = 2) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const ratio = (a, b) => (b > 0 ? a / b : NaN);
const LABEL = {
  clid: 'clid-picker',
  before: 'clid-picker (before)',
  lit: 'minimal Lit',
  native: 'native select',
  vaadin: 'vaadin-combo-box',
};

console.log(
  `\nCreate, first open and a keystroke (ms), Chromium headless, median of ${RUNS} fresh pages per cell; ×Lit = ratio to the minimal LitElement in this run\n`,
);
const rows = [];
for (const n of SIZES) {
  for (const name of CONTENDERS) {
    const base = (key, mode) => (mode ? cell('lit', n, mode, key) : both('lit', n, key));
    const create = both(name, n, 'create');
    const cold = cell(name, n, 'cold', 'open');
    const warm = cell(name, n, 'warm', 'open');
    rows.push({
      N: n,
      element: LABEL[name],
      create: f(create),
      'create min–max': spread(name, n),
      'create ×Lit': f(ratio(create, base('create')), 2),
      'open cold': f(cold),
      'cold ×Lit': f(ratio(cold, base('open', 'cold'))),
      'open warm': f(warm),
      'warm ×Lit': f(ratio(warm, base('open', 'warm'))),
      'key→change': f(both(name, n, 'key')),
      'DOM nodes (open)': f(cell(name, n, 'warm', 'nodes'), 0),
    });
  }
}
console.table(rows);

const top = SIZES[SIZES.length - 1];
const heapRows = CONTENDERS.map((name) => {
  const h = cell(name, top, 'warm', 'heap');
  return {
    element: LABEL[name],
    [`JS heap after GC @${top} (MB)`]: f(h / 1e6, 2),
    '×vaadin': f(ratio(h, cell('vaadin', top, 'warm', 'heap'))),
  };
});
console.table(heapRows);

const targets = [];
const check = (target, value, limit, unit = '×') =>
  targets.push({
    target,
    value: unit === '×' ? `${f(value)}×` : `${f(value, 1)} ms`,
    limit: unit === '×' ? `≤ ${limit}×` : `≤ ${limit} ms`,
    result: value <= limit ? 'PASS' : 'FAIL',
  });
if (CONTENDERS.includes('clid') && CONTENDERS.includes('lit')) {
  for (const n of SIZES.filter((n) => n <= 100)) {
    check(`create @${n} ×minimal Lit`, ratio(both('clid', n, 'create'), both('lit', n, 'create')), 1.2);
    for (const mode of MODES)
      check(
        `first open ${mode} @${n} ×minimal Lit`,
        ratio(cell('clid', n, mode, 'open'), cell('lit', n, mode, 'open')),
        1.5,
      );
  }
}
if (CONTENDERS.includes('clid') && CONTENDERS.includes('vaadin')) {
  for (const mode of MODES)
    check(
      `open ${mode} @${top} ×vaadin`,
      ratio(cell('clid', top, mode, 'open'), cell('vaadin', top, mode, 'open')),
      1.0,
    );
  check(`JS heap @${top} ×vaadin`, ratio(cell('clid', top, 'warm', 'heap'), cell('vaadin', top, 'warm', 'heap')), 1.2);
}
if (CONTENDERS.includes('clid')) {
  for (const n of SIZES) check(`key→clid-change @${n}`, both('clid', n, 'key'), 2, 'ms');
  const steps = SIZES.flatMap((n) => [
    both('clid', n, 'create'),
    cell('clid', n, 'cold', 'open'),
    cell('clid', n, 'warm', 'open'),
    both('clid', n, 'key'),
  ]);
  check('longest step, any N (median)', Math.max(...steps), 50, 'ms');
  // The list is windowed: from the size at which it scrolls, the open DOM does not grow.
  const nodes = SIZES.filter((n) => n >= 100).map((n) => cell('clid', n, 'warm', 'nodes'));
  targets.push({
    target: 'DOM nodes while open, N ≥ 100',
    value: nodes.join(' / '),
    limit: 'equal',
    result: new Set(nodes).size === 1 ? 'PASS' : 'FAIL',
  });
}
console.table(targets);
process.exitCode = 0;
