/**
 * Registers every element under its standard tag name (the package's only side-effect module),
 * as `defineClidElements()` does: a name already defined (a second copy of the library on the
 * page) is left as it is, with a warning.
 *
 * @example
 * import 'clid-picker/define';
 * @module
 */
import type { ClidDialer } from './components/clid-dialer/clid-dialer.js';
import type { ClidPicker } from './components/clid-picker/clid-picker.js';
import type { ClidProvider } from './components/clid-provider/clid-provider.js';
import { defineClidElements } from './define-elements.js';

defineClidElements();

declare global {
  interface HTMLElementTagNameMap {
    'clid-provider': ClidProvider;
    'clid-picker': ClidPicker;
    'clid-dialer': ClidDialer;
  }
}
