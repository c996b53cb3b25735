// <clid-picker> leaves nothing behind (contract.md, "Lifecycle"): mounted with a store of its
// own, used and removed many times, every picker and every number its stores parsed are
// garbage-collected, and the window and document have the listeners they had before.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bigConfig, Collectable, expectListenersAsAt, figures, nextTask } from './memory.js';
import { choose } from './use.js';

describe('<clid-picker> memory', () => {
  afterEach(() => localStorage.clear());

  it('mounted with its own store (config), used and removed 20 times: all collected, no listener left', async function () {
    this.timeout(120_000);
    await choose(
      document.body.appendChild(Object.assign(document.createElement('clid-picker'), { config: bigConfig(3) })),
    );
    document.body.replaceChildren();
    await nextTask();
    const start = await figures();
    const gone = new Collectable();
    await gone.after(async () => {
      for (let i = 0; i < 20; i++) {
        const picker = gone.track(document.createElement('clid-picker'));
        picker.config = bigConfig(200);
        document.body.append(picker);
        gone.track(await choose(picker));
        picker.remove();
      }
    });
    expect(await gone.collected()).to.equal(gone.tracked);
    await expectListenersAsAt(start);
  });
});
