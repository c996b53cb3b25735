import { expect } from '@open-wc/testing';
import { createClidStore, memoryStorage, type ClidConfig, type StorageAdapter } from '../../src/store/index.js';
import { STICKY_LIMIT, STICKY_REFRESH_MS, stickyClock, stickyKey } from '../../src/store/sticky.js';
import { loadAutomaticSteps } from '../../src/store/automatic.js';
import { waitFor } from '../helpers/wait.js';
import { base, faultyStorage, FR, makeStore, record, settle, UK, US } from '../helpers/fixtures.js';

const D = '+14155551234';
const OTHER = '+14155559876';
const DAY = 86_400_000;
const KEY = stickyKey('acme');
const sticky = (extra: Partial<ClidConfig> = {}, rules: ClidConfig['rules'] = { sticky: true }) =>
  base({ ...extra, rules });

/**
 * A server-like adapter over `map`: every method answers with a promise (or rejects when told);
 * `state.refused` counts the requests it has rejected.
 */
function asyncStorage(map = new Map<string, string>()) {
  const state = { fail: false, refused: 0 };
  const later = <T>(f: () => T) =>
    new Promise<T>((done, fail) =>
      setTimeout(() => {
        if (!state.fail) done(f());
        else {
          state.refused++;
          fail(new Error('offline'));
        }
      }),
    );
  const adapter: StorageAdapter & { state: typeof state; map: typeof map } = {
    map,
    state,
    get: (key) => later(() => map.get(key) ?? null),
    set: (key, value) =>
      later(() => {
        map.set(key, value);
      }),
    remove: (key) =>
      later(() => {
        map.delete(key);
      }),
  };
  return adapter;
}

/** The destinations → [id, time] that storage holds for the account. */
const stored = (adapter: StorageAdapter) =>
  (JSON.parse(adapter.get(KEY) as string) as { e: [string, string, number][] }).e.map(([d, id]) => `${d}>${id}`);

// The steps' module is loaded lazily: once here, so that a store's first resolveSync has it.
before(async () => {
  await loadAutomaticSteps();
});

let now = Date.UTC(2026, 11, 3, 15, 0);
const realNow = stickyClock.now;
beforeEach(() => {
  now = Date.UTC(2026, 11, 3, 15, 0);
  stickyClock.now = () => now;
});
afterEach(() => {
  stickyClock.now = realNow;
});

describe('reportOutcome', () => {
  it('is a TypeError for a call this store did not place, or an unknown outcome', async () => {
    const store = makeStore(sticky());
    const { callId } = await store.placeCall({ destination: D });
    expect(() => store.reportOutcome('nope', 'answered')).to.throw(TypeError, /not a call this store placed/);
    expect(() => makeStore(sticky()).reportOutcome(callId, 'answered')).to.throw(TypeError);
    expect(() => store.reportOutcome(callId, 'hung-up' as never)).to.throw(TypeError, /answered, voicemail/);
  });

  for (const outcome of ['answered', 'voicemail'] as const) {
    it(`after ${outcome}, a later call to the destination presents the same number (sticky)`, async () => {
      const store = makeStore(sticky());
      store.select('fr');
      const first = await store.placeCall({ destination: D });
      expect(first.clid.id).to.equal('fr');
      store.reportOutcome(first.callId, outcome);
      now += DAY;
      const again = await store.placeCall({ destination: '+1 415 555 1234' });
      expect(again).to.deep.include({ source: 'sticky', clid: FR });
      expect(again.rule).to.deep.equal({ kind: 'sticky', since: '2026-12-03T15:00:00.000Z' });
      expect((await store.resolve({ destination: OTHER })).source).to.equal('account-default');
    });
  }

  for (const outcome of ['no-answer', 'busy', 'failed'] as const) {
    it(`after ${outcome}, nothing is remembered`, async () => {
      const storage = memoryStorage();
      const store = makeStore(sticky(), { storage });
      store.select('fr');
      store.reportOutcome((await store.placeCall({ destination: D })).callId, outcome);
      await settle();
      expect(storage.get(KEY)).to.equal(null);
      const r = await store.resolve({ destination: D });
      expect([r.source, r.trace.at(-2)]).to.deep.equal(['account-default', 'agent-default:skip']);
      expect(r.trace).to.include('sticky:none');
    });
  }

  it('without rules.sticky, remembers nothing and the trace is as before', async () => {
    const storage = memoryStorage();
    const store = makeStore(base(), { storage });
    store.select('fr');
    store.reportOutcome((await store.placeCall({ destination: D })).callId, 'answered');
    await settle();
    expect(storage.get(KEY)).to.equal(null);
    const r = await store.resolve({ destination: D });
    expect(r.trace.some((step) => step.startsWith('sticky'))).to.equal(false);
    store.setConfig(sticky());
    expect((await store.resolve({ destination: D })).source).to.equal('account-default');
  });
});

