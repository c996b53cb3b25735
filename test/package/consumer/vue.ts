// `clid-picker/vue`: the elements in Vue 3's GlobalComponents, types only.
import type {} from 'clid-picker/vue';
import type { GlobalComponents } from 'vue';
import { createClidStore } from 'clid-picker';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

const store = createClidStore({ numbers: ['+442079460000'] }, { storage: 'memory' });
export const dialer: Props<'clid-dialer'> = {
  store,
  region: 'GB',
  disabled: false,
  'onclid-call': (event) => console.log(event.detail.clid.number),
};
export const picker: Props<'clid-picker'> = { config: { numbers: ['+14155550100'] }, 'group-by': 'tag' };
export const provider: Props<'clid-provider'> = { store, 'onclid-error': (event) => console.log(event.detail.code) };

// @ts-expect-error a misspelt attribute
export const misspelt: Props<'clid-picker'> = { lable: 'Callback number' };
// @ts-expect-error `disabled` is a boolean
export const wrongType: Props<'clid-picker'> = { disabled: 'yes' };
// @ts-expect-error a clid-call detail has no `scope`
export const wrongDetail: Props<'clid-dialer'> = { 'onclid-call': (event) => console.log(event.detail.scope) };
