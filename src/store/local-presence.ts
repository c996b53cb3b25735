/**
 * Local presence (domain rule 12): among the numbers the agent may present (with a `tag`: only
 * those tagged so), the one nearest the destination by the first level that has a candidate —
 * same area code, same state or province, same country (within +1, the US and Canada are
 * different countries). Never a `flagged` or `blocked` number; a healthy one before an at-risk
 * one at the same level; then config order.
 *
 * Places come from `src/geo/places.ts`, loaded lazily ({@link prepareLocalPresence}): the step
 * itself only reads what is loaded, and says `local-presence:not-loaded` until it is. Once the
 * numbers' data is in, an index per config gives each area, region and country its best number,
 * so a step is one place lookup and at most three map lookups, whatever the number of numbers.
 * @module
 */
import * as places from '../geo/places.js';
import type { PlaceInfo } from '../geo/places.js';
import type { ParsedConfig } from './config.js';
import { matched } from './resolve.js';
import type { ClidNumber, LocalPresenceLevel, Resolution, TraceStep } from './types.js';

/** What local presence reads of the place data (`src/geo/places.ts`). */
export interface PlaceSource {
  loadPlacesOf(numbers: Iterable<string>): Promise<void>;
  placeOfSync(e164: string): PlaceInfo | null | undefined;
}

/** Each level's best number by key: area code, `country:region`, country. */
type Index = Readonly<Record<LocalPresenceLevel, ReadonlyMap<string, ClidNumber>>>;

const LEVELS: readonly LocalPresenceLevel[] = ['area', 'region', 'country'];

/** The place data: `src/geo/places.ts` (a small loader; the lookup and the data load lazily). */
let source: PlaceSource = places;
/** Per config: its index once every candidate's place data is loaded. */
let indices = new WeakMap<ParsedConfig, Index>();

/**
 * Replaces the place data with a test double (`undefined`: back to the real module). Internal:
 * for the store's own tests, not part of the public API.
 */
export function usePlaceSource(double: PlaceSource | undefined): void {
  source = double ?? places;
  indices = new WeakMap();
}

/** The numbers that take part: offered (permitted, not blocked), not flagged, with the tag if one is set. */
function candidates(c: ParsedConfig): ClidNumber[] {
  const tag = c.localPresence?.tag;
  const pool = c.numbers.filter((n) => n.health !== 'flagged' && (tag === undefined || n.tags?.includes(tag)));
  // Healthy before at-risk; each in config order (filter keeps it).
  return [...pool.filter((n) => n.health !== 'at-risk'), ...pool.filter((n) => n.health === 'at-risk')];
}

/** The key of `place` at `level`, if it has one. */
function keyOf(place: PlaceInfo, level: LocalPresenceLevel): string | undefined {
  if (level === 'area') return place.area;
  if (level === 'region') return place.region && `${place.country}:${place.region}`;
  return place.country;
}

/** The index of `c`, built once every candidate's place is loaded; `undefined` until then. */
function indexOf(c: ParsedConfig, geo: PlaceSource): Index | undefined {
  let index = indices.get(c);
  if (index) return index;
  const pool = candidates(c);
  const places: (PlaceInfo | null)[] = [];
  for (const n of pool) {
    const place = geo.placeOfSync(n.number);
    if (place === undefined) return undefined;
    places.push(place);
  }
  const maps = { area: new Map(), region: new Map(), country: new Map() } as Record<
    LocalPresenceLevel,
    Map<string, ClidNumber>
  >;
  pool.forEach((n, i) => {
    const place = places[i];
    if (!place) return;
    for (const level of LEVELS) {
      const key = keyOf(place, level);
      if (key !== undefined && !maps[level].has(key)) maps[level].set(key, n);
    }
  });
  index = maps;
  indices.set(c, index);
  return index;
}

/** Countries' names in English, as asked (`Intl.DisplayNames` is slow next to a map). */
const countryNames = new Map<string, string>();
/** A country's name in English (`'US'` → `'United States'`), else its code. */
function countryName(country: string): string {
  let name = countryNames.get(country);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames('en', { type: 'region' }).of(country) ?? country;
    } catch {
      name = country;
    }
    countryNames.set(country, name);
  }
  return name;
}

/** The place a level names, in English: the area's name, the region, the country's name. */
function placeName(place: PlaceInfo, level: LocalPresenceLevel): string {
  if (level === 'area') return place.areaName ?? place.name;
  if (level === 'region') return place.region ?? place.name;
  return countryName(place.country);
}

/**
 * Loads what local presence needs for a call to `destination`: the place data of the
 * destination and of the candidates (`loadPlacesOf`: their calling codes, and of a large code only
 * the parts they need); `undefined` when it is there already or `c` does not ask for local
 * presence. Never rejects.
 */
export function prepareLocalPresence(c: ParsedConfig, destination: string | null): Promise<void> | undefined {
  if (!c.localPresence) return undefined;
  const indexed = indices.has(c);
  if (indexed && (destination === null || source.placeOfSync(destination) !== undefined)) return undefined;
  const numbers = indexed ? [] : candidates(c).map((n) => n.number);
  if (destination !== null) numbers.push(destination);
  return source.loadPlacesOf(numbers).catch(() => undefined);
}

/**
 * The local-presence step for `destination` (E.164): the nearest candidate, or `undefined` with
 * the reason in the trace (nothing when off; `local-presence:not-loaded` while the place data is
 * on its way — its load is then started —, `none` when the data names no place for the
 * destination, `no-area` / `no-region` / `no-country` for each level without a candidate).
 */
export function localPresenceStep(c: ParsedConfig, destination: string, trace: TraceStep[]): Resolution | undefined {
  // Off: no trace entry, so an account without it traces exactly as before.
  if (!c.localPresence) return undefined;
  const index = indexOf(c, source);
  const place = source.placeOfSync(destination);
  if (!index || place === undefined) {
    trace.push('local-presence:not-loaded');
    // Started for a later call; it never rejects.
    prepareLocalPresence(c, destination)?.catch(() => undefined);
    return undefined;
  }
  if (place === null) {
    trace.push('local-presence:none');
    return undefined;
  }
  for (const level of LEVELS) {
    const key = keyOf(place, level);
    const n = key === undefined ? undefined : index[level].get(key);
    if (n)
      return matched(n, 'local-presence', trace, { kind: 'local-presence', level, place: placeName(place, level) });
    trace.push(`local-presence:no-${level}`);
  }
  return undefined;
}

/** Where `destination` is, from place data already loaded (for the `call` detail); `undefined` when not known. */
export function loadedPlaceOf(destination: string): PlaceInfo | undefined {
  return source.placeOfSync(destination) ?? undefined;
}
