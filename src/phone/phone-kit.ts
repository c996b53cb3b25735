/**
 * The phone kit: libphonenumber-js (minimal metadata) behind the small {@link PhoneKit}
 * interface. The only module that imports libphonenumber-js; load it through
 * `loadPhoneKit()` from `./parse.js` so that it stays out of the main bundle.
 * @module
 */
import { AsYouType, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/min';
import { setFullFormat } from './format.js';
import type { PhoneKit, PhoneProblem } from './parse.js';

// From now on, numbers everywhere are shown in their country's international format.
setFullFormat((e164) => {
  try {
    return parsePhoneNumberFromString(e164)?.formatInternational();
  } catch {
    return undefined;
  }
});

/** `00 44 …` (international prefix) → `+44 …`. */
const plus = (text: string): string => text.trim().replace(/^00[\s\-.]*(?=[1-9])/, '+');

/** A region libphonenumber knows, or none. */
const country = (region?: string): CountryCode | undefined =>
  (region?.toUpperCase() as CountryCode | undefined) || undefined;

const LENGTH: Record<string, PhoneProblem> = {
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  NOT_A_NUMBER: 'not-a-number',
};

/** The kit; see {@link PhoneKit}. */
export const phoneKit: PhoneKit = {
  parse(text, region) {
    text = plus(text);
    const cc = country(region);
    if (/[^\d\s\-.()+]/.test(text) || !/\d/.test(text)) return 'not-a-number';
    try {
      const n = parsePhoneNumberFromString(text, cc);
      if (n?.isValid()) return n.number;
      const length = validatePhoneNumberLength(text, cc);
      if (length && LENGTH[length]) return LENGTH[length];
      return length === 'INVALID_COUNTRY' && text[0] != '+' ? 'needs-country' : 'invalid';
    } catch {
      return 'invalid';
    }
  },
  format(text, region) {
    const cc = country(region);
    const t = plus(text);
    // Letters, or a national number with no region to read it in: leave what the agent typed.
    if (/[^\d\s\-.()+]/.test(t) || (!cc && t[0] != '+')) return text;
    try {
      return new AsYouType(cc).input(t);
    } catch {
      return text;
    }
  },
};
