/**
 * Why a call cannot be placed or a number cannot be selected, and which store event says so.
 * @module
 */
import type { CallFailReason, ClidSource, ErrorDetail, RejectedDetail } from './types.js';

const MESSAGES: Record<CallFailReason, string> = {
  invalid: 'is not a valid E.164 number',
  'not-configured': 'is not one of the account\'s callback numbers',
  'not-permitted': 'is not permitted for this agent',
  'no-permitted-number': 'No callback number is permitted for this agent',
  'invalid-destination': 'is not a valid E.164 destination',
};

/**
 * Why a call cannot be placed (or resolved): `reason` is the machine word, the message is for the
 * agent. `requested` is the ref that could not be used, `source` the step that offered it.
 *
 * @example
 * store.placeCall({ destination: '+442079460000', requested: '+0 12' })
 *   .catch((e: ClidCallError) => e.reason); // 'invalid'
 */
export class ClidCallError extends Error {
  declare readonly reason: CallFailReason;
  declare readonly requested?: string;
  declare readonly source?: ClidSource | 'select';
  constructor(reason: CallFailReason, requested?: string, source?: ClidSource | 'select') {
    super(requested === undefined ? MESSAGES[reason] : `${JSON.stringify(requested)} ${MESSAGES[reason]}`);
    this.name = 'ClidCallError';
    Object.assign(this, { reason, requested, source });
  }
}

/** A store event that reports a failure: its type and detail. */
export type FailureEvent = { readonly type: 'error'; readonly detail: ErrorDetail } | { readonly type: 'rejected'; readonly detail: RejectedDetail };

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
  if (!(error instanceof ClidCallError)) return undefined;
  const { reason, message } = error;
  if (reason === 'no-permitted-number') return { type: 'error', detail: { code: reason, message } };
  if (reason === 'invalid-destination') return undefined;
  return { type: 'rejected', detail: { requested: error.requested!, reason, message, source: error.source as RejectedDetail['source'] } };
}
