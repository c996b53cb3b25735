// Store benchmark (Node): resolution throughput and setConfig time for a large account, and the
// memory the store holds. Imports the built store (`npm run build` first), or the module named by
// CLID_STORE_MODULE (e.g. an esbuild bundle of src/store/index.ts).
//   node --expose-gc bench/store.bench.mjs
import { Bench } from 'tinybench';
import { pathToFileURL } from 'node:url';

const target = process.env.CLID_STORE_MODULE
  ? pathToFileURL(process.env.CLID_STORE_MODULE).href
  : new URL('../dist/store/index.js', import.meta.url).href;
const { createClidStore } = await import(target);

const NUMBERS = 10_000;
const PREFIXES = 100_000;
const TARGET_SYNC_PER_S = 1_000_000;
const TARGET_SET_CONFIG_MS = 50;

// Deterministic pseudo-random data (Park–Miller), so runs compare.
let seed = 7;
const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
const digits = (count) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

/** An account like a large BPO's: 10,000 numbers, 100,000 local-presence prefix rules. */
function makeConfig() {
  const numbers = Array.from({ length: NUMBERS }, (_, i) => ({
    id: `n${i}`,
    number: `+1${String(2_000_000_000 + i * 7919).slice(0, 10)}`,
    name: `Number ${i}`,
    language: 'en-US',
  }));
  const seen = new Set();
  const prefixes = [];
  while (prefixes.length < PREFIXES) {
    // Country codes, NANP area codes (+1NPA), NPA-NXX exchanges and a few whole numbers.
    const prefix = randomPrefix(random());
    if (seen.has(prefix)) continue;
    seen.add(prefix);
    prefixes.push({ prefix, number: `n${Math.floor(random() * NUMBERS)}` });
  }
  return { accountId: 'bench', agentId: 'agent', numbers, rules: { prefixes } };
}

/** A country code (1%), a NANP area code +1NPA (9%), an NPA-NXX exchange (88%) or a whole number (2%). */
function randomPrefix(kind) {
  if (kind < 0.01) return `+${1 + Math.floor(random() * 9)}${digits(1)}`;
  if (kind < 0.1) return `+1${2 + Math.floor(random() * 8)}${digits(2)}`;
  if (kind < 0.98) return `+1${2 + Math.floor(random() * 8)}${digits(5)}`;
  return `+1${2 + Math.floor(random() * 8)}${digits(9)}`;
}

const gc = globalThis.gc;
/** The heap in use, after two collections when Node runs with --expose-gc. */
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

const config = makeConfig();
const destinations = Array.from({ length: 4096 }, () => `+1${2 + Math.floor(random() * 8)}${digits(9)}`);
const before = heap();
const store = createClidStore(config, { storage: 'memory' });
const held = heap() - before;

// Local presence (rules.localPresence): 10,000 numbers spread over real area codes of US states and
// Canadian provinces; destinations in those areas, in others of the same states, and elsewhere.
const AREAS = [
  '201',
  '202',
  '205',
  '206',
  '207',
  '208',
  '212',
  '213',
  '214',
  '215',
  '216',
  '217',
  '218',
  '301',
  '302',
  '303',
  '304',
  '305',
  '307',
  '308',
  '312',
  '313',
  '314',
  '315',
  '316',
  '317',
  '318',
  '319',
  '320',
  '401',
  '402',
  '404',
  '405',
  '406',
  '407',
  '408',
  '409',
  '410',
  '412',
  '413',
  '414',
  '415',
  '416',
  '417',
  '418',
  '419',
  '501',
  '502',
  '503',
  '504',
  '505',
  '507',
  '508',
  '509',
  '512',
  '513',
  '514',
  '515',
  '516',
  '517',
  '518',
  '601',
  '602',
  '603',
  '604',
  '605',
  '606',
  '607',
  '608',
  '609',
  '610',
  '612',
  '613',
  '614',
  '615',
  '616',
  '617',
  '618',
  '619',
  '701',
];
const lpConfig = {
  accountId: 'bench-lp',
  agentId: 'agent',
  numbers: Array.from({ length: NUMBERS }, (_, i) => ({
    id: `l${i}`,
    number: `+1${AREAS[i % 60]}555${String(i).padStart(4, '0')}`,
    ...(i % 7 === 0 && { health: 'at-risk' }),
    ...(i % 11 === 0 && { health: 'flagged' }),
  })),
  rules: { localPresence: true },
};
const lpStore = createClidStore(lpConfig, { storage: 'memory' });
const lpDestinations = Array.from(
  { length: 4096 },
  () => `+1${AREAS[Math.floor(random() * AREAS.length)]}${digits(7)}`,
);
// The place data arrives (the first resolve loads it and builds the index), as a page would have it.
const warm = await lpStore.resolve({ destination: lpDestinations[0] });
if (warm.source !== 'local-presence') throw new Error(`local presence did not answer: ${warm.trace.join(' ')}`);

