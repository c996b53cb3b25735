// `clid-picker/clid-picker.min.js`: the script-tag drop-in defines the tags and exports the API.
import { createClidStore, ClidPicker, defineClidElements, sipIdentity } from 'clid-picker/clid-picker.min.js';

const picker: ClidPicker = document.createElement('clid-picker');
picker.store = createClidStore({ numbers: ['+442079460000'] }, { storage: 'memory' });
// @ts-expect-error `store` takes a store, not a config
picker.store = { numbers: [] };
const names: { picker: string } = defineClidElements({ picker: 'acme-callback-picker' });
const from: string = sipIdentity.name;
export { picker, names, from };
