// Splits libphonenumber-js's own metadata (`libphonenumber-js/metadata.min.json`) into one small
// ES module per country calling code, so that a page loads only the countries it uses
// (src/phone/metadata-chunks.ts merges them back into one metadata object at run time).
//
// Writes src/phone/metadata/ (git-ignored, rewritten at every build, test run and Storybook
// start; nothing in it is edited by hand):
//   <code>.js          `export default { regions, countries, nonGeographic? }` for one calling code
//   calling-codes.js   `version` (of the metadata format) and `callingCodes` (every code, in numeric order)
//   region-codes.js    `regionCodes`: ISO 3166 region → its calling code (built from calling-codes.js)
// Their types are in the committed calling-codes.d.ts and region-codes.d.ts beside them.
//
//   node scripts/phone-metadata.mjs                 writes the folder
//   import { phoneMetadataPlugin } from …           the rollup plugin (see rollup.config.mjs)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const METADATA = require.resolve('libphonenumber-js/metadata.min.json');
export const OUT = fileURLToPath(new URL('../src/phone/metadata/', import.meta.url));
/** The dynamic import in src/phone/metadata-chunks.ts that the drop-in build renames. */
const CHUNK_IMPORT = '`./metadata/${code}.js`';

/** The per-calling-code modules and the two index modules, by file name. */
export function phoneMetadataFiles() {
  const metadata = JSON.parse(readFileSync(METADATA, 'utf8'));
  const { version, country_calling_codes: byCode, countries, nonGeographic = {} } = metadata;
  // In numeric order: the order calling-codes.js expands its bitmap to, which region-codes.js follows.
  const codes = [...new Set([...Object.keys(byCode), ...Object.keys(nonGeographic)])].sort((a, b) => a - b);
  const files = new Map();
  for (const code of codes) {
    const regions = byCode[code] ?? [];
    const chunk = { regions, countries: Object.fromEntries(regions.map((region) => [region, countries[region]])) };
    if (nonGeographic[code]) chunk.nonGeographic = nonGeographic[code];
    files.set(`${code}.js`, `export default ${JSON.stringify(chunk)};\n`);
  }
  files.set('calling-codes.js', callingCodesModule(version, codes));
  files.set('region-codes.js', regionCodesModule(byCode, codes));
  return files;
}

/**
 * `calling-codes.js`: the metadata's `version` and its calling codes, sent as a bitmap over 1–999
 * (bit n set: n is a code; base64) that the module turns back into the list: every page that
 * shows a number loads it, and the bitmap is a quarter of the list's gzip bytes.
 */
function callingCodesModule(version, codes) {
  return `export const version = ${JSON.stringify(version)};\n${callingCodesSource(codes)}`;
}

/** Module source that exports `callingCodes`, these codes (1–999, numeric order), sent as a bitmap. */
export function callingCodesSource(codes) {
  const bits = new Uint8Array(125);
  for (const code of codes) {
    const n = Number(code);
    if (!/^[1-9]\d{0,2}$/.test(code)) throw new Error(`calling code ${code} does not fit the bitmap over 1–999`);
    bits[n >> 3] |= 1 << (n & 7);
  }
  const bitmap = Buffer.from(bits).toString('base64');
  return `const bits = Uint8Array.from(atob(${JSON.stringify(bitmap)}), (c) => c.charCodeAt(0));
export const callingCodes = [];
for (let n = 1; n < 1000; n++) if (bits[n >> 3] & (1 << (n & 7))) callingCodes.push(String(n));
`;
}

/**
 * `region-codes.js`: region → calling code, sent as the regions of each calling code (in the
 * order of `callingCodes`, two letters each, groups separated by spaces) that the module turns
 * back into the map: the dialer loads it for national input, and the groups are 40% of the
 * map's gzip bytes.
 */
function regionCodesModule(byCode, codes) {
  const seen = new Set();
  const groups = codes.map((code) =>
    (byCode[code] ?? [])
      .map((region) => {
        if (!/^[A-Z]{2}$/.test(region) || seen.has(region))
          throw new Error(`region ${region} is not two letters, or in two calling codes`);
        seen.add(region);
        return region;
      })
      .join(''),
  );
  return `import { callingCodes } from './calling-codes.js';
const groups = ${JSON.stringify(groups.join(' '))}.split(' ');
export const regionCodes = {};
callingCodes.forEach((code, i) => {
  for (const region of groups[i].match(/../g) ?? []) regionCodes[region] = code;
});
`;
}

/** Writes src/phone/metadata/*.js afresh (leaving the committed .d.ts files alone). */
export function writePhoneMetadata() {
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name.endsWith('.js')) rmSync(OUT + name);
  const files = phoneMetadataFiles();
  for (const [name, source] of files) writeFileSync(OUT + name, source);
  return files;
}

/**
 * Rollup: writes the folder at the start of a build, and ships the per-calling-code modules,
 * which the code imports with a variable name (`./metadata/${code}.js`), beside it.
 * - npm build (`dropIn: false`): as `dist/phone/metadata/<code>.js`, the name the import asks for
 *   (a user's bundler follows that import itself).
 * - drop-in (`dropIn: true`): as `dist/clid-phone-<code>-<hash>.js` beside the bundle, the import
 *   renamed to match; one hash of the whole metadata keeps old copies out of caches.
 */
export function phoneMetadataPlugin({ dropIn }) {
  let files;
  let hash;
  const chunkName = (file) =>
    dropIn ? `clid-phone-${file.replace(/\.js$/, '')}-${hash}.js` : `phone/metadata/${file}`;
  return {
    name: 'clid-phone-metadata',
    buildStart() {
      files = writePhoneMetadata();
      hash = createHash('sha256')
        .update([...files.values()].join(''))
        .digest('base64url')
        .slice(0, 8);
    },
    transform(code, id) {
      if (!dropIn || !id.endsWith('/src/phone/metadata-chunks.ts')) return null;
      if (!code.includes(CHUNK_IMPORT))
        this.error(`${CHUNK_IMPORT} not found in ${id}: keep scripts/phone-metadata.mjs in step`);
      return { code: code.replace(CHUNK_IMPORT, `\`./clid-phone-\${code}-${hash}.js\``), map: null };
    },
    generateBundle() {
      for (const [file, source] of files) {
        if (/^\d+\.js$/.test(file)) this.emitFile({ type: 'asset', fileName: chunkName(file), source });
      }
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = writePhoneMetadata();
  console.log(`wrote ${files.size} files to ${OUT}`);
}