describe('sticky: where the step sits, and what it passes over', () => {
  /** A store whose memory says D → `id`, with `config`. */
  async function remembering(id: string, config: ClidConfig) {
    const storage = memoryStorage();
    const store = makeStore(sticky(), { storage });
    store.reportOutcome((await store.placeCall({ destination: D, requested: id })).callId, 'answered');
    store.setConfig(config);
    await settle();
    return { store, storage };
  }

  it('comes after the rules and the selector, and before the per-call choice and the defaults', async () => {
    const rules = { sticky: true as const, prefixes: [{ prefix: '+1212', number: 'uk' }] };
    const { store } = await remembering('us', sticky({}, rules));
    store.select('fr', { scope: 'default' });
    store.select('uk');
    const r = await store.resolve({ destination: D });
    expect([r.source, r.clid.id]).to.deep.equal(['sticky', 'us']);
    expect(r.trace).to.deep.equal([
      'requested:skip',
      'field-rule:none',
      'prefix-rule:none',
      'selector:skip',
      'sticky:match',
    ]);
    expect((await store.resolve({ destination: D, requested: 'fr' })).source).to.equal('requested');
    expect((await store.resolve({ destination: D, manual: true })).source).to.equal('call');
    const hooked = createClidStore(sticky(), { storage: memoryStorage(), selector: () => 'fr' });
    expect((await hooked.resolve({ destination: D })).source).to.equal('selector');
  });

  it('passes over a remembered number that is flagged, blocked or not permitted, and says why', async () => {
    const health = (h: string) => sticky({ numbers: [UK, { ...US, health: h }, FR] as ClidConfig['numbers'] });
    const { store } = await remembering('us', health('flagged'));
    const flagged = await store.resolve({ destination: D });
    expect([flagged.source, flagged.trace.includes('sticky:flagged')]).to.deep.equal(['account-default', true]);
    store.setConfig(health('blocked'));
    expect(store.resolveSync({ destination: D }).trace).to.include('sticky:blocked');
    store.setConfig(sticky({ permitted: ['uk', 'fr'] }));
    expect(store.resolveSync({ destination: D }).trace).to.include('sticky:not-permitted');
    store.setConfig(health('at-risk'));
    expect(store.resolveSync({ destination: D }).source).to.equal('sticky');
    // A flagged number is presented when requested, though sticky never picks it.
    store.setConfig(health('flagged'));
    expect((await store.placeCall({ destination: D, requested: 'us' })).clid.health).to.equal('flagged');
  });

  it('forgets a destination after rules.sticky.days', async () => {
    const { store } = await remembering('us', sticky({}, { sticky: { days: 30 } }));
    now += 30 * DAY - 1;
    expect(store.resolveSync({ destination: D }).source).to.equal('sticky');
    now += 2;
    const r = store.resolveSync({ destination: D });
    expect([r.source, r.trace.includes('sticky:none')]).to.deep.equal(['account-default', true]);
  });

  it('keeps at most 10,000 destinations, dropping the least recent', async () => {
    const seeded = Array.from({ length: STICKY_LIMIT }, (_, i) => [
      `+1202555${String(i).padStart(4, '0')}`,
      'fr',
      now - (STICKY_LIMIT - i) * 1000,
    ]);
    const storage = memoryStorage();
    storage.set(KEY, JSON.stringify({ v: 1, e: seeded }));
    const store = makeStore(sticky(), { storage });
    expect(store.resolveSync({ destination: '+12025550000' }).source).to.equal('sticky');
    store.reportOutcome((await store.placeCall({ destination: D, requested: 'us' })).callId, 'voicemail');
    await settle();
    const kept = stored(storage);
    expect(kept.length).to.equal(STICKY_LIMIT);
    expect(kept[0]).to.equal('+12025550001>fr');
    expect(kept.at(-1)).to.equal(`${D}>us`);
    const fresh = makeStore(sticky(), { storage });
    expect(fresh.resolveSync({ destination: '+12025550000' }).source).to.equal('account-default');
    expect(fresh.resolveSync({ destination: '+12025550001' }).source).to.equal('sticky');
    expect(fresh.resolveSync({ destination: D }).clid.id).to.equal('us');
  });
});

