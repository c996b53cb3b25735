/**
 * Texts of `<clid-dialer>`, in English and German. They join the shared strings mechanism
 * (`src/strings.ts`): a locale registered with `registerStrings` and the element's own `strings`
 * property override them, key by key.
 *
 * Placeholders are written `{}` and filled in order.
 *
 * @example
 * registerStrings('fr', { destination: 'Numéro à appeler', call: 'Appeler' });
 * dialer.strings = { 'why-prefix-rule': 'local presence for {}' };
 * @module
 */
import type { ClidSource } from '../../store/index.js';
import type { PhoneProblem } from '../../phone/parse.js';

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
} & { [K in `why-${ClidSource}`]: string } & { [K in `bad-${PhoneProblem}`]: string };

declare module '../../strings.js' {
  // The dialer's keys join the shared strings (optional there: the dialer supplies its own
  // defaults), so `registerStrings` and an element's `strings` accept them.
  interface ClidStrings extends Partial<DialerStrings> {}
}

/** English (the fallback of every key). */
export const en: DialerStrings = {
  destination: 'Destination number',
  call: 'Call',
  checking: 'Checking number…',
  presenting: 'Presenting {}, {}',
  placed: 'Calling {} from {}',
  'why-requested': 'requested for this call',
  'why-field-rule': 'chosen by {}',
  'why-prefix-rule': 'chosen by prefix {}',
  'why-selector': 'chosen automatically',
  'why-call': 'your choice for this call',
  'why-agent-default': 'your default',
  'why-account-default': 'account default',
  'why-fallback': 'first available number',
  'bad-too-short': 'The number is too short',
  'bad-too-long': 'The number is too long',
  'bad-not-a-number': 'Not a phone number',
  'bad-needs-country': 'Add the country code, e.g. +44',
  'bad-invalid': 'Not a valid phone number',
};

/** German. */
export const de: DialerStrings = {
  destination: 'Zielnummer',
  call: 'Anrufen',
  checking: 'Nummer wird geprüft…',
  presenting: 'Angezeigt wird {}, {}',
  placed: 'Anruf an {} mit {}',
  'why-requested': 'für diesen Anruf angefordert',
  'why-field-rule': 'gewählt nach {}',
  'why-prefix-rule': 'gewählt nach Vorwahl {}',
  'why-selector': 'automatisch gewählt',
  'why-call': 'Ihre Wahl für diesen Anruf',
  'why-agent-default': 'Ihr Standard',
  'why-account-default': 'Kontostandard',
  'why-fallback': 'erste verfügbare Nummer',
  'bad-too-short': 'Die Nummer ist zu kurz',
  'bad-too-long': 'Die Nummer ist zu lang',
  'bad-not-a-number': 'Keine Telefonnummer',
  'bad-needs-country': 'Ländervorwahl ergänzen, z. B. +49',
  'bad-invalid': 'Keine gültige Telefonnummer',
};
