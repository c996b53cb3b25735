// The store leaves nothing behind (contract.md, "Lifecycle"): a store with no subscribers holds
// no global listener or timer, so a store the page drops is garbage-collected. And the issue's
// own measurement: 90 elements with a 10,000-number config each, mounted and removed, leave at
// most +3 MB of heap and +5 window listeners after garbage collection.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { createClidStore } from '../../src/store/index.js';
import { bigConfig, Collectable, figures, nextTask } from './memory.js';

const MiB = 1024 * 1024;

describe('store memory', () => {
  afterEach(() => localStorage.clear());

  it('20 stores the page made, used and dropped are collected (20 of 20), no listener left', async () => {
    const start = await figures();
    const gone = new Collectable();
    await gone.after(async () => {
      for (let i = 0; i < 20; i++) {
        const store = gone.track(createClidStore(bigConfig(100, `dropped-${i}`)));
        const unsubscribe = store.subscribe(() => {});
        const onChange = () => {};
        store.addEventListener('change', onChange);
        store.select('n1');
        store.select('n2', { scope: 'default' });
        await store.placeCall({ destination: '+14155550123' });
        unsubscribe();
        store.removeEventListener('change', onChange);
      }
    });
    expect(await gone.collected()).to.equal(20);
    expect((await figures()).windowListeners).to.equal(start.windowListeners);
  });

  it('90 elements with a 10,000-number config, mounted and removed: ≤ +3 MB heap, ≤ +5 window listeners', async function () {
    this.timeout(120_000);
    const tags = ['clid-picker', 'clid-dialer', 'clid-provider'];
    // Once each first, so the lazily loaded parts and the templates are in the baseline.
    for (const tag of tags) document.body.append(Object.assign(document.createElement(tag), { config: bigConfig(3) }));
    await nextTask();
    document.body.replaceChildren();
    await nextTask();
    const start = await figures();
    const gone = new Collectable();
    await gone.after(async () => {
      for (let i = 0; i < 90; i++) {
        const el = gone.track(
          Object.assign(document.createElement(tags[i % 3]), { config: bigConfig(10_000, `record-${i}`) }),
        );
        document.body.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        el.remove();
      }
    });
    expect(await gone.collected(), 'elements collected').to.equal(90);
    const end = await figures();
    const growth = (end.heap - start.heap) / MiB;
    console.log(
      `90 elements × 10,000 numbers: heap ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB, window listeners +${end.windowListeners - start.windowListeners}`,
    );
    expect(growth, 'heap growth, MB').to.be.at.most(3);
    expect(end.windowListeners - start.windowListeners, 'window listeners').to.be.at.most(5);
  });
});
