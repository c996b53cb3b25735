/**
 * What local presence needs of the place data, in one lazily loaded module: `src/geo/places.ts`
 * and the calling code of a number. The store imports it with a dynamic `import()` only when an
 * account asks for local presence, so neither the store entry nor the first paint carries it.
 * @module
 */
import { callingCodes } from '../phone/metadata/calling-codes.js';

export { loadPlaces, placeOfSync } from '../geo/places.js';

const KNOWN = new Set(callingCodes);

/**
 * The calling code of an E.164 number (`'+14155550100'` → `'1'`), or `undefined` when it starts
 * with none. Calling codes are prefix-free: at most one of the first one, two or three digits is one.
 */
export function callingCodeOf(e164: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = e164.slice(1, 1 + length);
    if (KNOWN.has(code)) return code;
  }
  return undefined;
}
