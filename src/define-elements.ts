/**
 * `defineClidElements`: registers the three elements, under the standard tag names or your own.
 * `clid-picker/define` and the script-tag drop-in call it with the standard names.
 * @module
 */
import { ClidDialer } from './components/clid-dialer/clid-dialer.js';
import { ClidPicker } from './components/clid-picker/clid-picker.js';
import { ClidProvider } from './components/clid-provider/clid-provider.js';
import { VERSION } from './version.js';

/** Tag names for {@link defineClidElements}; each one left out keeps its standard name. */
export interface ClidElementNames {
  /** Default `clid-provider`. */
  provider?: string;
  /** Default `clid-picker`; the dialers defined in the same call render their picker under it. */
  picker?: string;
  /** Default `clid-dialer`. */
  dialer?: string;
}

/** A registered element class, as far as we read it (another copy's may lack `version`). */
type Registered = CustomElementConstructor & { version?: string };

/**
 * Registers `<name>` as `Base`, or as a fresh subclass when `Base` is already registered under
 * another name (a constructor can be registered once only). A name already taken (by another copy
 * of the library, another version, or anything else) is left as it is, with one warning.
 */
function defineOne<T extends CustomElementConstructor>(name: string, Base: T): T | undefined {
  const existing: Registered | undefined = customElements.get(name);
  if (existing) {
    // Ours already (this call made twice): nothing to say.
    if (existing !== Base && !(existing.prototype instanceof Base)) {
      const theirs = existing.version ? `clid-picker ${existing.version}` : 'an unknown version';
      console.warn(`clid-picker ${VERSION}: <${name}> is already defined by ${theirs}; using that one`);
    }
    return undefined;
  }
  try {
    customElements.define(name, Base);
    return Base;
  } catch (error) {
    // NotSupportedError: this constructor is registered already, under another name.
    if ((error as DOMException).name !== 'NotSupportedError') throw error;
    const Named = class extends (Base as CustomElementConstructor) {} as T;
    customElements.define(name, Named);
    return Named;
  }
}

/**
 * Defines `<clid-provider>`, `<clid-picker>` and `<clid-dialer>`, or the same elements under the
 * tag names you give, and returns the names used. Calling it again with other names defines the
 * elements under those names too (each name as its own subclass).
 *
 * A name that is already defined (a second copy of the library on the page, of this version or
 * another, or an element of someone else's) is left as it is: one `console.warn` names the tag and
 * both versions, and nothing throws. Elements of either copy work together: the store, the
 * context protocol and the public element properties are the same across copies.
 *
 * Invalid names (no hyphen, upper case…) throw the browser's `SyntaxError`.
 *
 * @example
 * import { defineClidElements } from 'clid-picker';
 * defineClidElements({ provider: 'acme-clid-provider', picker: 'acme-callback-picker', dialer: 'acme-callback-dialer' });
 * // <acme-callback-dialer> renders <acme-callback-picker> inside it.
 */
export function defineClidElements(names: ClidElementNames = {}): Required<ClidElementNames> {
  const used = {
    provider: names.provider ?? 'clid-provider',
    picker: names.picker ?? 'clid-picker',
    dialer: names.dialer ?? 'clid-dialer',
  };
  defineOne(used.provider, ClidProvider);
  defineOne(used.picker, ClidPicker);
  const Dialer = defineOne(used.dialer, ClidDialer);
  // Set on the class just registered (a subclass when ClidDialer already had a name).
  if (Dialer) Dialer.pickerTag = used.picker;
  return used;
}
