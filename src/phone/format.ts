/**
 * Number formatting for display, in one place. Synchronous: until the formatting core
 * (`international-format.ts`, a lazily loaded chunk) and the metadata of a number's calling code
 * have arrived, a light rule with no metadata (enough to read a number at a glance); once they
 * have, libphonenumber's international format (`+44 161 496 0000`, where the light rule can only
 * guess `+44 16 1496 0000`). {@link loadFormats} fetches them for the numbers on screen, and
 * {@link onFormatsChange} says when to show those numbers again. As-you-type formatting of the
 * dialer's field is the phone kit's (`typed-number.ts`).
 * @module
 */
import { lazy } from '../lazy.js';

let full: ((e164: string) => string | undefined) | undefined;
const listeners = new Set<() => void>();
const loadFormatter = lazy(() => import('./international-format.js'));

/**
 * Calls `listener` whenever more numbers can be shown in their country's own format (render them
 * again then). Returns the function that stops it.
 *
 * @example
 * const stop = onFormatsChange(() => el.requestUpdate());
 */
export const onFormatsChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/**
 * Loads what showing these E.164 numbers (or `'all'`: any number) in their country's own format
 * needs: the formatting core once, then the metadata of their calling codes; the listeners of
 * {@link onFormatsChange} hear when more can be shown. Rejects when a chunk could not be loaded
 * (the light rule stays; a later call tries again).
 *
 * @example
 * await loadFormats(['+441614960000']);
 * formatNumber('+441614960000'); // '+44 161 496 0000'
 */
export const loadFormats = (numbers: readonly string[] | 'all'): Promise<void> =>
  loadFormatter().then(async (formatter) => {
    const first = !full;
    full = formatter.formatInternational;
    if ((await formatter.loadFormatsOf(numbers)) || first) for (const listener of listeners) listener();
  });

/** Country codes of one or two digits; any other code is taken as three digits. */
const CC = /^\+(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})(\d+)$/;

/**
 * Groups an E.164 number for reading: with its formats loaded, in the country's international
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
  const rest = m[1] === '1' ? m[2].replace(/^(\d{3})(\d{3})/, '$1 $2 ') : m[2].replace(/\B(?=(\d{4})+$)/g, ' ');
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
