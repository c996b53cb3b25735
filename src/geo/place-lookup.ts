/**
 * The lookup behind `places.ts` (see its module documentation for how a number is answered): it
 * loads the calling codes' data modules, unpacks them and answers numbers from them. `places.ts`
 * loads this module on the first request for a place, so that what a page carries before it
 * asks for one is a few lines.
 * @module
 */
import { callingCodes } from './codes.js';

/** Where a number is, as libphonenumber's data says. Every name is in English. */
export interface PlaceInfo {
  /** ISO 3166 alpha-2 country of the number (`'US'`, `'CA'`, `'GB'`); within +1 by area code. */
  readonly country: string;
  /**
   * The geographic area code, as calling code + area code digits (`'1415'`, `'44161'`, `'4930'`);
   * absent for numbers with no geographic area (mobiles, toll-free, non-geographic).
   */
  readonly area?: string;
  /** The area's name (`'New York, NY'`, `'Manchester'`; within +1 the area code's own name, else its state's). */
  readonly areaName?: string;
  /** State or province (`'California'`, `'Ontario'`): within +1 always for a geographic number; elsewhere where the data names one. */
  readonly region?: string;
  /** The most specific place the data keeps for this number (`'Manchester'`, `'London'`; within +1 the area's name), else the country's name. */
  readonly name: string;
  /** IANA time zones of the number (one or more), from libphonenumber's time-zone data. */
  readonly timeZones: readonly string[];
}

/** One calling code's module, as `scripts/geo-data.mjs` writes it (short keys: it is sent to browsers). */
export interface Chunk {
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
export interface Part {
  n: string;
  g: string;
}

/** A prefix table: prefix → value, and the longest prefix's length. */
interface Prefixes<T> {
  map: Map<string, T>;
  longest: number;
}

/** One calling code's data, ready to answer. */
export interface Places {
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
export const addPlaces = (
  table: Places['places'],
  { n, g }: { n?: string | undefined; g?: string | undefined },
): void => {
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

export const unpack = (chunk: Chunk): Places => {
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

/**
 * Where a number is (its calling code's `places` loaded, and the part of its first digit if any):
 * `code` its calling code, `national` its national digits.
 */
export const answer = (places: Places, code: string, national: string): PlaceInfo => {
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
  if (places === null) return null;
  if (places === undefined) return undefined;
  const national = e164.replace(/\D/g, '').slice(code.length);
  const first = national.charAt(0);
  if (places.parts.includes(first) && !places.partsLoaded.has(first)) return undefined;
  return answer(places, code, national);
}

/** Where an E.164 number is, loading its calling code's data first; `null` when unknown. */
export async function placeOf(e164: string): Promise<PlaceInfo | null> {
  if (callingCodeOfNumber(e164) === undefined) return null;
  await loadPlacesOf([e164]);
  return placeOfSync(e164) ?? null;
}
