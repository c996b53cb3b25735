/**
 * Numbers in their country's international format (`+44 161 496 0000`), by libphonenumber-js's
 * core on the metadata of the calling codes in use (`metadata-chunks.ts`). The formatting core: a
 * lazily loaded chunk that `loadFormats` in `format.ts` fetches, and that the dialer's kit
 * (`typed-number.ts`) builds on. Formatting is libphonenumber's own: the number is parsed and
 * formatted exactly as `parsePhoneNumberFromString(e164).formatInternational()` of
 * `libphonenumber-js/min` does.
 *
 * @example
 * await loadFormatsOf(['+441614960000']);
 * formatInternational('+441614960000'); // '+44 161 496 0000'
 * @module
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { callingCodeOf, isLoaded, loadAllCallingCodes, loadCallingCodes, metadata } from './metadata-chunks.js';

/** The number in its country's international format; `undefined` while its calling code's metadata is not loaded. */
export const formatInternational = (e164: string): string | undefined => {
  const code = callingCodeOf(e164);
  if (!code || !isLoaded(code)) return undefined;
  try {
    return parsePhoneNumberFromString(e164, metadata)?.formatInternational();
  } catch {
    return undefined;
  }
};

/**
 * Loads the metadata that formatting these E.164 numbers needs (`'all'`: every country's).
 * Resolves with whether anything new arrived.
 */
export const loadFormatsOf = async (numbers: readonly string[] | 'all'): Promise<boolean> => {
  if (numbers !== 'all') return loadCallingCodes(numbers.map(callingCodeOf));
  await loadAllCallingCodes();
  return true;
};
