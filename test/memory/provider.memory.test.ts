// <clid-provider> leaves nothing behind (contract.md, "Lifecycle"): mounted with a store of its
// own and a picker and a dialer inside, used and removed many times, every provider, its store
// and every element inside are garbage-collected, and no listener is left on window or document.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bigConfig, Collectable, expectListenersAsAt, figures, nextTask } from './memory.js';
import { call, choose } from './use.js';

/** A provider with a picker and a dialer inside, mounted. */
async function mount(config: object) {
  const provider = Object.assign(document.createElement('clid-provider'), { config });
  const picker = provider.appendChild(document.createElement('clid-picker'));
  const dialer = provider.appendChild(document.createElement('clid-dialer'));
  document.body.append(provider);
  await provider.updateComplete;
  return { provider, picker, dialer };
}

describe('<clid-provider> memory', () => {
  afterEach(() => localStorage.clear());

  it('mounted with its own store and elements inside, used and removed 15 times: all collected, no listener left', async function () {
    this.timeout(120_000);
    const warm = await mount(bigConfig(3));
    await choose(warm.picker);
    await call(warm.dialer);
    warm.provider.remove();
    await nextTask();
    const start = await figures();
    const gone = new Collectable();
    await gone.after(async () => {
      for (let i = 0; i < 15; i++) {
        const { provider, picker, dialer } = await mount(bigConfig(200));
        gone.track(provider);
        gone.track(picker);
        gone.track(dialer);
        gone.track(provider.providedStore!);
        gone.track(await choose(picker));
        gone.track(await call(dialer));
        provider.remove();
      }
    });
    expect(await gone.collected()).to.equal(gone.tracked);
    await expectListenersAsAt(start);
  });
});
