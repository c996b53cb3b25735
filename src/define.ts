/**
 * Registers every element (the package's only side-effect module).
 *
 * @example
 * import 'clid-picker/define';
 * @module
 */
import { ClidDialer } from './components/clid-dialer/clid-dialer.js';
import { ClidPicker } from './components/clid-picker/clid-picker.js';
import { ClidProvider } from './components/clid-provider/clid-provider.js';

customElements.define('clid-provider', ClidProvider);
customElements.define('clid-picker', ClidPicker);
customElements.define('clid-dialer', ClidDialer);

declare global {
  interface HTMLElementTagNameMap {
    'clid-provider': ClidProvider;
    'clid-picker': ClidPicker;
    'clid-dialer': ClidDialer;
  }
}
