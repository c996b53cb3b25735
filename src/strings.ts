/**
 * Every piece of text the elements show or announce, replaceable three ways (later wins):
 * the built-in locale picked by the `lang` of the element (or its nearest ancestor, across shadow
 * roots, up to `<html lang>`), a locale registered with {@link registerStrings}, and the
 * element's own `strings` property.
 *
 * Ships English (`en`, the fallback for any missing text), German (`de`), French (`fr`) and
 * Spanish (`es`); the other three load lazily. Placeholders are written `{}`. Other elements add
 * their own keys by augmenting {@link ClidStrings} and registering their English defaults
 * ({@link registerDefaultStrings}).
 *
 * @example
 * registerStrings('it', { label: 'Numero di richiamata', setDefault: 'Imposta come predefinito' });
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
  /** Health note of a number carriers show as likely spam (visible, and in its accessible name). */
  flagged: string;
  /** Health note of a number at risk of being labelled spam: the softer warning. */
  atRisk: string;
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
  flagged: 'Flagged as spam',
  atRisk: 'Spam risk',
  ...messagesEn,
};

/** A complete translation: every key of every element. */
export type LocaleTable = Required<ClidStrings>;

/**
 * The translations that ship, each a lazily loaded chunk of its own (English is built in):
 * fetched the first time an element meets the language, so a page pays only for its own.
 */
const shipped: Partial<Record<string, () => Promise<{ default: LocaleTable }>>> = {
  de: () => import('./locales/strings-de.js'),
  fr: () => import('./locales/strings-fr.js'),
  es: () => import('./locales/strings-es.js'),
};

/** The shipped translations that have arrived, by language. */
const arrived: Partial<Record<string, Partial<ClidStrings>>> = { en };
/** Strings registered by the page (by lowercase tag); they win over the shipped ones. */
const registered: Record<string, Partial<ClidStrings>> = {};
/** Translations on their way, with the elements to render again when they arrive. */
const loading = new Map<string, { done: Promise<void>; waiting: Set<Element> }>();

/**
 * Fetches the shipped translation for `lang` (once; again after a failure) and renders `el`
 * again when it arrives. Resolves when there is nothing (more) to wait for.
 */
const fetchLocale = (lang: string, el?: Element): Promise<void> => {
  const load = shipped[lang];
  if (!load || arrived[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const waiting = new Set<Element>();
    const done = load().then(
      (table) => {
        arrived[lang] = table.default;
        for (const host of waiting) (host as Element & { requestUpdate?(): void }).requestUpdate?.();
      },
      () => {},
    );
    loading.set(lang, (pending = { done: done.finally(() => loading.delete(lang)), waiting }));
  }
  if (el) pending.waiting.add(el);
  return pending.done;
};

/**
 * Resolves when the texts for `el`'s language have arrived (at once for English and for languages
 * that do not ship). Elements wait for it in `updateComplete`.
 */
export const localeReady = (el: Element): Promise<void> => fetchLocale(langOf(el).split('-')[0]);

/**
 * Adds or extends a locale (`'fr'`, `'de-CH'`…). Elements pick it up at their next render.
 *
 * @example
 * registerStrings('de', { label: 'Absendernummer' });
 */
export const registerStrings = (lang: string, strings: Partial<ClidStrings>): void => {
  lang = lang.toLowerCase();
  registered[lang] = { ...registered[lang], ...strings };
};

/**
 * Adds an element's own English texts (its keys' fallback) under what is there already: the
 * element modules call it when they load.
 *
 * @example
 * registerDefaultStrings({ call: 'Call' });
 */
export const registerDefaultStrings = (defaults: Partial<ClidStrings>): void => {
  Object.assign(en, { ...defaults, ...en });
};

/** The `lang` in effect for `el`: its own or its nearest ancestor's, across shadow roots. */
export const langOf = (el: Element): string => {
  for (let n: Element | undefined = el; n; n = n.parentElement ?? (n.getRootNode() as Partial<ShadowRoot>).host) {
    if ((n as HTMLElement).lang) return (n as HTMLElement).lang.toLowerCase();
  }
  return 'en';
};

/**
 * The texts for `el`: English, overlaid with its language's shipped translation (`de`, once it
 * has arrived: `el` renders again then), the page's registered strings for the language and its
 * regional variant (`de-ch`), and the element's own `strings`.
 */
export const stringsFor = (el: Element, own?: Partial<ClidStrings> | null): ClidStrings => {
  const lang = langOf(el);
  const base = lang.split('-')[0];
  fetchLocale(base, el).catch(() => {});
  return { ...en, ...arrived[base], ...registered[base], ...registered[lang], ...own };
};

/**
 * A store's rejection (`rejected` detail or `ClidCallError`) or error, worded for the agent who
 * reads `el`: in its language, with numbers by name and formatted number.
 *
 * @example
 * store.addEventListener('rejected', (e) => show(agentMessage(picker, e.detail)));
 */
export const agentMessage = (
  el: Element,
  failure: Refusal | ErrorDetail,
  own?: Partial<ClidStrings> | null,
): string => {
  const s = stringsFor(el, own);
  return 'code' in failure
    ? errorMessage(s, failure.code, failure.cause ?? failure.message)
    : refusalMessage(s, failure, formatNumber);
};
