/**
 * `sipIdentity`: the SIP identity of a call that presents the chosen callback number, for JsSIP,
 * SIP.js or any stack that takes a From user, a From display name and extra headers.
 * @module
 */
import { chosenNumber, fail, optionsObject, type CallIdentity } from './checks.js';

/** The identity header `sipIdentity` adds, or `false` for none. */
export type SipIdentityHeader = 'P-Asserted-Identity' | 'P-Preferred-Identity' | 'Remote-Party-ID' | false;

/** Options of {@link sipIdentity}. */
export interface SipIdentityOptions {
  /**
   * The host of the From URI and of the identity header: a host name (`pbx.example.com`), an IPv4
   * address or a bracketed IPv6 address (`[2001:db8::1]`); no scheme, user or port.
   */
  domain: string;
  /**
   * The display name: absent = the number's `name`; a string = that name; `false` = none.
   */
  displayName?: string | false;
  /**
   * The identity header in `extraHeaders`: `P-Asserted-Identity` (default, RFC 3325, for a proxy
   * of your trust domain), `P-Preferred-Identity` (RFC 3325, asks the proxy to assert it),
   * `Remote-Party-ID` (the older draft some carriers still read), or `false` for none.
   */
  header?: SipIdentityHeader;
  /** Whether the user part keeps E.164's `+` (default `true`); `false` gives digits only. */
  plus?: boolean;
}

/** What {@link sipIdentity} returns: spread it into JsSIP's `ua.call` options. */
export interface SipIdentity {
  /** The From URI's user part: the chosen number, `+44…` (or `44…` with `plus: false`). */
  fromUserName: string;
  /** The From display name, safe inside a quoted string; absent when there is none. */
  fromDisplayName?: string;
  /** `sip:<fromUserName>@<domain>`, for SIP.js's `params.fromUri`. */
  fromUri: string;
  /** Zero or one header line, e.g. `P-Asserted-Identity: "UK Sales" <sip:+442079460000@pbx.example.com>`. */
  extraHeaders: string[];
}

const HEADERS: readonly unknown[] = ['P-Asserted-Identity', 'P-Preferred-Identity', 'Remote-Party-ID', false];

/** RFC 3261 `hostname`: labels of letters, digits and inner hyphens; the last starts with a letter. */
const HOSTNAME = /^([a-z\d]([a-z\d-]{0,61}[a-z\d])?\.)*[a-z]([a-z\d-]{0,61}[a-z\d])?\.?$/i;

/** Whether `domain` is a host as RFC 3261 defines one: host name, IPv4 address or IPv6 reference. */
function isHost(domain: string): boolean {
  try {
    // The WHATWG URL parser (no DOM needed) throws on a bad IPv4 or IPv6 address, and rewrites
    // forms such as `1.2.3` or `0x7f.1` that are not dotted quads.
    const { host } = new URL(`http://${domain}/`);
    if (HOSTNAME.test(domain)) return domain.replace(/\.$/, '').length <= 253;
    return /^\[[\da-f:.]+\]$/i.test(domain) || (/^[\d.]+$/.test(domain) && host === domain);
  } catch {
    return false;
  }
}

/**
 * What a display name loses: each run of whitespace (CR and LF among it), C0 and C1 controls,
 * quotes and backslashes becomes one space. Quotes and backslashes are dropped rather than
 * escaped because JsSIP escapes them itself and SIP.js does not: only a name without them is
 * right in both.
 */
// Control characters are what this strips: the regex names them on purpose.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\s\u0000-\u001f\u007f-\u009f"\\]+/g;

/** A display name that cannot inject header syntax, or `undefined` when nothing is left. */
const safeDisplayName = (name: string | undefined): string | undefined =>
  name?.replace(UNSAFE, ' ').trim() || undefined;

/**
 * The SIP identity that makes a call present the number a `clid-call` chose: the From user, the
 * From display name, the From URI, and one identity header (`P-Asserted-Identity` by default).
 * Display names can never inject header syntax: controls, CR/LF, quotes and backslashes are
 * replaced by a space.
 *
 * @throws {TypeError} when `call.clid.number` is not E.164, `domain` is not a host, or an option
 *   has the wrong type or value.
 * @example
 * // JsSIP 3.13
 * dialer.addEventListener('clid-call', (event) => {
 *   const identity = sipIdentity(event.detail, { domain: 'pbx.example.com' });
 *   ua.call(`sip:${event.detail.destination}@pbx.example.com`, { ...identity, mediaConstraints: { audio: true } });
 * });
 * @example
 * // SIP.js 0.21
 * const { fromUri, fromDisplayName, extraHeaders } = sipIdentity(detail, { domain: 'pbx.example.com' });
 * new Inviter(userAgent, target, { params: { fromUri, fromDisplayName }, extraHeaders }).invite();
 * @example
 * sipIdentity({ clid: { number: '+442079460000', name: 'UK Sales' } }, { domain: 'pbx.example.com', plus: false });
 * // { fromUserName: '442079460000', fromDisplayName: 'UK Sales', fromUri: 'sip:442079460000@pbx.example.com',
 * //   extraHeaders: ['P-Asserted-Identity: "UK Sales" <sip:442079460000@pbx.example.com>'] }
 */
export function sipIdentity(call: CallIdentity, options: SipIdentityOptions): SipIdentity {
  const { number, name } = chosenNumber(call, 'sipIdentity');
  const { domain, displayName, header = 'P-Asserted-Identity', plus = true } = optionsObject(options, 'sipIdentity');
  if (typeof domain !== 'string' || !isHost(domain))
    fail(`sipIdentity: domain ${JSON.stringify(domain)} is not a host`);
  if (displayName !== undefined && displayName !== false && typeof displayName !== 'string') {
    fail('sipIdentity: displayName is not a string or false');
  }
  if (!HEADERS.includes(header))
    fail(`sipIdentity: header ${JSON.stringify(header)} is not one of ${HEADERS.join(', ')}`);
  if (typeof plus !== 'boolean') fail('sipIdentity: plus is not a boolean');

  const fromUserName = plus ? number : number.slice(1);
  const fromUri = `sip:${fromUserName}@${domain as string}`;
  const fromDisplayName = safeDisplayName(
    displayName === false ? undefined : ((displayName as string | undefined) ?? name),
  );
  const nameAddress = `${fromDisplayName ? `"${fromDisplayName}" ` : ''}<${fromUri}>`;
  const extraHeaders = header
    ? [
        `${header as string}: ${nameAddress}${header === 'Remote-Party-ID' ? ';party=calling;screen=yes;privacy=off' : ''}`,
      ]
    : [];
  return { fromUserName, ...(fromDisplayName && { fromDisplayName }), fromUri, extraHeaders };
}
