/* global addEventListener, MutationObserver, requestIdleCallback -- functions passed to page.evaluate() run in the page */
// `node bench/profile.mjs`: where the time of <clid-picker>'s create and first open goes, at N = 10
// and 100 (PROFILE_SIZES), on the built drop-in (`npm run build` first). Not a *.bench.mjs file: `npm run
// bench` does not run it.
//
// For each size, PROFILE_RUNS (default 7) fresh pages, each: V8's CPU profiler (CDP Profiler, 50 µs
// samples) around create (element given a config object → appended → first render → layout) and a
// first open (console.profile() in the page brackets each exactly; a real click at once after create: cold, the popup chunk not fetched yet; then the same
// on a page left idle first: warm). Every sample's self time is mapped through dist's source maps to
// the source file it ran in, then to a part (config, store, storage, context, Lit rendering, the
// picker's own code, number formatting...); "(program)" is the browser's own work outside JS (parse,
// compile, style, layout). The page also records each render of the picker (with the properties that
// caused it) and when each lazily loaded chunk was fetched (Resource Timing), so a second render, a
// chunk or a timer inside create or open shows. Prints medians (ms) per part and phase.
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/static-server.mjs';

const SIZES = (process.env.PROFILE_SIZES || '10,100').split(',').map(Number);
const RUNS = Number(process.env.PROFILE_RUNS || 7);
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(`${dist}clid-picker.min.js`)) {
  console.error('dist/clid-picker.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Source file (as named in the source maps) → the part of the work it is. First match wins. */
const PARTS = [
  [/store\/(config|e164|prefix-index)\.ts$/, 'config parsing + validation'],
  [/store\/persistence\.ts$/, 'storage read/write'],
  [/store\//, 'store creation + state'],
  [/(context\.ts|@lit\/context)/, 'context (provider lookup)'],
  [/(source|store)-controller\.ts$/, 'source/store controllers'],
  [/(phone\/|libphonenumber|number-formats)/, 'number formatting'],
  [/clid-picker\/picker-popup|list-view|keyboard\/open/, 'popup (list) code'],
  [/(components\/|strings|messages|lazy\.ts)/, "picker's own code (templates, strings)"],
  [/(lit-html|lit-element|reactive-element)/, 'Lit (templates, commit)'],
];

const maps = new Map();
/** The source file a profile node ran in, through dist's source maps. */
function sourceOf(frame) {
  const { url, lineNumber, columnNumber } = frame;
  const file = url.split('/').pop().split('?')[0];
  if (!url.includes('/dist/') || !file.endsWith('.js')) return null;
  if (!maps.has(file)) {
    const path = join(dist, `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map || lineNumber < 0) return file;
  return originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }).source ?? file;
}

function partOf(node) {
  const frame = node.callFrame;
  const name = frame.functionName;
  if (['(program)', '(garbage collector)', '(idle)'].includes(name)) return name;
  // A browser API: counted with the code that called it (its name kept: layout, styles, storage).
  if (!frame.url)
    return node.parent?.callFrame.url ? `${partOf(node.parent)} → ${name || 'native'}` : `(native: ${name})`;
  if (!frame.url.includes('/dist/')) return '(bench page)';
  const source = sourceOf(frame);
  if (!source) return '(other)';
  if (source.endsWith('.js') && !source.includes('/')) return `module evaluation: ${source.replace(/-[\w]+\.js$/, '')}`;
  for (const [re, part] of PARTS) if (re.test(source)) return part;
  return `(other: ${source})`;
}

/** Each sample's time (ms, the profile's clock) and node. */
function* samplesOf(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c).parent = n;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    yield { at: t / 1000, node: byId.get(profile.samples[i]), ms: (profile.timeDeltas[i + 1] ?? 0) / 1000 };
  }
}

const inMark = (node) => {
  for (let n = node; n; n = n.parent) if (n.callFrame.functionName === 'clidProfileMark') return true;
  return false;
};

/** When the page's first mark ran, in the profile's clock (ms). */
function markAt(profile) {
  for (const s of samplesOf(profile)) if (inMark(s.node)) return s.at;
  return NaN;
}

/** Self time (ms) of each part in a CPU profile, between `from` and `to` (the profile's clock, ms). */
function attribute(profile, from, to) {
  const out = {};
  for (const { at, node, ms } of samplesOf(profile)) {
    if (at < from || at > to) continue;
    if (inMark(node)) continue;
    const part = partOf(node);
    out[part] = (out[part] ?? 0) + ms;
  }
  return out;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body { font: 16px system-ui; }</style>
<script type="module">
  import '/dist/clid-picker.min.js';
  // Every render of the picker, with when and why (the properties that changed).
  const Picker = customElements.get('clid-picker');
  const update = Picker.prototype.update;
  window.renders = [];
  Picker.prototype.update = function (changed) {
    window.renders.push({ at: performance.now(), why: [...changed.keys()].map(String).join(',') || '(requestUpdate)' });
    return update.call(this, changed);
  };
  // A mark the CPU profile can see: spins in a function of this name for a moment and returns the
  // time it started, so that the profile's clock can be lined up with performance.now().
  window.mark = function clidProfileMark() {
    const t = performance.now();
    while (performance.now() < t + 2);
    return t;
  };
  window.ready = true;
</script></head><body></body></html>`;

async function create(n) {
  const numbers = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    number: `+4420${String(70000000 + i * 7).padStart(8, '0')}`,
    name: `Line ${String(i).padStart(5, '0')}`,
  }));
  window.t0 = window.mark();
  const el = document.createElement('clid-picker');
  el.label = 'Present as';
  el.config = { accountId: `profile-${n}`, numbers };
  document.body.append(el);
  await el.updateComplete;
  el.getBoundingClientRect();
  window.created = performance.now();
  window.el = el;
  const box = el.shadowRoot.querySelector('[role=combobox]').getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function armOpen() {
  const laidOut = () => {
    const option = window.el.shadowRoot.querySelector('[role=option]');
    return !!option && option.getBoundingClientRect().height > 0;
  };
  window.opened = new Promise((resolve) => {
    addEventListener(
      'pointerup',
      (e) => {
        window.clickAt = e.timeStamp;
        const observer = new MutationObserver(() => {
          if (!laidOut()) return;
          window.openedAt = performance.now();
          observer.disconnect();
          resolve();
        });
        observer.observe(window.el.shadowRoot, { childList: true, subtree: true, attributes: true });
      },
      { capture: true, once: true },
    );
  });
}

/** After the open: renders and chunk fetches relative to create's start, and the phases' times. */
function timeline() {
  const t0 = window.t0;
  const chunks = performance
    .getEntriesByType('resource')
    .filter((r) => r.name.includes('/dist/clid-') && r.startTime >= t0 - 1)
    .map((r) => ({
      chunk: r.name
        .split('/')
        .pop()
        .replace(/-[\w]+\.js$/, ''),
      start: r.startTime - t0,
      end: r.responseEnd - t0,
    }));
  return {
    create: window.created - t0,
    open: window.openedAt - window.clickAt,
    clickAt: window.clickAt - t0,
    renders: window.renders.filter((r) => r.at >= t0).map((r) => ({ at: r.at - t0, why: r.why })),
    chunks,
  };
}

const root = mkdtempSync(join(tmpdir(), 'clid-profile-'));
writeFileSync(join(root, 'index.html'), PAGE);
const server = await serve({ root, mounts: { '/dist/': dist } });
const browser = await launchChromium();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
};

try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  for (const n of SIZES) {
    for (const mode of ['cold', 'warm']) {
      const parts = { create: [], open: [] };
      const lines = [];
      let missed = 0;
      for (let run = 0; run <= RUNS; run++) {
        await tab.goto(`${server.url}?${Math.random()}`);
        await tab.waitForFunction('window.ready === true');
        const cdp = await tab.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        // Started before create and stopped after the open: starting the profiler takes a while.
        await cdp.send('Profiler.start');
        const at = await tab.evaluate(create, n);
        if (mode === 'warm')
          await tab.evaluate(
            () => new Promise((r) => requestIdleCallback(() => setTimeout(r, 100), { timeout: 2000 })),
          );
        await tab.evaluate(armOpen);
        await tab.mouse.click(at.x, at.y);
        await tab.evaluate(() => window.opened);
        const line = await tab.evaluate(timeline);
        const { profile } = await cdp.send('Profiler.stop');
        const times = await tab.evaluate(() => [window.t0, window.created, window.clickAt, window.openedAt]);
        await cdp.detach();
        const offset = markAt(profile) - times[0]; // profile clock (ms) − page clock
        // The profiler missed the mark (a busy machine): that page again, a few times at most.
        if (Number.isNaN(offset) && ++missed <= 5) run--;
        if (run <= 0 || Number.isNaN(offset)) continue; // the first page warms up
        parts.create.push(attribute(profile, times[0] + offset, times[1] + offset));
        parts.open.push(attribute(profile, times[2] + offset, times[3] + offset));
        lines.push(line);
      }
      console.log(`\n=== N = ${n}, ${mode} open (medians of ${RUNS} fresh pages, ms)`);
      console.log(
        `create ${median(lines.map((l) => l.create)).toFixed(1)} (min ${Math.min(...lines.map((l) => l.create)).toFixed(1)}, max ${Math.max(...lines.map((l) => l.create)).toFixed(1)}), ` +
          `first open ${median(lines.map((l) => l.open)).toFixed(1)} (click's pointerup → first option laid out)`,
      );
      // Wall time against the CPU the profiler saw the page's thread use: where wall exceeds it, the
      // thread was waiting (a synchronous call into the browser, or the OS running something else).
      const busy = (p) => Object.entries(p).reduce((sum, [part, ms]) => (part === '(idle)' ? sum : sum + ms), 0);
      const pages = lines.map((l, i) => ({ wall: l.create, cpu: busy(parts.create[i]) }));
      console.log(
        `create, page by page (wall / sampled CPU, ms): ${pages.map((p) => `${p.wall.toFixed(1)}/${p.cpu.toFixed(1)}`).join(', ')}`,
      );
      const slowest = pages.indexOf(pages.reduce((a, b) => (b.wall > a.wall ? b : a)));
      const top = Object.entries(parts.create[slowest])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      console.log(
        `the slowest create's largest parts: ${top.map(([part, ms]) => `${part} ${ms.toFixed(1)}`).join('; ')}`,
      );
      const names = [...new Set([...parts.create, ...parts.open].flatMap((p) => Object.keys(p)))];
      const table = names
        .map((part) => ({
          part,
          create: median(parts.create.map((p) => p[part] ?? 0)),
          open: median(parts.open.map((p) => p[part] ?? 0)),
        }))
        .filter((r) => r.create >= 0.05 || r.open >= 0.05)
        .sort((a, b) => b.create + b.open - (a.create + a.open))
        .map((r) => ({ part: r.part, 'create (CPU ms)': r.create.toFixed(2), 'open (CPU ms)': r.open.toFixed(2) }));
      console.table(table);
      const example = lines[lines.length >> 1];
      console.log(
        `one page's timeline (ms from create's start; click at ${example.clickAt.toFixed(1)}):\n` +
          `  renders: ${example.renders.map((r) => `${r.at.toFixed(1)} [${r.why}]`).join('; ')}\n` +
          `  chunks:  ${example.chunks.map((c) => `${c.chunk} ${c.start.toFixed(1)}→${c.end.toFixed(1)}`).join('; ') || 'none'}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
