// `clid-picker/store`: the headless store.
import { createClidStore, memoryStorage, type Resolution } from 'clid-picker/store';

const store = createClidStore({ numbers: ['+442079460000', '+14155550100'] }, { storage: memoryStorage() });
const resolution: Resolution = store.resolveSync({ destination: '+14155550199' });
// @ts-expect-error a call request needs a destination
store.resolveSync({ record: {} });
export { resolution };
