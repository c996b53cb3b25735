/**
 * `clid-picker/telephony`: turns a `clid-call` detail into what a call needs — the SIP identity
 * for JsSIP or SIP.js (`sipIdentity`), or the body of Vonage Contact Center's click-to-call
 * request (`vccCallRequest`). No dependencies, no DOM: it runs in browsers, workers and Node.
 *
 * @example
 * import { sipIdentity } from 'clid-picker/telephony';
 * dialer.addEventListener('clid-call', ({ detail }) => {
 *   ua.call(`sip:${detail.destination}@pbx.example.com`, {
 *     ...sipIdentity(detail, { domain: 'pbx.example.com' }),
 *     mediaConstraints: { audio: true, video: false },
 *   });
 * });
 * @module
 */
export { sipIdentity, type SipIdentity, type SipIdentityHeader, type SipIdentityOptions } from './sip-identity.js';
export {
  vccCallRequest,
  VCC_REFERENCE_MAX_LENGTH,
  type VccCallRequest,
  type VccCallRequestOptions,
} from './vcc-call-request.js';
export type { CallIdentity, CallNumbers } from './checks.js';
