/**
 * Texts of `<clid-dialer>`: their type, and the ones the first paint shows, in English (the others
 * ship with the lazily loaded logic, in `dialer-logic.strings.ts`; other languages are lazily
 * loaded chunks, `src/locales/`). The dialer
 * registers them as built-in texts of the shared registry (`src/strings.ts`), so a locale
 * registered with `registerStrings` and the element's own `strings` property override them, key
 * by key.
 *
 * Placeholders are written `{}` and filled in order.
 *
 * @example
 * registerStrings('it', { destination: 'Numero da chiamare', call: 'Chiama' });
 * dialer.strings = { 'why-prefix-rule': 'local presence for {}' };
 * @module
 */
import type { ClidSource } from '../../store/index.js';
import type { PhoneProblem } from '../../phone/types.js';
import { stringsFor, type ClidStrings } from '../../strings.js';

/** The dialer's texts. Keys `why-<source>` explain a choice; `bad-<problem>` a destination. */
export type DialerStrings = {
  /** Label of the destination field (its accessible name starts with "Destination"). */
  destination: string;
  /** Text of the Call button (its accessible name starts with "Call"). */
  call: string;
  /** While the phone metadata loads or the number is being resolved. */
  checking: string;
  /** The preview line: `{}` = the number ("UK Sales (+44 20 7946 0000)"), then why. */
  presenting: string;
  /** After a call was placed: `{}` = the destination, then the number presented. */
  placed: string;
  /** Where the call goes: `{}` = the place, then its local time ("San Francisco, CA · 7:42 AM"). */
  where: string;
  /** The call would fall outside the `calling-hours`: `{}` = the hours ("08:00–21:00"). */
  outsideHours: string;
} & Record<`why-${ClidSource}`, string> &
  Record<`bad-${PhoneProblem}`, string>;

declare module '../../strings.js' {
  // The dialer's keys join the shared strings (optional there: the dialer supplies its own
  // defaults), so `registerStrings` and an element's `strings` accept them.
  // An interface (not a type) is what merges into ClidStrings; it adds members by extending.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ClidStrings extends Partial<DialerStrings> {}
}

/** The texts the first paint shows; the others ship with the logic (`dialer-logic.strings.ts`). */
export type FirstPaintStrings = Pick<DialerStrings, 'destination' | 'call' | 'checking'>;

/** English (the fallback of every key). */
export const en: FirstPaintStrings = {
  destination: 'Destination number',
  call: 'Call',
  checking: 'Checking number…',
};

/** The texts for a dialer: the registry's, with the dialer's keys (registered by the dialer's modules). */
export const dialerStrings = (el: Element, own?: Partial<ClidStrings>): DialerStrings & ClidStrings =>
  stringsFor(el, own) as DialerStrings & ClidStrings;
