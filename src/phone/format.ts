/**
 * Synchronous number display. Until the lazily loaded phone kit has arrived, a light rule with
 * no metadata (enough to read a number at a glance); once it has, the kit's international format
 * (`+44 161 496 0000`, where the light rule can only guess `+44 16 1496 0000`).
 * @module
 */

let full: ((e164: string) => string | undefined) | undefined;

/** Called by the phone kit when it loads: from then on {@link formatNumber} formats fully. */
export const setFullFormat = (format: (e164: string) => string | undefined): void => {
  full = format;
};

/** Country codes of one or two digits; any other code is taken as three digits. */
const CC = /^\+(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})(\d+)$/;

/**
 * Groups an E.164 number for reading: with the phone kit loaded, in the country's international
 * format; before, the country code, then groups of four from the end (North American numbers as
 * 3-3-4).
 *
 * @example
 * formatNumber('+442079460000'); // '+44 20 7946 0000'
 * formatNumber('+14155550100');  // '+1 415 555 0100'
 */
export const formatNumber = (e164: string): string => {
  const done = full?.(e164);
  if (done) return done;
  const m = CC.exec(e164);
  if (!m) return e164;
  const rest = m[1] == '1' ? m[2].replace(/^(\d{3})(\d{3})/, '$1 $2 ') : m[2].replace(/\B(?=(\d{4})+$)/g, ' ');
  return `+${m[1]} ${rest}`;
};

/**
 * The number with its digits spaced, so that screen readers read it digit by digit instead of
 * as a quantity.
 *
 * @example
 * spellNumber('+442079460000'); // '+4 4 2 0 7 9 4 6 0 0 0 0'
 */
export const spellNumber = (e164: string): string => e164.replace(/\d(?=\d)/g, '$& ');
