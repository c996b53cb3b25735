/**
 * The store's typed events. Elements re-dispatch them with the `clid-` prefix.
 * @module
 */
import type { CallDetail, ChangeDetail, DefaultChangeDetail, ErrorDetail, RejectedDetail } from './types.js';

/** Event type → detail type, for every event the store dispatches. */
export interface ClidStoreEventDetails {
  /** The selection for the next call changed (cancelable when an agent's `select` caused it). */
  change: ChangeDetail;
  /** The agent default changed (`clid` is `null` when cleared, or when it is not permitted). */
  'default-change': DefaultChangeDetail;
  /** A call was placed. */
  call: CallDetail;
  /** A requested, rule-chosen, selector-chosen or selected number could not be used. */
  rejected: RejectedDetail;
  /** Config invalid, storage failed, or no number is permitted. */
  error: ErrorDetail;
}

/** The store's event type names. */
export type ClidStoreEventType = keyof ClidStoreEventDetails;

/**
 * A store event: a `CustomEvent` whose `type` and `detail` match.
 *
 * @example
 * store.addEventListener('call', (e) => console.log(e.detail.clid.number, e.detail.source));
 */
export class ClidStoreEvent<K extends ClidStoreEventType = ClidStoreEventType> extends CustomEvent<
  ClidStoreEventDetails[K]
> {
  declare readonly type: K;
  constructor(type: K, detail: ClidStoreEventDetails[K], cancelable?: boolean) {
    super(type, { detail: Object.freeze(detail) as ClidStoreEventDetails[K], cancelable });
  }
}

/** `change` event. */
export type ClidStoreChangeEvent = ClidStoreEvent<'change'>;
/** `default-change` event. */
export type ClidStoreDefaultChangeEvent = ClidStoreEvent<'default-change'>;
/** `call` event. */
export type ClidStoreCallEvent = ClidStoreEvent<'call'>;
/** `rejected` event. */
export type ClidStoreRejectedEvent = ClidStoreEvent<'rejected'>;
/** `error` event. */
export type ClidStoreErrorEvent = ClidStoreEvent<'error'>;

/** Event type → event class, as `addEventListener` sees them. */
export type ClidStoreEventMap = { [K in ClidStoreEventType]: ClidStoreEvent<K> };

/** A listener for store event `K`. */
export type ClidStoreListener<K extends ClidStoreEventType> =
  ((event: ClidStoreEventMap[K]) => void) | { handleEvent(event: ClidStoreEventMap[K]): void };

/** An `EventTarget` whose `addEventListener`/`removeEventListener` know the store's events. */
export interface ClidStoreEventTarget extends EventTarget {
  addEventListener<K extends ClidStoreEventType>(
    type: K,
    listener: ClidStoreListener<K> | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends ClidStoreEventType>(
    type: K,
    listener: ClidStoreListener<K> | null,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}
