/**
 * E.164 helpers: the one definition of a valid callback number (domain rule 6).
 * @module
 */

const SEPARATORS = /[\s\-.()]/g;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Removes spaces, dashes, dots and parentheses.
 *
 * @example
 * stripNumber('+44 (20) 7946-0000'); // '+442079460000'
 */
export const stripNumber = (value: string): string => value.replace(SEPARATORS, '');

/**
 * Whether `value` is a valid E.164 number as it stands: `+`, a country code that does not start
 * with 0, and 7 to 15 digits in all.
 *
 * @example
 * isE164('+442079460000'); // true
 * isE164('+0 12');         // false
 */
export const isE164 = (value: string): boolean => E164.test(value);

/**
 * Normalises `value` to E.164 (separators removed), or returns `null` when it is not valid.
 *
 * @example
 * toE164('+1 (415) 555-0100'); // '+14155550100'
 * toE164('020 7946 0000');     // null (national format)
 */
export function toE164(value: unknown): string | null {
  const n = typeof value === 'string' ? stripNumber(value) : '';
  return E164.test(n) ? n : null;
}
