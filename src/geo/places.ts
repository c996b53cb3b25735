/**
 * Where a number is and its time zones, from Google's libphonenumber geocoding and time-zone data,
 * loaded lazily per calling code. No DOM, no Lit: the store uses it (local presence) in browsers,
 * workers and Node; the dialer uses it to say where a call goes.
 *
 * SHARED INTERFACE (round 18): the geo helper owns this module's implementation; the store and the
 * elements code against these names. The bodies below are placeholders until the data lands.
 * @module
 */

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

/**
 * Loads the place and time-zone data of these calling codes (digits, e.g. `'1'`, `'44'`), each once;
 * resolves when all are in. A code with no data resolves too (its numbers then have no place).
 */
export function loadPlaces(_callingCodes: Iterable<string>): Promise<void> {
  return Promise.resolve();
}

/**
 * Where an E.164 number is, from data already loaded: `undefined` while its calling code's data is
 * not loaded, `null` when the data names no place for it.
 */
export function placeOfSync(_e164: string): PlaceInfo | null | undefined {
  return undefined;
}

/** Where an E.164 number is, loading its calling code's data first; `null` when unknown. */
export async function placeOf(e164: string): Promise<PlaceInfo | null> {
  await loadPlaces([]);
  return placeOfSync(e164) ?? null;
}
