/**
 * `vccCallRequest`: the body of Vonage Contact Center's click-to-call request
 * (`POST v0/{accountKey}/calls`) for a `clid-call` detail.
 * @module
 */
import { chosenNumber, e164, fail, optionsObject, type CallNumbers } from './checks.js';

/** The most characters (UTF-16 code units, as JavaScript counts them) VCC takes in a reference. */
export const VCC_REFERENCE_MAX_LENGTH = 2000;

interface VccCallRequestCommon {
  /** Free text that ties the call to your record (`regarding.reference`), at most 2,000 characters. */
  reference?: string;
  /** The VCC application (interaction plan) that handles the call. */
  application?: string;
}

/** Options of {@link vccCallRequest}: who places the call (exactly one of `agentId` / `groups`). */
export type VccCallRequestOptions = VccCallRequestCommon &
  (
    | { /** The agent who places the call. */ agentId: string; groups?: never }
    | { /** The agent groups (skills) the call is offered to. */ groups: readonly string[]; agentId?: never }
  );

/** The request body for `POST v0/{accountKey}/calls`. */
export interface VccCallRequest {
  from: ({ agentId: string } | { groups: string[] }) & {
    /** The callback number the called person sees (E.164). */
    presentedCLID: string;
  };
  to: {
    /** The destination (E.164). */
    telephoneNumber: string;
  };
  regarding?: { reference: string };
  application?: string;
}

const text = (value: unknown): value is string => typeof value === 'string' && !!value.trim();

/**
 * The body of Vonage Contact Center's `POST v0/{accountKey}/calls` that places a `clid-call`:
 * `presentedCLID` is the chosen number and `telephoneNumber` the destination, both E.164.
 *
 * @throws {TypeError} when the call's number or destination is not E.164, when not exactly one of
 *   `agentId` / `groups` is given, or an option has the wrong type.
 * @throws {RangeError} when `reference` is longer than 2,000 characters.
 * @example
 * dialer.addEventListener('clid-call', async (event) => {
 *   const body = vccCallRequest(event.detail, { agentId: 'agent-0042', reference: 'Case 01234' });
 *   await fetch(`${vccApiBase}/v0/${accountKey}/calls`, { // your region's VCC API host
 *     method: 'POST',
 *     headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
 *     body: JSON.stringify(body),
 *   });
 * });
 * @example
 * vccCallRequest({ clid: { number: '+442079460000' }, destination: '+14155550123' }, { groups: ['Sales'] });
 * // { from: { groups: ['Sales'], presentedCLID: '+442079460000' }, to: { telephoneNumber: '+14155550123' } }
 */
export function vccCallRequest(call: CallNumbers, options: VccCallRequestOptions): VccCallRequest {
  const { number } = chosenNumber(call, 'vccCallRequest');
  const telephoneNumber = e164(
    (call as Partial<CallNumbers> | undefined)?.destination,
    'vccCallRequest: call.destination',
  );
  const { agentId, groups, reference, application } = optionsObject(options, 'vccCallRequest');
  if ((agentId === undefined) === (groups === undefined))
    fail('vccCallRequest: give exactly one of agentId and groups');
  if (agentId !== undefined && !text(agentId)) fail('vccCallRequest: agentId is not a non-empty string');
  if (groups !== undefined && !(Array.isArray(groups) && groups.length && groups.every(text))) {
    fail('vccCallRequest: groups is not a non-empty array of non-empty strings');
  }
  if (reference !== undefined && typeof reference !== 'string') fail('vccCallRequest: reference is not a string');
  if (typeof reference === 'string' && reference.length > VCC_REFERENCE_MAX_LENGTH) {
    throw new RangeError(`vccCallRequest: reference is longer than ${VCC_REFERENCE_MAX_LENGTH} characters`);
  }
  if (application !== undefined && !text(application)) fail('vccCallRequest: application is not a non-empty string');
  return {
    from: {
      ...(agentId !== undefined ? { agentId } : { groups: [...(groups as string[])] }),
      presentedCLID: number,
    } as VccCallRequest['from'],
    to: { telephoneNumber },
    ...(reference !== undefined && { regarding: { reference: reference as string } }),
    ...(application !== undefined && { application: application as string }),
  };
}
