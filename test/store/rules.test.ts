import { expect } from '@open-wc/testing';
import { ClidCallError, createClidStore, memoryStorage } from '../../src/store/index.js';
import { base, FR, KEY, makeStore, record, settle, UK, US } from '../helpers/fixtures.js';

const D_UK = '+442071234567';
const D_US = '+14155551234';
const D_FR = '+33612345678';

describe('rule 1: only permitted numbers are listed, remembered, auto-selected or emitted', () => {
  it('lists only the permitted numbers, in list order', () => {
    const store = makeStore(base({ permitted: ['fr', '+442079460000'] }));
    expect(store.getState().numbers.map((n) => n.id)).to.deep.equal(['uk', 'fr']);
  });

  it('will not remember a number that is not permitted as default', () => {
    const store = makeStore(base({ permitted: ['uk'] }));
    const seen = record(store, 'rejected', 'default-change');
    expect(store.select('us', { scope: 'default' })).to.equal(false);
    expect(store.getState().agentDefault).to.equal(null);
    expect(store.getState().rememberedDefault).to.equal(null);
    expect(seen.map((e) => e.type)).to.deep.equal(['rejected']);
  });

  it('never auto-selects or emits an account default that is not permitted', async () => {
    const store = makeStore(base({ accountDefault: 'uk', permitted: ['fr'] }));
    expect(store.getState().selected).to.deep.equal(FR);
    const calls = record(store, 'call');
    await store.placeCall({ destination: D_UK });
    expect(calls[0].detail.clid).to.deep.equal(FR);
  });
});

describe('rule 2: the agent default is remembered, and kept while not permitted', () => {
  it('is remembered across reloads, per account and agent', async () => {
    const storage = memoryStorage();
    const first = createClidStore(base(), { storage });
    first.select('us', { scope: 'default' });
    await settle();
    expect(createClidStore(base(), { storage }).getState().agentDefault).to.deep.equal(US);
    expect(createClidStore(base({ agentId: 'other' }), { storage }).getState().agentDefault).to.equal(null);
    expect(createClidStore(base({ accountId: 'other' }), { storage }).getState().agentDefault).to.equal(null);
  });

  it('falls back while not permitted, and comes back when permitted again', async () => {
    const store = makeStore(base());
    store.select('us', { scope: 'default' });
    store.setConfig(base({ permitted: ['uk', 'fr'] }));
    expect(store.getState().agentDefault).to.equal(null);
    expect(store.getState().rememberedDefault).to.equal('us');
    expect(store.getState().selected).to.deep.equal(UK);
    expect((await store.resolve({ destination: D_FR })).source).to.equal('account-default');
    store.setConfig(base());
    expect(store.getState().agentDefault).to.deep.equal(US);
    expect((await store.resolve({ destination: D_FR })).source).to.equal('agent-default');
  });

  it('keeps the remembered default in storage while not permitted', async () => {
    const storage = memoryStorage();
    const store = createClidStore(base(), { storage });
    store.select('us', { scope: 'default' });
    store.setConfig(base({ permitted: ['uk'] }));
    await settle();
    expect(storage.get(KEY)).to.equal('{"v":1,"default":"us"}');
  });
});

describe('rule 3: a per-call choice applies to the next call only', () => {
  it('is used by the next call, then the selection returns to the default', async () => {
    const store = makeStore(base());
    store.select('fr', { scope: 'default' });
    store.select('us');
    expect(store.getState().selected).to.deep.equal(US);
    expect((await store.placeCall({ destination: D_UK })).clid).to.deep.equal(US);
    expect(store.getState().selected).to.deep.equal(FR);
    expect(store.getState().callChoice).to.equal(null);
    expect((await store.placeCall({ destination: D_UK })).clid).to.deep.equal(FR);
  });

  it('never changes the agent default', () => {
    const store = makeStore(base());
    store.select('fr', { scope: 'default' });
    store.select('us', { scope: 'call' });
    expect(store.getState().agentDefault).to.deep.equal(FR);
  });
});

