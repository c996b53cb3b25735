/**
 * `clid-picker/store`: the headless selection store. Imports nothing from Lit or the DOM beyond
 * `EventTarget` and `CustomEvent`, so it runs in browsers, workers and Node.
 *
 * @example
 * import { createClidStore } from 'clid-picker/store';
 * const store = createClidStore({ numbers: ['+442079460000', '+14155550100'] });
 * store.subscribe((state) => console.log(state.selected?.number));
 * store.select('+14155550100', { scope: 'default' });
 * @module
 */
export { createClidStore, type ClidStore, type ClidStoreOptions } from './create-store.js';
export { ClidConfigError, parseConfig, type ConfigIssue, type ParsedConfig } from './config.js';
export { ClidCallError } from './call-error.js';
export type { ClidSelector, SelectorAnswer } from './resolve.js';
export { isE164, toE164 } from './e164.js';
export { PrefixIndex } from './prefix-index.js';
export { memoryStorage, storageKey, type StorageAdapter, type StorageOption } from './persistence.js';
export {
  ClidStoreEvent,
  type ClidStoreEventDetails,
  type ClidStoreEventMap,
  type ClidStoreEventTarget,
  type ClidStoreEventType,
  type ClidStoreListener,
  type ClidStoreChangeEvent,
  type ClidStoreDefaultChangeEvent,
  type ClidStoreCallEvent,
  type ClidStoreRejectedEvent,
  type ClidStoreErrorEvent,
} from './events.js';
export type * from './types.js';
