/**
 * A ReactiveController that keeps its host subscribed to one store while the host is connected.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ClidChangeEvent, ClidDefaultChangeEvent, ClidErrorEvent, ClidRejectedEvent } from '../events.js';
import type { ClidState, ClidStore, ClidStoreEventDetails } from '../store/index.js';
import { agentMessage, type ClidStrings } from '../strings.js';

/** A store event as a DOM event (the store may be another copy of the library's: not `instanceof`). */
type StoreEvent<K extends keyof ClidStoreEventDetails> = CustomEvent<ClidStoreEventDetails[K]>;

/** Store events that an element re-dispatches (with the `clid-` prefix) when it caused them. */
const REDISPATCHED = ['change', 'rejected', 'error', 'default-change'] as const;

/** An element that hosts controllers. */
export type StoreHost = ReactiveControllerHost & HTMLElement;

/**
 * Subscribes on `hostConnected`, unsubscribes on `hostDisconnected`, and subscribes again when the
 * host is connected again (moved in the DOM). Every store change re-renders the host.
 *
 * Changes the host makes itself go through {@link StoreController.own}: the store events that such
 * an action causes (`change`, `default-change`, `rejected`, `error`) are re-dispatched on the host
 * with the `clid-` prefix; a listener that cancels `clid-change` cancels the store's `change`, so
 * the old selection stays. The message of a rejection or error is kept in
 * {@link StoreController.notice} for the host to show. Any other change of the selection is
 * recorded in {@link StoreController.outside}, for the host to announce.
 *
 * @example
 * class MyView extends LitElement {
 *   #store = new StoreController(this);
 *   render() { return html`${this.#store.state?.selected?.name}`; }
 * }
 * myView.#store.use(store);
 */
export class StoreController implements ReactiveController {
  /** The store in use, if any. */
  store?: ClidStore;
  /** The store's latest state. */
  state?: ClidState;
  /** The selected number after a change the host did not make (cleared by the host). */
  outside?: ClidState['selected'];
  /** Message of the last rejection or error the host's own action caused. */
  notice?: string;
  /** Set while the host itself acts on the store (see {@link own}). */
  #mine = false;
  #off?: () => void;

  constructor(protected host: StoreHost) {
    host.addController(this);
  }

  /** Switches to another store (or none), re-subscribing while the host is connected. */
  use(store?: ClidStore): void {
    if (store === this.store) return;
    this.hostDisconnected();
    this.store = store;
    this.state = undefined;
    if (this.host.isConnected) this.hostConnected();
  }

  /** Runs `act` as the host's own action: its selection change is not announced as outside. */
  own<T>(act: (store: ClidStore) => T): T | undefined {
    this.#mine = true;
    this.notice = undefined;
    try {
      return this.store && act(this.store);
    } finally {
      this.#mine = false;
    }
  }

  hostConnected(): void {
    const store = this.store;
    if (store && !this.#off) {
      const unsubscribe = store.subscribe(() => this.#sync(store));
      for (const type of REDISPATCHED) store.addEventListener(type, this.#relay);
      this.#off = () => {
        unsubscribe();
        for (const type of REDISPATCHED) store.removeEventListener(type, this.#relay);
      };
      this.#sync(store);
    }
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
  }

  #relay = (e: Event): void => {
    if (!this.#mine) return;
    if (!this.host.dispatchEvent(this.#elementEvent(e))) e.preventDefault();
    this.host.requestUpdate();
  };

  /**
   * The element's event for a store event (one of {@link REDISPATCHED}); rejections and errors
   * are worded for this element's agent (language, number formatting) and kept as its notice.
   */
  #elementEvent(e: Event): Event {
    if (e.type === 'change') return new ClidChangeEvent((e as StoreEvent<'change'>).detail);
    if (e.type === 'default-change') return new ClidDefaultChangeEvent((e as StoreEvent<'default-change'>).detail);
    const strings = (this.host as { strings?: Partial<ClidStrings> }).strings;
    if (e.type === 'rejected') {
      const { detail } = e as StoreEvent<'rejected'>;
      this.notice = agentMessage(this.host, detail, strings);
      return new ClidRejectedEvent({ ...detail, message: this.notice });
    }
    const { detail } = e as StoreEvent<'error'>;
    this.notice = agentMessage(this.host, detail, strings);
    return new ClidErrorEvent({ ...detail, message: this.notice });
  }

  #sync(store: ClidStore): void {
    const before = this.state;
    const state = store.getState();
    this.state = state;
    if (before && !this.#mine && state.selected?.id !== before.selected?.id) this.outside = state.selected;
    this.host.requestUpdate();
  }
}
