// contract.md, "Lifecycle": a store with no subscribers and no event listeners holds no global
// listener (so the page can drop it), and catches up with other tabs when it is watched again.
import { expect } from '@open-wc/testing';
import { createClidStore } from '../../src/store/index.js';
import { encode } from '../../src/store/persistence.js';
import { FR, UK, US, base as fixtureBase, settle } from '../helpers/fixtures.js';

/**
 * This file's agent and where it keeps its default in localStorage: a key no other test file
 * uses. The Chromium pages of two test files run at once on one origin and share localStorage:
 * another file's write under a shared key would reach these stores as another tab's default.
 */
const base = () => fixtureBase({ agentId: 'a7-lifecycle' });
const KEY = 'clid-picker:v1:acme:a7-lifecycle';

/** Another tab writes the default: storage changes and this window hears a `storage` event. */
function otherTab(id: string): void {
  localStorage.setItem(KEY, encode(id));
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: encode(id), storageArea: localStorage }));
}

describe('store lifecycle', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('hears other tabs only while subscribed, and catches up when subscribed again', () => {
    const store = createClidStore(base());
    otherTab('us');
    expect(store.getState().agentDefault, 'not listening yet').to.equal(null);
    const states: unknown[] = [];
    const unsubscribe = store.subscribe((state) => states.push(state.agentDefault));
    expect(store.getState().agentDefault, 'caught up on subscribe').to.deep.equal(US);
    expect(states).to.deep.equal([US]);
    otherTab('fr');
    expect(store.getState().agentDefault, 'heard while subscribed').to.deep.equal(FR);
    unsubscribe();
    otherTab('uk');
    expect(store.getState().agentDefault, 'not heard once unsubscribed').to.deep.equal(FR);
    store.subscribe(() => {});
    expect(store.getState().agentDefault, 'caught up again').to.deep.equal(UK);
    store.destroy();
  });

  it('an event listener watches too: it hears the catch-up and other tabs', () => {
    const store = createClidStore(base());
    otherTab('us');
    const heard: unknown[] = [];
    const listener = (e: Event) => heard.push((e as CustomEvent).detail.clid);
    store.addEventListener('default-change', listener);
    otherTab('fr');
    expect(heard).to.deep.equal([US, FR]);
    store.removeEventListener('default-change', listener);
    otherTab('uk');
    expect(store.getState().agentDefault).to.deep.equal(FR);
  });

  it('a listener added twice counts once; once and signal listeners stop counting', () => {
    const store = createClidStore(base());
    const listener = () => {};
    store.addEventListener('change', listener);
    store.addEventListener('change', listener);
    store.removeEventListener('change', listener);
    otherTab('us');
    expect(store.getState().agentDefault, 'a listener added twice is removed once').to.equal(null);

    store.addEventListener('change', listener, { once: true });
    expect(store.getState().agentDefault).to.deep.equal(US);
    store.select('fr');
    otherTab('uk');
    expect(store.getState().agentDefault, 'a once listener goes after its event').to.deep.equal(US);

    const controller = new AbortController();
    store.addEventListener('change', listener, { signal: controller.signal });
    expect(store.getState().agentDefault).to.deep.equal(UK);
    controller.abort();
    otherTab('fr');
    expect(store.getState().agentDefault, 'a listener goes with its signal').to.deep.equal(UK);
  });

  it("catching up does not undo the agent's own default before it is written", async () => {
    localStorage.setItem(KEY, encode('uk'));
    const store = createClidStore(base());
    store.select('fr', { scope: 'default' });
    store.subscribe(() => {});
    expect(store.getState().agentDefault).to.deep.equal(FR);
    await settle();
    expect(localStorage.getItem(KEY)).to.equal(encode('fr'));
    expect(store.getState().agentDefault).to.deep.equal(FR);
    store.destroy();
  });

  it('destroy() stops listening for good, even when subscribed again', () => {
    const store = createClidStore(base());
    store.subscribe(() => {});
    store.destroy();
    store.subscribe(() => {});
    otherTab('us');
    expect(store.getState().agentDefault).to.equal(null);
  });

  it('memory and custom storage never listen to the window', () => {
    const adapter = { get: () => null, set: () => {}, remove: () => {} };
    for (const storage of ['memory', adapter] as const) {
      const store = createClidStore(base(), { storage });
      store.subscribe(() => {});
      otherTab('us');
      expect(store.getState().agentDefault).to.equal(null);
    }
  });
});
