/**
 * The Lit context through which `<clid-provider>` (or any element that provides one) hands its
 * store to descendant elements. The value is the store INSTANCE, which never changes for the
 * provider's lifetime (hot reloads go through `store.setConfig`); consumers subscribe to the store
 * for its state, since a context only notifies when its value is replaced.
 *
 * The key is a global symbol, so two copies of the library on one page (the script-tag bundle and
 * an npm build) still find each other's provider.
 *
 * @example
 * import { ContextProvider } from '@lit/context';
 * new ContextProvider(myAppShell, { context: clidStoreContext, initialValue: store });
 * @module
 */
import { createContext } from '@lit/context';
import type { ClidStore } from './store/index.js';

export const clidStoreContext = createContext<ClidStore | undefined>(Symbol.for('clid-store'));
