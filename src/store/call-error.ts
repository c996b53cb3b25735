/**
 * Why a call cannot be placed or a number cannot be selected, and which store event says so.
 * @module
 */
import { messagesEn, refusalMessage } from '../messages.js';
import type { CallFailReason, ClidSource, ErrorDetail, RefusedNumber, RejectedDetail, RejectReason } from './types.js';

/** What a {@link ClidCallError} is made from. */
export interface ClidCallErrorOptions {
  /** The machine word. */
  readonly reason: CallFailReason;
  /** The ref that could not be used, as given (for `invalid-destination`: the destination). */
  readonly requested?: string;
  /** The step that offered the ref. */
  readonly source?: ClidSource | 'select';
  /** The account's number behind the ref, when it is one. */
  readonly refused?: RefusedNumber;
  /** The call's destination (E.164), when there is a call. */
  readonly destination?: string;
  /** The agent's text, when the caller words it (in the agent's language); else English. */
  readonly message?: string;
}

/** The English message of a failure (the elements word it in the agent's language). */
function englishMessage({ reason, requested, refused, destination }: ClidCallErrorOptions): string {
  if (reason === 'no-permitted-number') return messagesEn.noneAllowed;
  if (reason === 'invalid-destination') return `${JSON.stringify(requested)} is not a valid E.164 destination`;
  return refusalMessage(messagesEn, { reason, requested, refused, destination }, (number) => number);
}

/**
 * Why a call cannot be placed (or resolved): `reason` is the machine word, the message is for the
 * agent (in English unless the maker words it). `requested` is the ref that could not be used, as
 * given; `refused` names the account's number behind it, when it is one; `source` the step that
 * offered it; `destination` the call's destination (E.164), when there is a call. Made once from
 * its options, never changed after.
 *
 * @example
 * store.placeCall({ destination: '+442079460000', requested: '+0 12' })
 *   .catch((e: ClidCallError) => e.reason); // 'invalid'
 * new ClidCallError({ reason: 'not-permitted', requested: 'us', source: 'requested' });
 */
export class ClidCallError extends Error {
  readonly reason: CallFailReason;
  readonly requested?: string;
  readonly source?: ClidSource | 'select';
  readonly refused?: RefusedNumber;
  readonly destination?: string;
  constructor(options: ClidCallErrorOptions) {
    super(options.message ?? englishMessage(options));
    this.name = 'ClidCallError';
    this.reason = options.reason;
    this.requested = options.requested;
    this.source = options.source;
    this.refused = options.refused;
    this.destination = options.destination;
  }
}

/**
 * `error` is a {@link ClidCallError}, of this copy of the library or another on the page (told by
 * name, not `instanceof`).
 */
export const isClidCallError = (error: unknown): error is ClidCallError =>
  error instanceof Error && error.name === 'ClidCallError';

/**
 * The error refuses a number (a {@link RejectReason}), rather than saying that no number is
 * permitted or that the destination is not a number.
 *
 * @example
 * if (isRefusal(error)) refusalMessage(strings, error, format);
 */
export const isRefusal = (error: ClidCallError): error is ClidCallError & { readonly reason: RejectReason } =>
  error.reason !== 'no-permitted-number' && error.reason !== 'invalid-destination';

/** A store event that reports a failure: its type and detail. */
export type FailureEvent =
  | { readonly type: 'error'; readonly detail: ErrorDetail }
  | { readonly type: 'rejected'; readonly detail: RejectedDetail };

/**
 * The event that reports a failed call or selection: `error` when no number is permitted,
 * `rejected` when a number cannot be used. `undefined` for a destination that is not a number
 * (the caller's own mistake, told by the promise alone) and for anything but a
 * {@link ClidCallError} (a config that failed to load is reported where it failed).
 *
 * @example
 * failureEvent(new ClidCallError({ reason: 'not-permitted', requested: 'us', source: 'requested' }));
 * // { type: 'rejected', detail: { requested: 'us', reason: 'not-permitted', message: '…', source: 'requested' } }
 */
export function failureEvent(error: unknown): FailureEvent | undefined {
  // By name, not `instanceof`: the store may come from another copy of the library on the page.
  if (!isClidCallError(error)) return undefined;
  const { reason, message, requested, source, refused, destination } = error;
  if (reason === 'no-permitted-number') return { type: 'error', detail: { code: reason, message } };
  if (reason === 'invalid-destination') return undefined;
  const detail: RejectedDetail = {
    // A refusal always names the ref it refused.
    requested: requested ?? '',
    reason,
    message,
    source: source as RejectedDetail['source'],
    ...(refused && { refused }),
    ...(destination && { destination }),
  };
  return { type: 'rejected', detail };
}
