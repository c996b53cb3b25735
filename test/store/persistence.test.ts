import { expect } from '@open-wc/testing';
import { createClidStore, memoryStorage, storageKey, type StorageAdapter } from '../../src/store/index.js';
import { decode, encode, openStorage } from '../../src/store/persistence.js';
import { base, faultyStorage, FR, KEY, makeStore, record, settle, US } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

/**
 * The web storage tests' agent, and where it keeps its default: a key no other test file uses. The
 * Chromium pages of two test files run at once on one origin, so they share localStorage: under
 * the fixtures' key, another file's write (and the storage event it sends here) could land
 * between a write here and the check of it.
 */
const AGENT = 'a7-persistence';
const WEB_KEY = 'clid-picker:v1:acme:a7-persistence';
const web = () => base({ agentId: AGENT });

describe('persistence: web storage', () => {
  afterEach(() => {
    localStorage.removeItem(WEB_KEY);
    sessionStorage.removeItem(WEB_KEY);
  });

  it('uses localStorage by default, under a versioned key', async () => {
    const store = createClidStore(web());
    store.select('fr', { scope: 'default' });
    await settle();
    expect(storageKey('acme', AGENT)).to.equal(WEB_KEY);
    expect(JSON.parse(localStorage.getItem(WEB_KEY)!)).to.deep.equal({ v: 1, default: 'fr' });
    expect(createClidStore(web()).getState().agentDefault).to.deep.equal(FR);
    store.clearDefault();
    await settle();
    expect(localStorage.getItem(WEB_KEY)).to.equal(null);
    store.destroy();
  });

  it('session storage on request', async () => {
    const store = createClidStore(web(), { storage: 'session' });
    store.select('us', { scope: 'default' });
    await settle();
    expect(sessionStorage.getItem(WEB_KEY)).to.equal(encode('us'));
    expect(localStorage.getItem(WEB_KEY)).to.equal(null);
    store.destroy();
  });

  it('memory storage keeps nothing across stores', async () => {
    createClidStore(web(), { storage: 'memory' }).select('us', { scope: 'default' });
    await settle();
    expect(createClidStore(web(), { storage: 'memory' }).getState().agentDefault).to.equal(null);
    expect(localStorage.getItem(WEB_KEY)).to.equal(null);
  });

  it("applies another tab's default from a storage event, without writing back", async () => {
    const store = createClidStore(web());
    const seen = record(store, 'default-change');
    window.dispatchEvent(
      new StorageEvent('storage', { key: WEB_KEY, newValue: encode('us'), storageArea: localStorage }),
    );
    expect(store.getState().agentDefault).to.deep.equal(US);
    expect(seen[0].detail).to.deep.equal({ clid: US });
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: encode('fr') }));
    window.dispatchEvent(
      new StorageEvent('storage', { key: WEB_KEY, newValue: encode('fr'), storageArea: sessionStorage }),
    );
    expect(store.getState().agentDefault).to.deep.equal(US);
    window.dispatchEvent(new StorageEvent('storage', { key: WEB_KEY, newValue: null }));
    expect(store.getState().agentDefault).to.equal(null);
    await settle();
    expect(localStorage.getItem(WEB_KEY)).to.equal(null);
    store.destroy();
    window.dispatchEvent(new StorageEvent('storage', { key: WEB_KEY, newValue: encode('fr') }));
    expect(store.getState().agentDefault).to.equal(null);
  });
});