describe('sticky: shared between tabs and agents', () => {
  it('a second store on the same storage (another tab, another agent of the account) gets the number', async () => {
    const storage = memoryStorage();
    const tab1 = makeStore(sticky(), { storage });
    const otherAgent = makeStore(sticky({ agentId: 'a8' }), { storage });
    expect(otherAgent.resolveSync({ destination: D }).trace).to.include('sticky:none');
    tab1.reportOutcome((await tab1.placeCall({ destination: D, requested: 'fr' })).callId, 'answered');
    await settle();
    const tab2 = makeStore(sticky(), { storage });
    expect(tab2.resolveSync({ destination: D })).to.deep.include({ source: 'sticky', clid: FR });
    // The other agent read the memory a moment ago: it reads it again once that is stale.
    now += STICKY_REFRESH_MS;
    expect((await otherAgent.resolve({ destination: D })).source).to.equal('sticky');
    const otherAccount = makeStore(sticky({ accountId: 'globex' }), { storage });
    expect((await otherAccount.resolve({ destination: D })).source).to.equal('account-default');
  });

  it('through localStorage, as two tabs share it', async () => {
    // An account of its own: the Chromium pages of two test files run at once on one origin and
    // share localStorage, where another file may be using (and clearing) the usual account's keys.
    const account = sticky({ accountId: 'acme-sticky-tabs' });
    const key = stickyKey('acme-sticky-tabs');
    localStorage.removeItem(key);
    try {
      const tab1 = createClidStore(account);
      tab1.reportOutcome((await tab1.placeCall({ destination: D, requested: 'us' })).callId, 'answered');
      await settle();
      expect(createClidStore(account).resolveSync({ destination: D }).clid.id).to.equal('us');
    } finally {
      localStorage.removeItem(key);
      localStorage.removeItem('clid-picker:v1:acme-sticky-tabs:a7');
    }
  });

  it('with an async (server) adapter: resolve waits for the memory, resolveSync uses what has arrived', async () => {
    const map = new Map<string, string>();
    const agent1 = createClidStore(sticky(), { storage: asyncStorage(map) });
    agent1.reportOutcome((await agent1.placeCall({ destination: D, requested: 'fr' })).callId, 'answered');
    await waitFor(() => map.has(KEY), 'the memory reaches the server');
    const agent2 = createClidStore(sticky({ agentId: 'a8' }), { storage: asyncStorage(map) });
    expect(agent2.resolveSync({ destination: D }).trace).to.include('sticky:not-loaded');
    expect((await agent2.resolve({ destination: D })).source).to.equal('sticky');
    expect(agent2.resolveSync({ destination: D }).source).to.equal('sticky');
  });

  it('merges with what another store wrote meanwhile instead of overwriting it', async () => {
    const storage = memoryStorage();
    const a = makeStore(sticky(), { storage });
    const b = makeStore(sticky(), { storage });
    a.resolveSync({ destination: D });
    b.resolveSync({ destination: D });
    a.reportOutcome((await a.placeCall({ destination: D, requested: 'fr' })).callId, 'answered');
    await settle();
    b.reportOutcome((await b.placeCall({ destination: OTHER, requested: 'us' })).callId, 'answered');
    await settle();
    expect(stored(storage).sort()).to.deep.equal([`${D}>fr`, `${OTHER}>us`]);
  });
});

describe('sticky: storage faults never stop a call', () => {
  it('a throwing adapter: the call goes out, nothing is thrown, the trace says the memory is unavailable', async () => {
    const storage = faultyStorage();
    storage.state.failGet = storage.state.failSet = true;
    const store = makeStore(sticky(), { storage });
    const seen = record(store, 'call', 'rejected');
    const first = await store.placeCall({ destination: D, requested: 'us' });
    expect(() => store.reportOutcome(first.callId, 'answered')).not.to.throw();
    await settle();
    // This page keeps what it learnt.
    expect((await store.placeCall({ destination: D })).source).to.equal('sticky');
    const other = makeStore(sticky(), { storage });
    const r = await other.placeCall({ destination: D });
    expect(r.source).to.equal('account-default');
    expect((await other.resolve({ destination: D })).trace).to.include('sticky:unavailable');
    expect(seen.map((e) => e.type)).to.deep.equal(['call', 'call']);
  });

  it('a rejecting async adapter: the call goes out, the trace says the memory is unavailable', async () => {
    const storage = asyncStorage();
    storage.state.fail = true;
    const store = createClidStore(sticky(), { storage });
    const first = await store.placeCall({ destination: D, requested: 'us' });
    expect(first.source).to.equal('requested');
    expect((await store.resolve({ destination: OTHER })).trace).to.include('sticky:unavailable');
    const refused = storage.state.refused;
    store.reportOutcome(first.callId, 'voicemail');
    await waitFor(() => storage.state.refused > refused, 'the write is refused');
    expect((await store.placeCall({ destination: D })).source).to.equal('sticky');
  });

  it('a full storage (quota): nothing lost, the next write that succeeds carries it', async () => {
    const storage = faultyStorage();
    const store = makeStore(sticky(), { storage });
    storage.state.failSet = true;
    store.reportOutcome((await store.placeCall({ destination: D, requested: 'us' })).callId, 'answered');
    await settle();
    expect(storage.map.has(KEY)).to.equal(false);
    expect(store.resolveSync({ destination: D }).source).to.equal('sticky');
    storage.state.failSet = false;
    store.reportOutcome((await store.placeCall({ destination: OTHER, requested: 'fr' })).callId, 'answered');
    await settle();
    expect(stored(storage)).to.deep.equal([`${D}>us`, `${OTHER}>fr`]);
  });
});
