// `clid-picker/clid-picker.min.js`: the script-tag drop-in defines the tags and exports the API.
import { createClidStore, ClidPicker } from 'clid-picker/clid-picker.min.js';

const picker: ClidPicker = document.createElement('clid-picker');
picker.store = createClidStore({ numbers: ['+442079460000'] }, { storage: 'memory' });
// @ts-expect-error `store` takes a store, not a config
picker.store = { numbers: [] };
export { picker };
