/**
 * The dialer's texts that only the lazily loaded logic shows (the preview, the reasons, "Calling
 * … from …"), in English (the other languages are lazily loaded chunks: `src/locales/`). They ship in the logic's chunk; the first paint's texts
 * (field label, button, "Checking number…") are in `clid-dialer.strings.ts`. Both join the shared
 * strings mechanism: `registerStrings` and an element's `strings` override them, key by key.
 *
 * @example
 * dialer.strings = { 'why-prefix-rule': 'local presence for {}' };
 * @module
 */
import type { DialerStrings, FirstPaintStrings } from './clid-dialer.strings.js';

/** The texts of the logic: every dialer text that the first paint does not show. */
export type LogicStrings = Omit<DialerStrings, keyof FirstPaintStrings>;

/** English (the fallback of every key). */
export const en: LogicStrings = {
  presenting: 'Presenting {}, {}',
  placed: 'Calling {} from {}',
  where: '{} · {}',
  outsideHours: 'Outside calling hours there ({})',
  'why-requested': 'requested for this call',
  'why-field-rule': 'chosen by {}',
  'why-prefix-rule': 'chosen by prefix {}',
  'why-selector': 'chosen automatically',
  'why-sticky': 'this customer answered it on {}',
  'why-local-presence': 'local to {}',
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
