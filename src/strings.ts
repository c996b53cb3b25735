/**
 * Every piece of text the elements show or announce, replaceable three ways (later wins):
 * the built-in locale picked by the `lang` of the element (or its nearest ancestor, across shadow
 * roots, up to `<html lang>`), a locale registered with {@link registerStrings}, and the
 * element's own `strings` property.
 *
 * Ships English (`en`, the fallback for any missing text), German (`de`), French (`fr`) and
 * Spanish (`es`). Placeholders are written `{}`. Other elements add their own keys by augmenting {@link ClidStrings} and
 * registering defaults for them.
 *
 * @example
 * registerStrings('fr', { label: 'Numéro de rappel', setDefault: 'Définir par défaut' });
 * picker.strings = { label: 'Present as' }; // this element only
 * @module
 */

import { errorMessage, fill, messagesEn, refusalMessage, type MessageStrings, type Refusal } from './messages.js';
import { formatNumber } from './phone/format.js';
import type { ErrorDetail } from './store/types.js';

export { fill };

/** The texts of the picker and the messages (and any element that augments this interface). */
export interface ClidStrings extends MessageStrings {
  /** Visible label of the picker when no `label` is given. */
  label: string;
  /** Name of the search field shown in the popup of a long list. */
  search: string;
  /** Marks the agent default (badge text, and the end of the option's accessible name). */
  default: string;
  /** The explicit "set as my default" action. */
  setDefault: string;
  /** Clears the agent default. */
  clearDefault: string;
  /** Shown beside a locked selection. */
  locked: string;
  /** No number is permitted. */
  empty: string;
  /** The search matches nothing. */
  noMatch: string;
  /** While `config-src` loads. */
  loading: string;
  /** Announced when the selection changes without the agent touching it; `{}` = the number. */
  changed: string;
  /** `clid-error` message when `config-src` cannot be loaded; `{}` = the reason. */
  loadError: string;
  /** Button that fetches a `config-src` again after it failed to load. */
  retry: string;
  /** Validation message of a `required` picker with no number. */
  required: string;
  /** Group heading of numbers without a tag (with `group-by="tag"`). */
  other: string;
  /** Marks a number a rule chose for the next call (inside `<clid-dialer>`); `{}` = why. */
  automatic: string;
  /** Marks the agent's own choice for the next call, over the rules (inside `<clid-dialer>`). */
  override: string;
}

const en: ClidStrings = {
  label: 'Callback number',
  search: 'Search numbers',
  default: 'My default',
  setDefault: 'Set as my default',
  clearDefault: 'Clear my default',
  locked: 'Locked',
  empty: 'No callback number available',
  noMatch: 'No matching number',
  loading: 'Loading…',
  changed: 'Callback number changed to {}',
  loadError: 'Could not load the configuration: {}',
  retry: 'Retry',
  required: 'Choose a callback number',
  other: 'Other',
  automatic: 'Automatic, {}',
  override: 'Your choice for this call',
  ...messagesEn,
};