let i = 0;
let sink;
const BATCH = 100;
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add(`resolveSync ×${BATCH} (prefix rules)`, () => {
    for (let k = 0; k < BATCH; k++) sink = store.resolveSync({ destination: destinations[i++ & 4095] });
  })
  .add(`resolveSync ×${BATCH} (local presence)`, () => {
    for (let k = 0; k < BATCH; k++) sink = lpStore.resolveSync({ destination: lpDestinations[i++ & 4095] });
  })
  .add('resolve (async, no hook)', async () => {
    sink = await store.resolve({ destination: destinations[i++ & 4095] });
  })
  .add(
    'setConfig (10k numbers, 100k prefixes)',
    () => {
      store.setConfig(config);
    },
    { iterations: 30 },
  );
await bench.run();

const stats = (task) => {
  const r = task.result;
  return { hz: r.throughput?.mean ?? r.hz, mean: r.latency?.mean ?? r.mean, p50: r.latency?.p50 ?? r.p50 ?? r.median };
};
const [syncStats, lpStats, asyncStats, setStats] = bench.tasks.map(stats);
const syncPerS = syncStats.hz * BATCH;
const lpPerS = lpStats.hz * BATCH;
console.table([
  {
    task: 'resolveSync (one resolution)',
    'ops/s': Math.round(syncPerS).toLocaleString('en'),
    'mean (µs)': ((syncStats.mean * 1000) / BATCH).toFixed(3),
  },
  {
    task: 'resolveSync, local presence (one resolution)',
    'ops/s': Math.round(lpPerS).toLocaleString('en'),
    'mean (µs)': ((lpStats.mean * 1000) / BATCH).toFixed(3),
  },
  {
    task: 'resolve (async, no hook)',
    'ops/s': Math.round(asyncStats.hz).toLocaleString('en'),
    'mean (µs)': (asyncStats.mean * 1000).toFixed(3),
  },
  {
    task: 'setConfig (10k numbers, 100k prefixes)',
    'ops/s': setStats.hz.toFixed(1),
    'mean (µs)': (setStats.mean * 1000).toFixed(0),
    'median (ms)': setStats.p50?.toFixed(1),
  },
]);
const setMs = setStats.p50 ?? setStats.mean;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
console.table([
  {
    target: `resolveSync ≥ ${TARGET_SYNC_PER_S.toLocaleString('en')}/s`,
    measured: `${Math.round(syncPerS).toLocaleString('en')}/s`,
    result: verdict(syncPerS >= TARGET_SYNC_PER_S),
  },
  {
    target: `resolveSync, local presence ≥ ${TARGET_SYNC_PER_S.toLocaleString('en')}/s`,
    measured: `${Math.round(lpPerS).toLocaleString('en')}/s`,
    result: verdict(lpPerS >= TARGET_SYNC_PER_S),
  },
  {
    target: `setConfig ≤ ${TARGET_SET_CONFIG_MS} ms (median)`,
    measured: `${setMs.toFixed(1)} ms (mean ${setStats.mean.toFixed(1)})`,
    result: verdict(setMs <= TARGET_SET_CONFIG_MS),
  },
  {
    target: 'memory held by the store',
    measured: gc ? `${(held / 1024 / 1024).toFixed(1)} MiB` : 'n/a (run node with --expose-gc)',
    result: 'info',
  },
]);
if (!sink) throw new Error('no resolution');