describe('rule 4: automatic selection order', () => {
  const rules = {
    fields: [{ field: 'Department', value: 'Finance', number: 'fr' }],
    prefixes: [{ prefix: '+44', number: 'uk' }],
  };
  const request = { destination: D_UK, record: { Department: 'Finance' }, requested: 'us' };

  it('4.1 a requested number comes first', async () => {
    const store = makeStore(base({ rules }), { selector: () => 'fr' });
    expect((await store.resolve(request)).source).to.equal('requested');
    expect((await store.resolve(request)).clid).to.deep.equal(US);
  });

  it('4.2 then a field rule, the first matching in list order', async () => {
    const store = makeStore(
      base({
        rules: {
          ...rules,
          fields: [
            { field: 'Tier', value: 1, number: 'us' },
            ...rules.fields,
            { field: 'Department', value: 'Finance', number: 'uk' },
          ],
        },
      }),
    );
    const r = await store.resolve({ destination: D_UK, record: { Department: 'Finance', Tier: 2 } });
    expect(r.source).to.equal('field-rule');
    expect(r.clid).to.deep.equal(FR);
    expect(r.rule).to.deep.equal({ kind: 'field', index: 1, field: 'Department', value: 'Finance', number: 'fr' });
    expect((await store.resolve({ destination: D_FR, record: { Tier: 1 } })).clid).to.deep.equal(US);
  });

  it('4.3 then a prefix rule, the longest matching prefix winning', async () => {
    const store = makeStore(
      base({
        rules: {
          prefixes: [
            { prefix: '+1', number: 'uk' },
            { prefix: '1415555', number: 'us' },
            { prefix: '+1415', number: 'fr' },
          ],
        },
      }),
    );
    const r = await store.resolve({ destination: D_US });
    expect(r).to.deep.include({ source: 'prefix-rule', clid: US });
    expect(r.rule).to.deep.equal({ kind: 'prefix', index: 1, prefix: '+1415555', number: 'us' });
    expect((await store.resolve({ destination: '+14150000000' })).clid).to.deep.equal(FR);
    expect((await store.resolve({ destination: '+12120000000' })).clid).to.deep.equal(UK);
    expect((await store.resolve({ destination: '+14155551234', record: { Department: 'Finance' } })).source).to.equal(
      'prefix-rule',
    );
  });

  it('4.3 a whole number is a prefix too', async () => {
    const store = makeStore(
      base({
        rules: {
          prefixes: [
            { prefix: D_US, number: 'fr' },
            { prefix: '+1', number: 'us' },
          ],
        },
      }),
    );
    expect((await store.resolve({ destination: D_US })).clid).to.deep.equal(FR);
  });

  it('4.4 then the selector hook, sync or async, given the request', async () => {
    const seen: unknown[] = [];
    const store = makeStore(base({ rules }), {
      selector: async (r) => {
        seen.push(r);
        return 'us';
      },
    });
    const r = await store.resolve({ destination: '+33 6 12 34 56 78', dialListId: 'L1', dialEntryId: 'E9' });
    expect(r.source).to.equal('selector');
    expect(r.clid).to.deep.equal(US);
    expect(seen[0]).to.deep.include({ destination: D_FR, dialListId: 'L1', dialEntryId: 'E9' });
    const sync = makeStore(base(), { selector: () => ({ id: 'fr' }) });
    expect(sync.resolveSync({ destination: D_US }).clid).to.deep.equal(FR);
  });

  it('then the per-call choice, the agent default and the account default', async () => {
    const store = makeStore(base({ accountDefault: 'fr' }), { selector: () => null });
    expect((await store.resolve({ destination: D_US })).source).to.equal('account-default');
    store.select('uk', { scope: 'default' });
    expect((await store.resolve({ destination: D_US })).source).to.equal('agent-default');
    store.select('us');
    const r = await store.resolve({ destination: D_US });
    expect(r.source).to.equal('call');
    expect(r.trace).to.deep.equal([
      'requested:skip',
      'field-rule:none',
      'prefix-rule:none',
      'selector:none',
      'call:match',
    ]);
  });

  it('for a manual call, the per-call choice comes first', async () => {
    const store = makeStore(base({ rules }));
    store.select('us');
    expect((await store.resolve({ destination: D_UK, manual: true, requested: 'fr' })).source).to.equal('call');
    expect((await store.resolve({ destination: D_UK })).source).to.equal('prefix-rule');
    const detail = await store.placeCall({ destination: D_UK, manual: true });
    expect(detail).to.deep.include({ source: 'call', clid: US });
    expect((await store.resolve({ destination: D_UK, manual: true })).source).to.equal('prefix-rule');
  });
});

