/**
 * The lazy door to full phone-number handling. The heavy part (libphonenumber-js and its
 * metadata, about 36 KiB gzip) lives in `phone-kit.ts` and is fetched the first time
 * {@link loadPhoneKit} is called, as a chunk of its own (`clid-phone-kit-<hash>.js` next to the
 * script-tag bundle); nothing here costs the first paint.
 *
 * @example
 * const kit = await loadPhoneKit();
 * kit.parse('020 7946 0000', 'GB'); // '+442079460000'
 * kit.parse('020 7946 0000');       // 'needs-country'
 * kit.format('02079460', 'GB');     // '020 7946 0'
 * @module
 */
import { lazy } from '../lazy.js';

/**
 * Why typed text is not a callable number: too few or too many digits, not a number at all,
 * national format with no region to read it in, or otherwise not a valid number.
 */
export type PhoneProblem = 'too-short' | 'too-long' | 'not-a-number' | 'needs-country' | 'invalid';

/** Parsing and as-you-type formatting of phone numbers, with a default region. */
export interface PhoneKit {
  /**
   * The number in E.164 (always starts with `+`), or why not. A leading international `00` is
   * read as `+`; `region` (ISO 3166, e.g. `GB`) reads national formats.
   */
  parse(text: string, region?: string): string | PhoneProblem;
  /** The text formatted as far as it has been typed (`020 7946 0`), for the input field. */
  format(text: string, region?: string): string;
}

/**
 * Loads the phone kit once (memoised); a failed load is retried at the next call.
 *
 * @example
 * loadPhoneKit().then((kit) => kit.parse('+44 20 7946 0000')); // '+442079460000'
 */
export const loadPhoneKit: () => Promise<PhoneKit> = lazy(() => import('./phone-kit.js').then((m) => m.phoneKit));
