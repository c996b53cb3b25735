// `clid-picker`: classes, store and types, nothing defined on import.
import { ClidDialer, ClidPicker, ClidProvider, createClidStore, type CallDetail, type ClidStore } from 'clid-picker';

const store: ClidStore = createClidStore({ numbers: ['+442079460000'] }, { storage: 'memory' });
customElements.define('crm-callback-picker', class extends ClidPicker {});
const tags: Array<typeof HTMLElement> = [ClidPicker, ClidDialer, ClidProvider];
const onCall = (detail: CallDetail): string => detail.clid.number;
export { store, tags, onCall };