describe('rule 5: fallback', () => {
  it('a selector answering null falls through', async () => {
    const store = makeStore(base(), { selector: () => null });
    const r = await store.resolve({ destination: D_US });
    expect(r.source).to.equal('account-default');
    expect(r.trace).to.include('selector:none');
  });

  it('the account default is used when nothing else applies (absent: the first number)', async () => {
    expect((await makeStore(base()).resolve({ destination: D_US })).clid).to.deep.equal(UK);
    expect(
      (await makeStore(base({ accountDefault: '+1 415 555 0100' })).resolve({ destination: D_UK })).clid,
    ).to.deep.equal(US);
  });

  it('an account default that is not permitted gives the first permitted number, source fallback', async () => {
    const store = makeStore(base({ accountDefault: 'uk', permitted: ['fr', 'us'] }));
    const r = await store.resolve({ destination: D_UK });
    expect(r).to.deep.include({ source: 'fallback', clid: US });
    expect(store.getState()).to.deep.include({ accountDefault: null, selectedSource: 'fallback' });
  });

  it('with no permitted number, placing a call fails with no-permitted-number', async () => {
    const store = makeStore(base({ permitted: [] }));
    const seen = record(store, 'error', 'call');
    expect(store.getState().error?.code).to.equal('no-permitted-number');
    const error = await store.placeCall({ destination: D_UK }).then(
      () => null,
      (e) => e,
    );
    expect(error).to.be.instanceOf(ClidCallError);
    expect(error.reason).to.equal('no-permitted-number');
    expect(seen).to.deep.equal([
      { type: 'error', detail: { code: 'no-permitted-number', message: error.message }, cancelable: false },
    ]);
  });

  it('a per-call choice is used up by the next placed call, whichever step chose it', async () => {
    const store = makeStore(base({ rules: { prefixes: [{ prefix: '+44', number: 'uk' }] } }));
    store.select('fr');
    expect((await store.placeCall({ destination: D_UK })).source).to.equal('prefix-rule');
    expect(store.getState().callChoice).to.equal(null);
    expect((await store.placeCall({ destination: D_US })).source).to.equal('account-default');
  });

  it('a rejected call does not use up the per-call choice', async () => {
    const store = makeStore(base());
    store.select('fr');
    await store.placeCall({ destination: D_UK, requested: 'nope' }).catch(() => {});
    expect(store.getState().callChoice).to.deep.equal(FR);
  });
});

describe('rule 6: numbers that cannot be used are rejected, never swapped', () => {
  const reject = async (
    store: ReturnType<typeof makeStore>,
    request: Parameters<ReturnType<typeof makeStore>['placeCall']>[0],
  ) => {
    const seen = record(store, 'rejected', 'call');
    const error = await store.placeCall(request).then(
      () => null,
      (e) => e,
    );
    return { error, seen };
  };

  for (const [requested, reason] of [
    ['+0 12', 'invalid'],
    ['sales', 'invalid'],
    ['+12025550199', 'not-configured'],
    ['fr', 'not-permitted'],
    ['+33 1 42 86 82 00', 'not-permitted'],
  ] as const) {
    it(`a requested ${requested} is ${reason}`, async () => {
      const { error, seen } = await reject(makeStore(base({ permitted: ['uk', 'us'] })), {
        destination: D_UK,
        requested,
      });
      expect(error.reason).to.equal(reason);
      expect(seen.map((e) => e.type)).to.deep.equal(['rejected']);
      const refused = reason === 'not-permitted' ? { refused: { name: 'Paris', number: FR.number } } : {};
      expect(seen[0].detail).to.deep.equal({
        requested,
        reason,
        message: error.message,
        source: 'requested',
        destination: D_UK,
        ...refused,
      });
      // The message says which call was not placed and names the number as agents know it, never by id.
      expect(error.message).to.match(/^Call to \+442071234567 not placed\. /);
      if (reason === 'not-permitted')
        expect(error.message).to.contain('Paris (+33142868200) is not permitted for you.');
    });
  }

  it('an unusable selector answer is rejected', async () => {
    const { error, seen } = await reject(makeStore(base(), { selector: async () => '+999' }), { destination: D_UK });
    expect(error.reason).to.equal('invalid');
    expect(seen[0].detail.source).to.equal('selector');
  });

  it('a prefix rule whose number is not permitted for this agent is rejected', async () => {
    const store = makeStore(base({ permitted: ['us'], rules: { prefixes: [{ prefix: '+44', number: 'uk' }] } }));
    const { error, seen } = await reject(store, { destination: D_UK });
    expect(error.reason).to.equal('not-permitted');
    expect(seen[0].detail).to.deep.include({ requested: 'uk', source: 'prefix-rule' });
    expect(() => store.resolveSync({ destination: D_UK })).to.throw(ClidCallError, /not permitted/);
  });

  it('a field rule whose number is not permitted is rejected', async () => {
    const store = makeStore(
      base({ permitted: ['us'], rules: { fields: [{ field: 'x', value: true, number: 'fr' }] } }),
    );
    expect((await reject(store, { destination: D_UK, record: { x: true } })).error.reason).to.equal('not-permitted');
  });

  it('a rule naming a number the account does not have is a config error', () => {
    expect(() => makeStore(base({ rules: { prefixes: [{ prefix: '+44', number: '+12025550199' }] } }))).to.throw(
      'rules.prefixes[0].number: "+12025550199" is not one of the numbers',
    );
  });

  it('selecting a number that cannot be used is rejected too', () => {
    const store = makeStore(base({ permitted: ['uk'] }));
    const seen = record(store, 'rejected', 'change');
    expect(store.select('+0 12')).to.equal(false);
    expect(store.select('+12025550199')).to.equal(false);
    expect(store.select('us')).to.equal(false);
    expect(seen.map((e) => e.detail.reason)).to.deep.equal(['invalid', 'not-configured', 'not-permitted']);
    expect(seen.every((e) => e.type === 'rejected' && e.detail.source === 'select')).to.equal(true);
  });
});

