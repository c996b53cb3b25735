// Size budgets for what users download, measured as gzip (level 9) of the built files.
// Fails when a file passes its budget; prints every figure either way.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const dist = new URL('../dist/', import.meta.url);

/** Budgets: a file (or a pattern for hashed chunk names) and its gzip limit. */
const budgets = [
  { label: 'drop-in, first paint (dist/clid-picker.min.js)', match: /^clid-picker\.min\.js$/, limit: 17 * KiB },
  { label: 'store entry alone (dist/store/index.js, minified)', file: 'store', limit: 5.5 * KiB },
  { label: 'picker popup chunk, prefetched (dist/clid-picker-popup-*.js)', match: /^clid-picker-popup-.*\.js$/, limit: 6 * KiB },
  { label: 'dialer logic chunk, prefetched (dist/clid-dialer-logic-*.js)', match: /^clid-dialer-logic-.*\.js$/, limit: 3 * KiB },
  { label: 'iframe bridge, loaded lazily (dist/clid-bridge-*.js)', match: /^clid-bridge-.*\.js$/, limit: 4 * KiB },
  { label: 'phone chunk, loaded lazily (dist/clid-phone-*.js)', match: /^clid-phone-.*\.js$/, limit: 48 * KiB, optional: true },
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const files = readdirSync(dist);

async function storeSize() {
  // The npm store entry is unminified ESM; measure it as a user's bundler would ship it.
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('store/index.js', dist).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return { raw: out.outputFiles[0].contents.length, gzip: gz(out.outputFiles[0].contents) };
}

let failed = false;
const rows = [];
for (const budget of budgets) {
  let sizes;
  if (budget.file === 'store') sizes = await storeSize();
  else {
    const names = files.filter((name) => budget.match.test(name));
    if (!names.length) {
      if (budget.optional) continue;
      console.error(`missing build output for ${budget.label}; run npm run build first`);
      process.exit(1);
    }
    const buf = Buffer.concat(names.map((name) => readFileSync(new URL(name, dist))));
    sizes = { raw: buf.length, gzip: gz(buf) };
  }
  const ok = sizes.gzip <= budget.limit;
  failed ||= !ok;
  rows.push({
    file: budget.label,
    'min (KiB)': (sizes.raw / KiB).toFixed(2),
    'gzip (KiB)': (sizes.gzip / KiB).toFixed(2),
    'budget (KiB)': (budget.limit / KiB).toFixed(2),
    result: ok ? 'ok' : 'OVER BUDGET',
  });
}
console.table(rows);
if (failed) {
  console.error('A file is over its size budget (see above).');
  process.exit(1);
}
