/**
 * `clid-picker`: the element classes, the store and every public type. Importing it defines
 * nothing; import `clid-picker/define` (or load the script-tag bundle) to register the elements.
 *
 * @example
 * import { ClidPicker, createClidStore } from 'clid-picker';
 * customElements.define('my-callback-picker', class extends ClidPicker {});
 * @module
 */
export { ClidProvider } from './components/clid-provider/clid-provider.js';
export { ClidPicker } from './components/clid-picker/clid-picker.js';
export { ClidDialer, type DialOptions, type DialError } from './components/clid-dialer/clid-dialer.js';
export {
  ClidChangeEvent,
  ClidDefaultChangeEvent,
  ClidCallEvent,
  ClidRejectedEvent,
  ClidErrorEvent,
} from './events.js';
export { clidStoreContext } from './context.js';
export { StoreController, type StoreHost } from './controllers/store-controller.js';
export { SourceController, type SourceHost } from './controllers/source-controller.js';
export { registerStrings, type ClidStrings } from './strings.js';
export { loadPhoneKit, type PhoneKit, type PhoneKitOptions, type PhoneProblem } from './phone/phone-kit.js';
// The iframe bridge loads lazily (its own chunk); `clid-picker/bridge` imports it directly.
export { loadClidBridge } from './bridge/load.js';
export type {
  ClidBridge,
  ClidBridgeOptions,
  ClidBridgeClient,
  ClidBridgeClientOptions,
  ClidBridgeError,
  BridgeDialOptions,
  BridgeEventDetails,
} from './bridge/bridge.js';
// The store's DOM-free API. Its event types are exported there under store names; the
// `Clid*Event` names above are the elements' DOM events.
export {
  createClidStore,
  ClidConfigError,
  ClidCallError,
  parseConfig,
  isE164,
  toE164,
  PrefixIndex,
  memoryStorage,
  storageKey,
  ClidStoreEvent,
  type ClidStore,
  type ClidStoreOptions,
  type ConfigIssue,
  type ParsedConfig,
  type ClidSelector,
  type SelectorAnswer,
  type StorageAdapter,
  type StorageOption,
  type ClidStoreEventDetails,
  type ClidStoreEventMap,
  type ClidStoreEventTarget,
  type ClidStoreEventType,
  type ClidStoreListener,
} from './store/index.js';
export type * from './store/types.js';
