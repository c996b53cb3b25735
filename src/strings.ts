/**
 * Every piece of text the elements show or announce, replaceable three ways (later wins):
 * the built-in locale picked by the `lang` of the element (or its nearest ancestor, across shadow
 * roots, up to `<html lang>`), a locale registered with {@link registerStrings}, and the
 * element's own `strings` property.
 *
 * Ships English (`en`, the fallback for any missing text) and German (`de`). Placeholders are
 * written `{}`. Other elements add their own keys by augmenting {@link ClidStrings} and
 * registering defaults for them ({@link registerDefaultStrings}).
 *
 * @example
 * registerStrings('fr', { label: 'Numéro de rappel', setDefault: 'Définir par défaut' });
 * picker.strings = { label: 'Present as' }; // this element only
 * @module
 */

/** The texts of the picker (and any element that augments this interface). */
export interface ClidStrings {
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
};

const locales: Record<string, Partial<ClidStrings>> = {
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

/**
 * Adds built-in texts (an element's own keys) under what is registered already, so a page that
 * registered its texts before the element's module loaded keeps them. `en` is also the
 * fallback of every locale.
 *
 * @example
 * registerDefaultStrings({ en: { call: 'Call' }, de: { call: 'Anrufen' } });
 */
export const registerDefaultStrings = (byLocale: Record<string, Partial<ClidStrings>>): void => {
  for (const lang in byLocale) {
    const defaults = byLocale[lang];
    locales[lang] = { ...defaults, ...locales[lang] };
    if (lang === 'en') Object.assign(en, { ...defaults, ...en });
  }
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

/** Fills the `{}` placeholder of a text. */
export const fill = (text: string, value: string): string => text.replace('{}', value);
