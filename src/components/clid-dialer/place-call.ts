/**
 * Placing a call from the dialer: through the store, with the events the dialer dispatches for
 * it (`clid-call`, or the `clid-rejected` / `clid-error` that says why not).
 * @module
 */
import { ClidCallEvent, ClidErrorEvent, ClidRejectedEvent } from '../../events.js';
import { ClidCallError, failureEvent, isClidCallError, isRefusal } from '../../store/call-error.js';
import type { CallDetail, CallKind, CallRequest, ClidStore } from '../../store/index.js';
import { errorMessage, numberLabel, refusalMessage, type MessageStrings } from '../../messages.js';
import { formatNumber, loadFormats } from '../../phone/format.js';
import { fill } from '../../strings.js';
import type { DialerStrings } from './clid-dialer.strings.js';

/** Options of `ClidDialer.dial`: what a click-to-dial link or a campaign entry knows. */
export interface DialOptions {
  /** The dialed record's fields, matched by field rules. */
  record?: Readonly<Record<string, unknown>>;
  /** A number requested for this call (id or E.164). */
  requested?: string | null;
  dialListId?: string;
  dialEntryId?: string;
  /** `outbound` (default), `consult` or `transfer`. */
  kind?: CallKind;
}

/** Why `dial()` rejected: the store's reasons, `invalid-destination` or `no-config`. */
export type DialError = Error & { reason: ClidCallError['reason'] | 'no-config' };

/**
 * One dialer's calls: places them through the store, dispatches on the dialer what became of each
 * (`clid-call`, or the `clid-rejected` / `clid-error` the store's failure maps to), and keeps the
 * line that says so ("Calling … from …", or why not).
 *
 * @example
 * const calls = new CallPlacement(dialer, () => dialer.requestUpdate());
 * await calls.place(source.ready(), { destination: '+442079460123' }, strings);
 */
export class CallPlacement {
  /** A call is being placed. */
  busy = false;
  /** What became of the last call: "Calling … from …", or why it failed (`''`: nothing to say). */
  line = '';
  /** The last call failed ({@link line} says why). */
  failed = false;
  /** The ref the last refused call could not use. */
  refusedRef?: string;

  readonly #events: EventTarget;
  readonly #requestUpdate: () => void;

  constructor(events: EventTarget, requestUpdate: () => void) {
    this.#events = events;
    this.#requestUpdate = requestUpdate;
  }

  /**
   * Places `request` once the store is there; rejects as the store does (or with `reason:
   * 'no-config'`). `complete` adds what the dialer knows of the call to its detail (where it goes).
   */
  async place(
    store: Promise<ClidStore>,
    request: CallRequest,
    strings: Pick<DialerStrings, 'placed'> & MessageStrings,
    complete: (call: CallDetail) => CallDetail = (call) => call,
  ): Promise<CallDetail> {
    this.busy = true;
    this.line = '';
    this.#requestUpdate();
    try {
      const call = complete(await (await store).placeCall(request));
      this.failed = false;
      this.line = fill(strings.placed, formatNumber(call.destination), numberLabel(call.clid, formatNumber));
      this.#events.dispatchEvent(new ClidCallEvent(call));
      return call;
    } catch (error) {
      const shown = await this.#worded(error, strings);
      this.fail(shown);
      const failure = failureEvent(shown);
      if (failure?.type === 'error') this.#events.dispatchEvent(new ClidErrorEvent(failure.detail));
      if (failure?.type === 'rejected') this.#events.dispatchEvent(new ClidRejectedEvent(failure.detail));
      throw shown;
    } finally {
      this.busy = false;
      this.#requestUpdate();
    }
  }

  /**
   * The error as the agent reads it: a store's refusal worded anew in their language (which call,
   * which number and why, what to do next), with the numbers in their country's grouping; any
   * other error (no config, a failing hook) as it is.
   */
  async #worded(error: unknown, strings: MessageStrings): Promise<Error> {
    this.refusedRef = isClidCallError(error) ? error.requested : undefined;
    if (!isClidCallError(error)) return error instanceof Error ? error : new Error(String(error));
    const { reason, requested, source, refused, destination } = error;
    // Numbers in the message read in their country's grouping: fetch it first (small, cached).
    const named = [destination, refused?.number].filter((n): n is string => !!n);
    if (named.length) await loadFormats(named).catch(() => {});
    let message: string;
    if (reason === 'no-permitted-number') message = errorMessage(strings, reason);
    else if (isRefusal(error)) message = refusalMessage(strings, error, formatNumber);
    else return error;
    return new ClidCallError({ reason, requested, source, refused, destination, message });
  }

  /** Forgets the last call's line (a new destination is being typed). */
  clearLine(): void {
    this.line = '';
  }

  /** Shows why a call could not be placed; returns the error. */
  fail(error: Error): Error {
    this.line = error.message;
    this.failed = true;
    this.#requestUpdate();
    return error;
  }
}
