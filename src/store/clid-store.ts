/**
 * The store's public interface: what `createClidStore` returns, and its options.
 * @module
 */
import type { ClidStoreEventTarget } from './events.js';
import type { StorageOption } from './persistence.js';
import type { ClidSelector } from './resolve.js';
import type {
  CallDetail,
  CallOutcome,
  CallRequest,
  ClidConfig,
  ClidRef,
  ClidState,
  Resolution,
  SelectScope,
} from './types.js';

/** Options of `createClidStore`. */
export interface ClidStoreOptions {
  /** Where the agent default is remembered: `'local'` (default), `'session'`, `'memory'`, or an adapter. */
  storage?: StorageOption;
  /** The custom selector hook (rule 4.4), sync or async. */
  selector?: ClidSelector;
  /** How long the selector hook may take before it is passed over; default 3000 ms. */
  selectorTimeoutMs?: number;
}

/** The headless store. An `EventTarget` with typed events (see {@link ClidStoreEventDetails}). */
export interface ClidStore extends ClidStoreEventTarget {
  /** The current immutable state; the same object until something changes. */
  getState(): ClidState;
  /** Calls `listener` with the new state after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ClidState) => void): () => void;
  /**
   * Chooses a number for the next call (`scope: 'call'`, the default) or as the agent default.
   * Returns `false` when the store is locked, when a `change` listener cancels, or when the ref
   * cannot be used (a `rejected` event then says why).
   */
  select(ref: ClidRef, options?: { scope?: SelectScope }): boolean;
  /** Forgets the agent default (here and in storage); `false` when locked. */
  clearDefault(): boolean;
  /**
   * Drops the per-call choice, so the next call presents the default again (`selectedSource` is
   * no longer `'call'`). Emits `change` (`scope: 'call'`, not cancelable) when there was one;
   * `false` when locked.
   *
   * @example
   * store.select('us', { scope: 'call' });
   * store.clearCall(); // back to the agent default
   */
  clearCall(): boolean;
  /** What a call would present, and why; rejects with a {@link ClidCallError}. Emits nothing. */
  resolve(request: CallRequest): Promise<Resolution>;
  /**
   * `resolve`, synchronously: a preview for the elements. An async selector hook is passed over
   * (`selector:async` in the trace), so with one configured the preview may differ from the call.
   * Throws a {@link ClidCallError}.
   */
  resolveSync(request: CallRequest): Resolution;
  /** Places a call: resolves with the `call` detail, or rejects with a {@link ClidCallError}. */
  placeCall(request: CallRequest): Promise<CallDetail>;
  /**
   * Tells the store how a call it placed ended. After `answered` or `voicemail` the store remembers
   * destination → number for the account (`rules.sticky`). An unknown `callId` or outcome is a
   * `TypeError`.
   */
  reportOutcome(callId: string, outcome: CallOutcome): void;
  /** Replaces the config whole, or throws a {@link ClidConfigError} and changes nothing. */
  setConfig(config: ClidConfig): void;
  /**
   * Stops listening for other tabs' changes for good and drops subscribers. Not needed to free a
   * store: one with no subscribers and no event listeners holds no global listener, so it is
   * garbage-collected once the page drops it.
   */
  destroy(): void;
}
