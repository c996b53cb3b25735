/**
 * The sticky and local-presence steps (domain rules 11 and 12), in one module that
 * `automatic.ts` imports with a dynamic `import()` when a config asks for either: an account
 * that uses neither never downloads them, and the store entry and the first paint stay small.
 * @module
 */
export { Sticky } from './sticky.js';
export { loadedPlaceOf, localPresenceStep, prepareLocalPresence } from './local-presence.js';
