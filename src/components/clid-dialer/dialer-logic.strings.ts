/**
 * The dialer's texts that only the lazily loaded logic shows (the preview, the reasons, "Calling
 * … from …"), in English, German, French and Spanish. They ship in the logic's chunk; the first paint's texts
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

/** German, French and Spanish, by language. */
export const translations: Record<string, LogicStrings> = {
  de: {
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
  },
  fr: {
    presenting: 'Numéro présenté : {}, {}',
    placed: 'Appel vers {} avec {}',
    'why-requested': 'demandé pour cet appel',
    'why-field-rule': 'choisi selon {}',
    'why-prefix-rule': 'choisi selon le préfixe {}',
    'why-selector': 'choisi automatiquement',
    'why-call': 'votre choix pour cet appel',
    'why-agent-default': 'votre numéro par défaut',
    'why-account-default': 'numéro par défaut du compte',
    'why-fallback': 'premier numéro disponible',
    'bad-too-short': 'Le numéro est trop court',
    'bad-too-long': 'Le numéro est trop long',
    'bad-not-a-number': 'Ce n’est pas un numéro de téléphone',
    'bad-needs-country': 'Ajoutez l’indicatif du pays, par ex. +33',
    'bad-invalid': 'Numéro de téléphone non valide',
  },
  es: {
    presenting: 'Se mostrará {}, {}',
    placed: 'Llamando a {} con {}',
    'why-requested': 'solicitado para esta llamada',
    'why-field-rule': 'elegido por {}',
    'why-prefix-rule': 'elegido por el prefijo {}',
    'why-selector': 'elegido automáticamente',
    'why-call': 'su elección para esta llamada',
    'why-agent-default': 'su predeterminado',
    'why-account-default': 'predeterminado de la cuenta',
    'why-fallback': 'primer número disponible',
    'bad-too-short': 'El número es demasiado corto',
    'bad-too-long': 'El número es demasiado largo',
    'bad-not-a-number': 'No es un número de teléfono',
    'bad-needs-country': 'Añada el prefijo del país, p. ej. +34',
    'bad-invalid': 'Número de teléfono no válido',
  },
};
