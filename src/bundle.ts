/**
 * The script-tag drop-in (`dist/clid-picker.min.js`): defines every element on load and exports
 * the whole public API, store and telephony adapters (`sipIdentity`, `vccCallRequest`) included.
 *
 * @example
 * <script type="module" src="https://cdn.example/clid-picker/dist/clid-picker.min.js"></script>
 */
import './define.js';

export * from './index.js';
export * from './telephony/index.js';
