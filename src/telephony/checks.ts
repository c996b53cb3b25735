/**
 * Checks shared by the telephony adapters: each bad input is a `TypeError` that names the
 * argument and what was wrong, before anything is built.
 * @module
 */
import { isE164 } from '../store/e164.js';

/** The part of a `clid-call` detail that says which number a call presents. */
export interface CallIdentity {
  readonly clid: { readonly number: string; readonly name?: string | undefined };
}

/** The part of a `clid-call` detail that a call request needs: the number and the destination. */
export interface CallNumbers extends CallIdentity {
  readonly destination: string;
}

/** Throws a `TypeError` with `message`. */
export const fail = (message: string): never => {
  throw new TypeError(message);
};

/** `value` when it is an E.164 number, else a `TypeError` naming `what`. */
export const e164 = (value: unknown, what: string): string =>
  typeof value === 'string' && isE164(value) ? value : fail(`${what} ${JSON.stringify(value)} is not an E.164 number`);

/** The E.164 number a call presents (`call.clid.number`), and its name when it has one. */
export function chosenNumber(call: unknown, adapter: string): { number: string; name?: string | undefined } {
  const clid = (call as Partial<CallIdentity> | undefined)?.clid;
  const number = e164(clid?.number, `${adapter}: call.clid.number`);
  const name = clid?.name ?? undefined;
  if (name !== undefined && typeof name !== 'string') fail(`${adapter}: call.clid.name is not a string`);
  return { number, name };
}

/** The options object, which both adapters require. */
export const optionsObject = (options: unknown, adapter: string): Record<string, unknown> =>
  typeof options === 'object' && options
    ? (options as Record<string, unknown>)
    : fail(`${adapter}: options are required`);
