/**
 * The Lit context through which `<clid-provider>` (or any element that provides one) hands its
 * store to descendant elements. The value is the store INSTANCE, which never changes for the
 * provider's lifetime (hot reloads go through `store.setConfig`); consumers subscribe to the store
 * for its state, since a context only notifies when its value is replaced.
 *
 * The key is a global symbol, so two copies of the library on one page (the script-tag bundle and
 * an npm build) still find each other's provider.
 *
 * The elements speak the context protocol themselves ({@link requestStore}, {@link StoreProvision}):
 * two small functions instead of @lit/context's controllers, which the script-tag bundle would
 * otherwise carry into the first paint. Any provider or consumer that follows the protocol
 * (@lit/context's `ContextProvider` / `ContextConsumer` included) works with them.
 *
 * @example
 * import { ContextProvider } from '@lit/context';
 * new ContextProvider(myAppShell, { context: clidStoreContext, initialValue: store });
 * @module
 */
import { createContext } from '@lit/context';
import type { ClidStore } from './store/index.js';

export const clidStoreContext = createContext<ClidStore | undefined>(Symbol.for('clid-store'));

type Callback = (store: ClidStore | undefined, unsubscribe?: () => void) => void;

/** The protocol's `context-request` event, as far as these elements read it. */
interface StoreRequest extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

/**
 * Asks the nearest provider above `host` for the store, now and whenever it changes, with the
 * protocol's `context-request` event. Returns the function that ends the subscription.
 *
 * @example
 * const stop = requestStore(this, (store) => this.use(store));
 */
export const requestStore = (host: Element, callback: (store: ClidStore | undefined) => void): (() => void) => {
  let off: (() => void) | undefined;
  const e = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: clidStoreContext,
    contextTarget: host,
    subscribe: true,
    callback: ((store: ClidStore | undefined, unsubscribe?: () => void) => {
      // A provider that hands over to another (re-parenting) gives a new unsubscribe.
      if (off !== unsubscribe) off?.();
      off = unsubscribe;
      callback(store);
    }) satisfies Callback,
  });
  host.dispatchEvent(e);
  return () => {
    off?.();
    off = undefined;
  };
};

/**
 * The providing side: answers the `context-request` events for the store that reach `host` from
 * its descendants, and tells subscribers when {@link set} changes the store.
 *
 * @example
 * const provision = new StoreProvision(this);
 * provision.set(store);
 */
export class StoreProvision {
  #subs = new Set<Callback>();
  #value?: ClidStore;

  constructor(host: Element) {
    host.addEventListener('context-request', (ev) => {
      const e = ev as StoreRequest;
      if (e.context !== clidStoreContext || (e.contextTarget ?? e.composedPath()[0]) === host) return;
      e.stopPropagation();
      const cb = e.callback;
      if (e.subscribe) this.#subs.add(cb);
      cb(this.#value, e.subscribe ? () => this.#subs.delete(cb) : undefined);
    });
  }

  /** Provides `store`, calling every subscriber when it is another one. */
  set(store: ClidStore | undefined): void {
    if (store === this.#value) return;
    this.#value = store;
    for (const cb of this.#subs) cb(store, () => this.#subs.delete(cb));
  }
}
