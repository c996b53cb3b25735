// SSR safety: an SSR server (Next.js, Nuxt, Astro) imports the package in Node, where there is no
// DOM. Runs on the built package (`npm run build` first), resolved through its own `exports`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const config = {
  accountId: 'acme',
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+14155550100', name: 'US Sales' },
  ],
  rules: { prefixes: [{ prefix: '+1', number: 'us' }] },
};

describe('in Node (SSR)', () => {
  it('imports clid-picker without throwing and defines nothing', async () => {
    const api = await import('clid-picker');
    assert.equal(typeof api.ClidPicker, 'function');
    assert.equal(typeof api.createClidStore, 'function');
    assert.equal(globalThis.customElements?.get('clid-picker'), undefined);
  });

  it('imports clid-picker/define without throwing (Lit registers into its DOM shim)', async () => {
    await import('clid-picker/define');
    const { ClidPicker, ClidDialer, ClidProvider } = await import('clid-picker');
    assert.equal(customElements.get('clid-picker'), ClidPicker);
    assert.equal(customElements.get('clid-dialer'), ClidDialer);
    assert.equal(customElements.get('clid-provider'), ClidProvider);
  });

  it('runs the store from clid-picker/store, with and without Web Storage', async () => {
    const { createClidStore, memoryStorage } = await import('clid-picker/store');
    for (const options of [undefined, { storage: memoryStorage() }]) {
      const store = createClidStore(config, options);
      assert.equal(store.resolveSync({ destination: '+1 415 555 0199' }).clid.id, 'us');
      const uk = store.resolveSync({ destination: '+442071234567' });
      assert.equal(uk.clid.id, 'uk');
      assert.equal(uk.source, 'account-default');
      assert.equal(store.select('us', { scope: 'default' }), true);
      assert.equal(store.resolveSync({ destination: '+442071234567' }).source, 'agent-default');
    }
  });
});