describe('rule 7: every placed call emits the chosen CLID with the full answer', () => {
  it('emits destination, number object, source, rule, kind and a correlation id', async () => {
    const store = makeStore(base({ rules: { prefixes: [{ prefix: '+4420', number: 'uk' }] } }));
    const seen = record(store, 'call');
    const detail = await store.placeCall({ destination: '+44 20 7123 4567', record: { id: 7 } });
    expect(seen[0].detail).to.equal(detail);
    expect(detail).to.deep.include({
      destination: D_UK,
      clid: UK,
      source: 'prefix-rule',
      rule: { kind: 'prefix', index: 0, prefix: '+4420', number: 'uk' },
      kind: 'outbound',
      record: { id: 7 },
    });
    expect(detail.clid.language).to.equal('en-GB');
    expect(detail.clid.analyticsProfile).to.equal('sales-uk');
    const other = await store.placeCall({ destination: D_UK });
    expect(other.callId).to.be.a('string').and.not.equal(detail.callId);
    expect(other).not.to.have.property('record');
  });

  it('rejects a destination that is not E.164 without emitting', async () => {
    const store = makeStore(base());
    const seen = record(store, 'call', 'rejected', 'error');
    const error = await store.placeCall({ destination: '020 7123 4567' }).then(
      () => null,
      (e) => e,
    );
    expect(error.reason).to.equal('invalid-destination');
    expect(seen).to.deep.equal([]);
  });
});

describe('rule 8: the same choice serves outbound calls, consults and transfers', () => {
  for (const kind of ['outbound', 'consult', 'transfer'] as const) {
    it(`a ${kind} uses the same chain`, async () => {
      const store = makeStore(base());
      store.select('us', { scope: 'default' });
      expect(await store.placeCall({ destination: D_UK, kind })).to.deep.include({
        kind,
        clid: US,
        source: 'agent-default',
      });
    });
  }
});

describe('rule 9: before dialing, which number and why', () => {
  it('resolveSync and resolve preview exactly what placeCall presents, with the reason', async () => {
    const store = makeStore(base({ rules: { prefixes: [{ prefix: '+44', number: 'uk' }] }, accountDefault: 'us' }));
    const preview = store.resolveSync({ destination: D_UK });
    expect(preview).to.deep.include({ clid: UK, source: 'prefix-rule' });
    expect(preview.rule).to.deep.include({ prefix: '+44' });
    expect(await store.resolve({ destination: D_UK })).to.deep.equal(preview);
    const placed = await store.placeCall({ destination: D_UK });
    expect([placed.clid, placed.source, placed.rule]).to.deep.equal([preview.clid, preview.source, preview.rule]);
  });

  it('the state says what the next call uses and why', () => {
    const store = makeStore(base());
    expect(store.getState()).to.deep.include({ selected: UK, selectedSource: 'account-default' });
    store.select('fr', { scope: 'default' });
    expect(store.getState()).to.deep.include({ selected: FR, selectedSource: 'agent-default' });
    store.select('us');
    expect(store.getState()).to.deep.include({ selected: US, selectedSource: 'call' });
  });
});
