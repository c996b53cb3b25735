/**
 * The script-tag drop-in (`dist/clid-picker.min.js`): defines every element on load (a name that
 * another copy on the page defined already is left to it, with a warning) and exports the whole
 * public API: the store, `defineClidElements` and the telephony adapters (`sipIdentity`,
 * `vccCallRequest`) included.
 *
 * @example
 * <script type="module" src="https://cdn.example/clid-picker/dist/clid-picker.min.js"></script>
 */
import './define.js';

export * from './index.js';
export * from './telephony/index.js';
