/**
 * What local presence reads of the place data (`src/geo/places.ts`), in one module the store
 * imports with a dynamic `import()` only when an account asks for local presence, so neither the
 * store entry nor the first paint carries it.
 * @module
 */
export { loadPlaces, placeOfSync, callingCodeOfNumber as callingCodeOf } from '../geo/places.js';
