// <clid-dialer> leaves nothing behind (contract.md, "Lifecycle"): mounted with a store of its
// own, used (a choice in its picker, calls) and removed many times, every dialer and every number
// its stores parsed are garbage-collected; the document's click-to-dial listener goes with the
// last dialer, and the window and document have the listeners they had before.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { bigConfig, Collectable, expectListenersAsAt, figures, nextTask } from './memory.js';
import { call, choose } from './use.js';

const mount = (config: object): ClidDialer =>
  document.body.appendChild(Object.assign(document.createElement('clid-dialer'), { config }));
const innerPicker = (dialer: ClidDialer) => dialer.shadowRoot!.querySelector('clid-picker')!;

describe('<clid-dialer> memory', () => {
  afterEach(() => localStorage.clear());

  it('mounted with its own store, used and removed 15 times: all collected, no listener left', async function () {
    this.timeout(120_000);
    const start = await figures();
    const warm = mount(bigConfig(3));
    await call(warm);
    await warm.updateComplete;
    await choose(innerPicker(warm));
    warm.remove();
    await nextTask();
    expect((await figures()).documentListeners, 'the click-to-dial listener goes with the last dialer').to.equal(
      start.documentListeners,
    );

    const gone = new Collectable();
    await gone.after(async () => {
      for (let i = 0; i < 15; i++) {
        const dialer = gone.track(mount(bigConfig(200)));
        await dialer.updateComplete;
        gone.track(await choose(innerPicker(dialer)));
        for (let c = 0; c < 2; c++) gone.track(await call(dialer));
        dialer.remove();
      }
    });
    expect(await gone.collected()).to.equal(gone.tracked);
    await expectListenersAsAt(start);
  });
});
