// `clid-picker/store` alone loads nothing of Lit or the DOM (a worker or an API server can use it).
// Its own file: node's test runner gives each file a process of its own, so nothing else is loaded.
import assert from 'node:assert/strict';
import { it } from 'node:test';

it('clid-picker/store loads no DOM shim and places a call in Node', async () => {
  const { createClidStore } = await import('clid-picker/store');
  assert.equal(globalThis.customElements, undefined, 'importing the store loaded Lit (its DOM shim)');
  const store = createClidStore({ numbers: ['+442079460000'] }, { storage: 'memory' });
  const detail = await store.placeCall({ destination: '+442071234567' });
  assert.equal(detail.clid.number, '+442079460000');
});
