/**
 * Why a call cannot be placed or a number cannot be selected, and which store event says so.
 * @module
 */
import { messagesEn, refusalMessage } from '../messages.js';
import type { CallFailReason, ClidSource, ErrorDetail, RefusedNumber, RejectedDetail } from './types.js';

/**
 * Why a call cannot be placed (or resolved): `reason` is the machine word, the message is for the
 * agent (in English; the elements word it in the agent's language). `requested` is the ref that
 * could not be used, as given; `refused` names the account's number behind it, when it is one;
 * `source` the step that offered it; `destination` the call's destination (E.164), when there is
 * a call.
 *
 * @example
 * store.placeCall({ destination: '+442079460000', requested: '+0 12' })
 *   .catch((e: ClidCallError) => e.reason); // 'invalid'
 */
export class ClidCallError extends Error {
  declare readonly reason: CallFailReason;
  declare readonly requested?: string;
  declare readonly source?: ClidSource | 'select';
  declare readonly refused?: RefusedNumber;
  declare readonly destination?: string;
  constructor(
    reason: CallFailReason,
    requested?: string,
    source?: ClidSource | 'select',
    refused?: RefusedNumber,
    destination?: string,
  ) {
    super(
      reason === 'no-permitted-number'
        ? messagesEn.noneAllowed
        : reason === 'invalid-destination'
          ? `${JSON.stringify(requested)} is not a valid E.164 destination`
          : refusalMessage(messagesEn, { reason, requested, refused, destination }, (number) => number),
    );
    this.name = 'ClidCallError';
    Object.assign(this, { reason, requested, source, refused, destination });
  }
}

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
 * failureEvent(new ClidCallError('not-permitted', 'us', 'requested'));
 * // { type: 'rejected', detail: { requested: 'us', reason: 'not-permitted', message: '…', source: 'requested' } }
 */
export function failureEvent(error: unknown): FailureEvent | undefined {
  // By name, not `instanceof`: the store may come from another copy of the library on the page.
  if ((error as Error | undefined)?.name !== 'ClidCallError') return undefined;
  const { reason, message, requested, source, refused, destination } = error as ClidCallError;
  if (reason === 'no-permitted-number') return { type: 'error', detail: { code: reason, message } };
  if (reason === 'invalid-destination') return undefined;
  const detail: RejectedDetail = {
    requested: requested!,
    reason,
    message,
    source: source as RejectedDetail['source'],
    ...(refused && { refused }),
    ...(destination && { destination }),
  };
  return { type: 'rejected', detail };
}