/** The built-in locales and those registered (by lowercase language tag). */
export const locales: Record<string, Partial<ClidStrings>> = {
  en,
  de: {
    label: 'Rückrufnummer',
    search: 'Nummern suchen',
    default: 'Mein Standard',
    setDefault: 'Als meinen Standard festlegen',
    clearDefault: 'Meinen Standard entfernen',
    locked: 'Gesperrt',
    empty: 'Keine Rückrufnummer verfügbar',
    noMatch: 'Keine passende Nummer',
    loading: 'Wird geladen…',
    changed: 'Rückrufnummer geändert auf {}',
    loadError: 'Konfiguration konnte nicht geladen werden: {}',
    retry: 'Wiederholen',
    required: 'Wählen Sie eine Rückrufnummer',
    other: 'Weitere',
    automatic: 'Automatisch, {}',
    override: 'Ihre Wahl für diesen Anruf',
    notPlaced: 'Anruf an {} nicht getätigt.',
    'refused-invalid': '{} ist keine gültige Telefonnummer.',
    'refused-not-configured': '{} gehört nicht zu den Rückrufnummern dieses Kontos.',
    'refused-not-permitted': '{} ist für Sie nicht freigegeben.',
    refusedNext: 'Wählen Sie eine andere Nummer und rufen Sie erneut an.',
    chooseAnother: 'Wählen Sie eine andere Nummer.',
    requestedNumber: 'Die angeforderte Nummer',
    noneAllowed: 'Für Sie ist keine Rückrufnummer freigegeben. Bitten Sie Ihre Administration, eine freizugeben.',
    storageFailed: 'Ihr Standard konnte nicht gespeichert werden; er gilt nur für diese Seite ({}).',
    configInvalid: 'Die Rückrufnummern konnten nicht eingerichtet werden: {}',
  },
  fr: {
    label: 'Numéro de rappel',
    search: 'Rechercher un numéro',
    default: 'Mon numéro par défaut',
    setDefault: 'Définir comme mon numéro par défaut',
    clearDefault: 'Retirer mon numéro par défaut',
    locked: 'Verrouillé',
    empty: 'Aucun numéro de rappel disponible',
    noMatch: 'Aucun numéro correspondant',
    loading: 'Chargement…',
    changed: 'Numéro de rappel changé : {}',
    loadError: 'Impossible de charger la configuration : {}',
    retry: 'Réessayer',
    required: 'Choisissez un numéro de rappel',
    other: 'Autres',
    automatic: 'Automatique, {}',
    override: 'Votre choix pour cet appel',
    notPlaced: 'Appel vers {} non passé.',
    'refused-invalid': '{} n’est pas un numéro de téléphone valide.',
    'refused-not-configured': '{} ne fait pas partie des numéros de rappel de ce compte.',
    'refused-not-permitted': '{} ne vous est pas autorisé.',
    refusedNext: 'Choisissez un autre numéro et rappelez.',
    chooseAnother: 'Choisissez un autre numéro.',
    requestedNumber: 'Le numéro demandé',
    noneAllowed: 'Aucun numéro de rappel ne vous est autorisé. Demandez à votre administrateur d’en autoriser un.',
    storageFailed: 'Votre numéro par défaut n’a pas pu être enregistré ; il ne vaut que pour cette page ({}).',
    configInvalid: 'Les numéros de rappel n’ont pas pu être configurés : {}',
  },
  es: {
    label: 'Número de devolución',
    search: 'Buscar números',
    default: 'Mi predeterminado',
    setDefault: 'Usar como mi predeterminado',
    clearDefault: 'Quitar mi predeterminado',
    locked: 'Bloqueado',
    empty: 'No hay ningún número de devolución disponible',
    noMatch: 'Ningún número coincide',
    loading: 'Cargando…',
    changed: 'Número de devolución cambiado a {}',
    loadError: 'No se pudo cargar la configuración: {}',
    retry: 'Reintentar',
    required: 'Elija un número de devolución',
    other: 'Otros',
    automatic: 'Automático, {}',
    override: 'Su elección para esta llamada',
    notPlaced: 'La llamada a {} no se realizó.',
    'refused-invalid': '{} no es un número de teléfono válido.',
    'refused-not-configured': '{} no es uno de los números de devolución de esta cuenta.',
    'refused-not-permitted': '{} no está permitido para usted.',
    refusedNext: 'Elija otro número y vuelva a llamar.',
    chooseAnother: 'Elija otro número.',
    requestedNumber: 'El número solicitado',
    noneAllowed: 'No tiene ningún número de devolución permitido. Pida a su administrador que le permita uno.',
    storageFailed: 'No se pudo guardar su predeterminado; solo vale para esta página ({}).',
    configInvalid: 'No se pudieron configurar los números de devolución: {}',
  },
};

/**
 * Adds or extends a locale (`'fr'`, `'de-CH'`…). Elements pick it up at their next render.
 *
 * @example
 * registerStrings('de', { label: 'Absendernummer' });
 */
export const registerStrings = (lang: string, strings: Partial<ClidStrings>): void => {
  lang = lang.toLowerCase();
  locales[lang] = { ...locales[lang], ...strings };
};

/** The `lang` in effect for `el`: its own or its nearest ancestor's, across shadow roots. */
export const langOf = (el: Element): string => {
  for (let n: Element | undefined = el; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host) {
    if ((n as HTMLElement).lang) return (n as HTMLElement).lang.toLowerCase();
  }
  return 'en';
};

/**
 * The texts for `el`: English, overlaid with its language (`de`), its regional variant
 * (`de-ch`) and the element's own `strings`.
 */
export const stringsFor = (el: Element, own?: Partial<ClidStrings> | null): ClidStrings => {
  const lang = langOf(el);
  return { ...en, ...locales[lang.split('-')[0]], ...locales[lang], ...own } as ClidStrings;
};


/**
 * A store's rejection (`rejected` detail or `ClidCallError`) or error, worded for the agent who
 * reads `el`: in its language, with numbers by name and formatted number.
 *
 * @example
 * store.addEventListener('rejected', (e) => show(agentMessage(picker, e.detail)));
 */
export const agentMessage = (el: Element, failure: Refusal | ErrorDetail, own?: Partial<ClidStrings> | null): string => {
  const s = stringsFor(el, own);
  return 'code' in failure ? errorMessage(s, failure.code, failure.cause ?? failure.message) : refusalMessage(s, failure, formatNumber);
};
