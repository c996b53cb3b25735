/**
 * Other tabs' changes to the remembered default, heard through the window's `storage` event
 * while the store is watched (see `watched.ts`): a store nobody watches holds no listener on the
 * window, and catches up with what changed meanwhile when it is watched again.
 * @module
 */
import { decode } from './persistence.js';

/** The global scope's event methods: typed as always there, missing in Node. */
const globalEvents: Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>> = globalThis;

/**
 * One store's link to the other tabs: `changed` hears each readable default another tab wrote
 * under the store's key (read at each event: the key follows the config), `fault` a storage that
 * throws.
 *
 * @example
 * const sync = new CrossTabSync(localStorage, () => key, (id) => remember(id), console.warn);
 * sync.watched(true, false); // listens, and reads the stored default once to catch up
 */
export class CrossTabSync {
  readonly #web: Storage;
  readonly #key: () => string;
  readonly #changed: (id: string | null) => void;
  readonly #fault: (error: unknown) => void;

  constructor(web: Storage, key: () => string, changed: (id: string | null) => void, fault: (error: unknown) => void) {
    this.#web = web;
    this.#key = key;
    this.#changed = changed;
    this.#fault = fault;
  }

  /**
   * Listens (`on`) or stops. When it starts listening it reads the stored default once, to catch
   * up with another tab, unless our own writes are still `pending` (storage does not hold our
   * latest default until they are done).
   */
  watched(on: boolean, pending: boolean): void {
    if (!on) {
      this.stop();
      return;
    }
    globalEvents.addEventListener?.('storage', this.#onStorage);
    if (pending) return;
    try {
      const id = decode(this.#web.getItem(this.#key()));
      if (id !== undefined) this.#changed(id);
    } catch (e) {
      this.#fault(e);
    }
  }

  /** Stops listening. */
  stop(): void {
    globalEvents.removeEventListener?.('storage', this.#onStorage);
  }

  readonly #onStorage = (e: StorageEvent): void => {
    if (e.key !== this.#key() || (e.storageArea && e.storageArea !== this.#web)) return;
    const id = decode(e.newValue);
    if (id !== undefined) this.#changed(id);
  };
}