describe('persistence: faults', () => {
  const errors = (store: EventTarget) => record(store, 'error');

  it('storage that throws on access (sandboxed iframe): works in memory, reports once', async () => {
    const adapter = faultyStorage();
    adapter.state.failGet = adapter.state.failSet = true;
    const store = createClidStore(base(), { storage: adapter });
    const seen = errors(store);
    expect(store.getState().error?.code).to.equal('storage');
    store.select('us', { scope: 'default' });
    store.select('fr', { scope: 'default' });
    await settle();
    expect(store.getState().agentDefault).to.deep.equal(FR);
    expect(seen.map((e) => e.detail.code)).to.deep.equal(['storage']);
  });

  it('a Web Storage getter that throws falls back to memory', () => {
    const faults: unknown[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const { adapter, web } = openStorage('local', (e) => faults.push(e));
      expect(web).to.equal(null);
      adapter.set('k', 'v');
      expect(adapter.get('k')).to.equal('v');
      expect(faults).to.have.length(1);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('quota errors on write: the choice is kept, reported once', async () => {
    const adapter = faultyStorage();
    const store = createClidStore(base(), { storage: adapter });
    const seen = errors(store);
    adapter.state.failSet = true;
    store.select('us', { scope: 'default' });
    store.clearDefault();
    store.select('fr', { scope: 'default' });
    await settle();
    expect(store.getState()).to.deep.include({ agentDefault: FR, rememberedDefault: 'fr' });
    expect(seen).to.have.length(1);
    expect(seen[0].detail.message).to.match(/kept for this page/);
  });

  for (const [what, raw] of [
    ['corrupted JSON', '{"v":1,"def'],
    ['a foreign value', '{"theme":"dark"}'],
    ['a foreign number', '42'],
  ] as const) {
    it(`${what} is ignored and reported`, async () => {
      const store = createClidStore(base(), { storage: faultyStorage({ [KEY]: raw }) });
      const seen = errors(store);
      expect(store.getState().agentDefault).to.equal(null);
      await settle();
      expect(seen.map((e) => e.detail.code)).to.deep.equal(['storage']);
    });
  }

  it('older versions are migrated; newer ones left alone', async () => {
    const adapter = faultyStorage({ [KEY]: '"us"' });
    expect(createClidStore(base(), { storage: adapter }).getState().agentDefault).to.deep.equal(US);
    await settle();
    expect(adapter.map.get(KEY)).to.equal(encode('us'));
    adapter.map.set(KEY, '{"default":"fr"}');
    expect(createClidStore(base(), { storage: adapter }).getState().agentDefault).to.deep.equal(FR);
    await settle();
    expect(adapter.map.get(KEY)).to.equal(encode('fr'));
    adapter.map.set(KEY, '{"v":2,"favourite":"us"}');
    const newer = createClidStore(base(), { storage: adapter });
    expect(newer.getState().agentDefault).to.equal(null);
    expect(newer.getState().error).to.equal(null);
    await settle();
    expect(adapter.map.get(KEY)).to.equal('{"v":2,"favourite":"us"}');
  });

  it('decodes every record shape', () => {
    expect(decode(null)).to.equal(null);
    expect(decode('{"v":1,"default":null}')).to.equal(null);
    expect(decode({ v: 1, default: 'x' })).to.equal('x');
    expect(decode('{"v":1,"default":3}')).to.equal(undefined);
    expect(decode('{"v":0,"default":"x"}')).to.equal(undefined);
  });
});

describe('persistence: custom adapters', () => {
  it('a sync adapter is read during creation', () => {
    const store = createClidStore(base(), { storage: faultyStorage({ [KEY]: encode('fr') }) });
    expect(store.getState().agentDefault).to.deep.equal(FR);
  });

  it("an async adapter's value arrives later", async () => {
    const adapter: StorageAdapter = { get: async () => encode('us'), set: async () => {}, remove: async () => {} };
    const store = createClidStore(base(), { storage: adapter });
    const seen = record(store, 'default-change');
    expect(store.getState().agentDefault).to.equal(null);
    await settle();
    expect(store.getState().agentDefault).to.deep.equal(US);
    expect(seen[0].detail).to.deep.equal({ clid: US });
  });

  it('a late async value never clobbers a default the agent set meanwhile', async () => {
    let release!: (v: string) => void;
    const adapter: StorageAdapter = { get: () => new Promise((r) => (release = r)), set: () => {}, remove: () => {} };
    const store = createClidStore(base(), { storage: adapter });
    store.select('fr', { scope: 'default' });
    release(encode('us'));
    await settle();
    expect(store.getState().agentDefault).to.deep.equal(FR);
  });

  it('async faults (rejected get or set) are reported once, and the choice kept', async () => {
    const adapter: StorageAdapter = {
      get: () => Promise.reject(new Error('offline')),
      set: () => Promise.reject(new Error('offline')),
      remove: () => undefined,
    };
    const store = createClidStore(base(), { storage: adapter });
    const seen = record(store, 'error');
    store.select('us', { scope: 'default' });
    await settle();
    expect(store.getState().agentDefault).to.deep.equal(US);
    expect(seen).to.have.length(1);
    expect(seen[0].detail.message).to.contain('offline');
  });

  it('writes happen in the background, never during select', () => {
    const adapter = faultyStorage();
    const store = createClidStore(base(), { storage: adapter });
    store.select('us', { scope: 'default' });
    expect(adapter.state.writes).to.equal(0);
    return settle().then(() => expect(adapter.state.writes).to.equal(1));
  });

  it('memoryStorage is an adapter', () => {
    const m = memoryStorage();
    m.set('a', 'b');
    expect(m.get('a')).to.equal('b');
    m.remove('a');
    expect(m.get('a')).to.equal(null);
    expect(makeStore(base()).getState().agentDefault).to.equal(null);
  });

  it('a memoryStorage shared by two stores carries the agent default from one to the other', async () => {
    const storage = memoryStorage();
    createClidStore(base(), { storage }).select('fr', { scope: 'default' });
    await waitFor(() => storage.get(KEY) !== null, 'the default is written');
    expect(createClidStore(base(), { storage }).getState().agentDefault).to.deep.equal(FR);
    expect(
      createClidStore(base(), { storage: memoryStorage() }).getState().agentDefault,
      'a fresh memoryStorage remembers nothing',
    ).to.equal(null);
  });
});
