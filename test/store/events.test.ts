import { expect } from '@open-wc/testing';
import { ClidStoreEvent, type CallDetail, type ClidState } from '../../src/store/index.js';
import { base, FR, makeStore, record, settle, UK, US } from '../helpers/fixtures.js';

describe('events', () => {
  it('the store is an EventTarget with typed details', async () => {
    const store = makeStore(base());
    expect(store).to.be.instanceOf(EventTarget);
    let detail: CallDetail | undefined;
    store.addEventListener('call', (e) => {
      expect(e).to.be.instanceOf(ClidStoreEvent);
      detail = e.detail;
    });
    const placed = await store.placeCall({ destination: '+14155551234' });
    expect(detail!.clid.number).to.equal(UK.number);
    // What placeCall resolves with is the event's detail, frozen.
    expect(placed).to.equal(detail);
    expect(Object.isFrozen(placed)).to.equal(true);
  });

  it('change is cancelable: a cancelled change keeps the selection', () => {
    const store = makeStore(base());
    const listener = (e: ClidStoreEvent<'change'>) => e.preventDefault();
    store.addEventListener('change', listener);
    expect(store.select('us')).to.equal(false);
    expect(store.select('us', { scope: 'default' })).to.equal(false);
    expect(store.getState()).to.deep.include({ selected: UK, agentDefault: null });
    store.removeEventListener('change', listener);
    const seen = record(store, 'change', 'default-change');
    expect(store.select('us', { scope: 'default' })).to.equal(true);
    expect(seen).to.deep.equal([
      { type: 'change', detail: { clid: US, scope: 'default' }, cancelable: true },
      { type: 'default-change', detail: { clid: US }, cancelable: false },
    ]);
  });

  it('default-change says null when cleared', () => {
    const store = makeStore(base());
    store.select('fr', { scope: 'default' });
    const seen = record(store, 'default-change');
    store.clearDefault();
    store.clearDefault();
    expect(seen.map((e) => e.detail)).to.deep.equal([{ clid: null }]);
  });

  it('a used-up per-call choice reports the change back to the default (not cancelable)', async () => {
    const store = makeStore(base());
    store.select('fr');
    const seen = record(store, 'call', 'change');
    await store.placeCall({ destination: '+14155551234' });
    expect(seen.map((e) => e.type)).to.deep.equal(['call', 'change']);
    expect(seen[1]).to.deep.equal({ type: 'change', detail: { clid: UK, scope: 'call' }, cancelable: false });
    expect(seen[0].detail.clid).to.deep.equal(FR);
  });

  it('clearCall drops the per-call choice: back to the default, with a change (not cancelable)', () => {
    const store = makeStore(base());
    store.select('fr');
    expect(store.getState().selectedSource).to.equal('call');
    const seen = record(store, 'change');
    expect(store.clearCall()).to.equal(true);
    expect(store.getState().selected).to.deep.equal(UK);
    expect(store.getState().selectedSource).not.to.equal('call');
    expect(store.getState().callChoice).to.equal(null);
    expect(seen).to.deep.equal([{ type: 'change', detail: { clid: UK, scope: 'call' }, cancelable: false }]);
    expect(store.clearCall()).to.equal(true);
    expect(seen).to.have.length(1);
  });

  it('getState is the same object until something changes; subscribe/unsubscribe', () => {
    const store = makeStore(base());
    const first = store.getState();
    expect(store.getState()).to.equal(first);
    expect(Object.isFrozen(first)).to.equal(true);
    const states: ClidState[] = [];
    const off = store.subscribe((s) => states.push(s));
    store.select('us');
    expect(states).to.have.length(1);
    expect(states[0]).to.equal(store.getState());
    expect(states[0]).not.to.equal(first);
    off();
    store.select('fr');
    expect(states).to.have.length(1);
    store.destroy();
  });
});

describe('selector hook', () => {
  it('an async hook that times out falls through, and the trace says so', async () => {
    const store = makeStore(base(), {
      // The hook never answers, so the timeout wins however slow the machine is.
      selector: () => new Promise(() => {}),
      selectorTimeoutMs: 20,
    });
    const r = await store.resolve({ destination: '+33612345678' });
    expect(r.source).to.equal('account-default');
    expect(r.trace).to.include('selector:timeout');
  });

  it('a hook that throws (sync or async) falls through, and the trace says so', async () => {
    for (const [selector, preview] of [
      [
        () => {
          throw new Error('x');
        },
        'selector:threw',
      ],
      [
        async () => {
          throw new Error('x');
        },
        'selector:async',
      ],
    ] as const) {
      const store = makeStore(base(), { selector });
      const seen = record(store, 'error', 'rejected');
      const r = await store.placeCall({ destination: '+33612345678' });
      expect(r.source).to.equal('account-default');
      expect((await store.resolve({ destination: '+33612345678' })).trace).to.include('selector:threw');
      expect(store.resolveSync({ destination: '+33612345678' }).trace).to.include(preview);
      expect(seen).to.deep.equal([]);
    }
  });

  it('resolveSync passes over an async hook (a preview)', async () => {
    const store = makeStore(base(), { selector: async () => 'us' });
    const preview = store.resolveSync({ destination: '+33612345678' });
    expect(preview.source).to.equal('account-default');
    expect(preview.trace).to.include('selector:async');
    expect((await store.resolve({ destination: '+33612345678' })).clid).to.deep.equal(US);
    await settle();
  });

  it('the hook is not called when an earlier step decides', async () => {
    let calls = 0;
    const store = makeStore(base({ rules: { prefixes: [{ prefix: '+33', number: 'fr' }] } }), {
      selector: () => {
        calls++;
        return 'us';
      },
    });
    expect((await store.resolve({ destination: '+33612345678' })).clid).to.deep.equal(FR);
    expect(calls).to.equal(0);
  });
});
