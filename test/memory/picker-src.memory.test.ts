// <clid-picker> with config-src leaves nothing behind (contract.md, "Lifecycle"): loaded, used
// and removed many times, every picker and every number its stores parsed are garbage-collected,
// the window and document have the listeners they had before, and a load still on its way when
// the picker is removed is aborted.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bigConfig, Collectable, expectListenersAsAt, figures, nextTask } from './memory.js';
import { choose } from './use.js';

describe('<clid-picker> memory, config-src', () => {
  afterEach(() => localStorage.clear());

  it('mounted with its own store (config-src), used and removed 10 times: all collected, no listener left', async function () {
    this.timeout(120_000);
    await choose(
      document.body.appendChild(Object.assign(document.createElement('clid-picker'), { config: bigConfig(3) })),
    );
    document.body.replaceChildren();
    await nextTask();
    const start = await figures();
    const gone = new Collectable();
    await gone.after(async () => {
      for (let i = 0; i < 10; i++) {
        const picker = gone.track(document.createElement('clid-picker'));
        picker.configSrc = '/test/picker/fixtures/config.json';
        document.body.append(picker);
        gone.track(await choose(picker));
        picker.remove();
      }
    });
    expect(await gone.collected()).to.equal(gone.tracked);
    await expectListenersAsAt(start);
  });

  it('a picker removed while its config-src still loads is collected, its fetch aborted', async function () {
    this.timeout(60_000);
    const original = window.fetch;
    const aborted: boolean[] = [];
    // A server that never answers: only an abort ends the request.
    window.fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => {
          aborted.push(true);
          reject(init.signal!.reason);
        }),
      );
    const gone = new Collectable();
    try {
      await gone.after(async () => {
        for (let i = 0; i < 5; i++) {
          const picker = gone.track(document.createElement('clid-picker'));
          picker.configSrc = `/never/${i}.json`;
          document.body.append(picker);
          await picker.updateComplete;
          picker.remove();
        }
      });
      expect(aborted.length).to.equal(5);
      expect(await gone.collected()).to.equal(5);
    } finally {
      window.fetch = original;
    }
  });
});
