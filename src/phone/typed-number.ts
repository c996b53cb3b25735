/**
 * The phone kit: what the agent types, read by libphonenumber-js (`AsYouType`, parsing and length
 * validation of its `core`) on the metadata of the calling codes in use, behind the small
 * {@link PhoneKit} interface. A lazily loaded chunk: load it through `loadPhoneKit()` from
 * `./phone-kit.js`, so that it stays out of the main bundle.
 * @module
 */
import {
  AsYouType,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/core';
import { callingCodeOf, isLoaded, loadCallingCodes, metadata, regionMetadata } from './metadata-chunks.js';
import { regionCodes } from './metadata/region-codes.js';
import type { PhoneKit, PhoneProblem } from './types.js';

/** `00 44 …` (international prefix) → `+44 …`. */
const plus = (text: string): string => text.trim().replace(/^00[\s\-.]*(?=[1-9])/, '+');

/** A region libphonenumber knows, or none. */
const country = (region?: string): CountryCode | undefined =>
  (region?.toUpperCase() as CountryCode | undefined) || undefined;

const LENGTH: Partial<Record<string, PhoneProblem>> = {
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  NOT_A_NUMBER: 'not-a-number',
};

/**
 * The calling codes reading `text` needs: the one after its `+`; or, for national input, the
 * region's, and (once the region's metadata is here) the one after the region's own international
 * prefix (`011 44 …` in the US).
 */
const codesFor = (text: string, region?: CountryCode): (string | undefined)[] => {
  if (text.startsWith('+')) return [callingCodeOf(text)];
  const own = region && regionCodes[region];
  if (!own) return [];
  const idd = regionMetadata(region)?.[1] as string | undefined;
  const digits = text.replace(/\D/g, '');
  const prefix = idd ? new RegExp(`^(?:${idd})`).exec(digits)?.[0] : undefined;
  return [own, prefix ? callingCodeOf(digits.slice(prefix.length)) : undefined];
};

/** The calling codes that reading `text` needs and that are not loaded yet. */
const missingFor = (text: string, region?: CountryCode): string[] =>
  codesFor(text, region).filter((code): code is string => !!code && !isLoaded(code));

/** The kit; see {@link PhoneKit}. */
export const phoneKit: PhoneKit = {
  parse(text, region) {
    text = plus(text);
    const cc = country(region);
    if (/[^\d\s\-.()+]/.test(text) || !/\d/.test(text)) return 'not-a-number';
    try {
      const n = parsePhoneNumberFromString(text, { defaultCountry: cc }, metadata);
      if (n?.isValid()) return n.number;
      const length = validatePhoneNumberLength(text, { defaultCountry: cc }, metadata);
      const problem = length && LENGTH[length];
      if (problem) return problem;
      return length === 'INVALID_COUNTRY' && !text.startsWith('+') ? 'needs-country' : 'invalid';
    } catch {
      return 'invalid';
    }
  },
  format(text, region) {
    const cc = country(region);
    const t = plus(text);
    // Letters, a national number with no region to read it in, or a country whose metadata is
    // still on its way: leave what the agent typed.
    if (/[^\d\s\-.()+]/.test(t) || (!cc && !t.startsWith('+')) || missingFor(t, cc).length) return text;
    try {
      return new AsYouType(cc, metadata).input(t);
    } catch {
      return text;
    }
  },
  load(text, region) {
    const missing = missingFor(plus(text), country(region));
    // Once the region's metadata is here, its international prefix may name one more code.
    if (!missing.length) return undefined;
    return loadCallingCodes(missing).then(() => phoneKit.load?.(text, region));
  },
};
