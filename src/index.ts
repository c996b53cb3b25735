/**
 * `clid-picker`: the element classes, the store and every public type. Importing it defines
 * nothing; import `clid-picker/define` (or load the script-tag bundle) to register the elements,
 * or call `defineClidElements` for tag names of your own.
 *
 * @example
 * import { defineClidElements } from 'clid-picker';
 * defineClidElements({ picker: 'my-callback-picker', dialer: 'my-callback-dialer' });
 * @module
 */
export { ClidProvider } from './components/clid-provider/clid-provider.js';
export { ClidPicker } from './components/clid-picker/clid-picker.js';
export { ClidDialer, type DialOptions, type DialError } from './components/clid-dialer/clid-dialer.js';
export { defineClidElements, type ClidElementNames } from './define-elements.js';
export { ClidChangeEvent, ClidDefaultChangeEvent, ClidCallEvent, ClidRejectedEvent, ClidErrorEvent } from './events.js';
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
// The store's DOM-free API, all of it (`clid-picker/store`). Its event types are
// `ClidStore*Event`; the `Clid*Event` classes above are the elements' DOM events.
export * from './store/index.js';
