/**
 * What an agent reads when a number cannot be used or something failed: one place that turns the
 * store's machine words (`reason`, `code`) into sentences. The store words its own events with the
 * English texts; the elements word theirs in the agent's language (see `strings.ts`), with the
 * phone kit's formatting. DOM-free, so the store can use it too.
 *
 * Numbers are named as agents know them, by name and formatted number, never by an id.
 * @module
 */
import type { ErrorDetail, RefusedNumber, RejectReason } from './store/types.js';

/** The texts of the messages (part of the elements' strings). `{}` placeholders fill in order. */
export interface MessageStrings {
  /** First sentence of a refused call: `{}` = the destination. */
  notPlaced: string;
  /** Why a number was refused: `{}` = the number ("Paris (+33 1 42 68 53 00)"). */
  'refused-invalid': string;
  'refused-not-configured': string;
  'refused-not-permitted': string;
  'refused-blocked': string;
  /** What the agent can do after a refused call. */
  refusedNext: string;
  /** What the agent can do after a refused choice (no call involved). */
  chooseAnother: string;
  /** A refused number that cannot be named (an unknown id). */
  requestedNumber: string;
  /** No number is permitted. */
  noneAllowed: string;
  /** Storage failed; `{}` = the technical reason. */
  storageFailed: string;
  /** The config is invalid; `{}` = the path and problem (developer text, English). */
  configInvalid: string;
}

/** English, the fallback of every key (and the store's own wording). */
export const messagesEn: MessageStrings = {
  notPlaced: 'Call to {} not placed.',
  'refused-invalid': '{} is not a valid phone number.',
  'refused-not-configured': '{} is not one of this account’s callback numbers.',
  'refused-not-permitted': '{} is not permitted for you.',
  'refused-blocked': '{} is blocked by carriers and cannot be presented.',
  refusedNext: 'Choose another number and call again.',
  chooseAnother: 'Choose another number.',
  requestedNumber: 'The requested number',
  noneAllowed: 'No callback number is permitted for you. Ask your administrator to allow one.',
  storageFailed: 'Your default could not be saved; it is kept for this page only ({}).',
  configInvalid: 'The callback numbers could not be set up: {}',
};

/** Fills the `{}` placeholders of `text` in order. */
export const fill = (text: string, ...values: string[]): string => values.reduce((t, v) => t.replace('{}', v), text);

/** How numbers are written: E.164 as it is, or the phone kit's grouping. */
export type NumberFormat = (e164: string) => string;

/** A number as agents know it: "UK Sales (+44 20 7946 0000)", or the formatted number alone. */
export const numberLabel = (n: RefusedNumber, format: NumberFormat): string =>
  n.name ? `${n.name} (${format(n.number)})` : format(n.number);

/** What a refusal knows: the store's `rejected` detail or `ClidCallError`. */
export interface Refusal {
  readonly reason: RejectReason;
  /** The ref as given: an id, an E.164 number, or anything a config or a link held. */
  readonly requested?: string;
  /** The account's number behind the ref, when it is one. */
  readonly refused?: RefusedNumber;
  /** E.164 destination of the call that was not placed (absent for a plain choice). */
  readonly destination?: string;
}

/** Looks like a phone number, rather than an id. */
const NUMBERISH = /^\+?[\d\s().-]{3,}$/;

/**
 * The sentences for a refused number: which call was not placed, which number and why, and what
 * to do next.
 *
 * @example
 * refusalMessage(messagesEn, { reason: 'not-permitted', requested: '3f2c…', refused: paris, destination: '+14155550123' }, (n) => n);
 * // 'Call to +14155550123 not placed. Paris (+33142685300) is not permitted for you. Choose another number and call again.'
 */
export function refusalMessage(s: MessageStrings, refusal: Refusal, format: NumberFormat): string {
  const { refused, requested = '', destination } = refusal;
  const numberish = NUMBERISH.test(requested);
  let number = s.requestedNumber;
  if (refused) number = numberLabel(refused, format);
  else if (numberish) number = format(requested.replace(/[\s().-]/g, ''));
  // An id the account does not know is, to the agent, a number the account does not have.
  const reason = refusal.reason === 'invalid' && !numberish ? 'not-configured' : refusal.reason;
  const why = fill(s[`refused-${reason}`], number);
  return destination
    ? `${fill(s.notPlaced, format(destination))} ${why} ${s.refusedNext}`
    : `${why} ${s.chooseAnother}`;
}

/** The sentence for an error the agent sees (`no-permitted-number`, `storage`, `config-invalid`). */
export function errorMessage(s: MessageStrings, code: ErrorDetail['code'], detail = ''): string {
  switch (code) {
    case 'no-permitted-number':
      return s.noneAllowed;
    case 'storage':
      return fill(s.storageFailed, detail);
    case 'config-invalid':
      return fill(s.configInvalid, detail);
    default:
      return detail;
  }
}
