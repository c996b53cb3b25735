import { expect } from '@open-wc/testing';
import { ClidConfigError, type ClidConfig } from '../../src/store/index.js';
import { base, makeStore, record, settle, UK, US, FR } from '../helpers/fixtures.js';

const D_UK = '+442071234567';
const D_US = '+14155551234';

/** The store tests' account with some numbers' health set. */
const withHealth = (health: Record<string, string>, extra: Partial<ClidConfig> = {}): ClidConfig =>
  base({
    numbers: [UK, US, FR].map((n) => (health[n.id] ? { ...n, health: health[n.id] } : n)) as ClidConfig['numbers'],
    ...extra,
  });

describe('health: config', () => {
  it('keeps each number’s health, and reports a bad value with its path', () => {
    const store = makeStore(withHealth({ us: 'at-risk', fr: 'flagged' }));
    expect(store.getState().numbers.map((n) => n.health)).to.deep.equal([undefined, 'at-risk', 'flagged']);
    const bad = withHealth({ us: 'spam' });
    expect(() => makeStore(bad))
      .to.throw(ClidConfigError)
      .with.property('message', 'numbers[1].health: expected one of healthy, at-risk, flagged, blocked');
  });

  it('reports bad sticky and local-presence rules with their paths', () => {
    const issues = (rules: unknown) => {
      try {
        makeStore(base({ rules: rules as ClidConfig['rules'] }));
      } catch (e) {
        return (e as ClidConfigError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(issues({ sticky: { days: 0 } })).to.deep.equal(['rules.sticky.days']);
    expect(issues({ sticky: 'yes' })).to.deep.equal(['rules.sticky']);
    expect(issues({ localPresence: { tag: 3 } })).to.deep.equal(['rules.localPresence.tag']);
    expect(issues({ localPresence: 1 })).to.deep.equal(['rules.localPresence']);
    expect(issues({ sticky: true, localPresence: { tag: 'local' } })).to.deep.equal([]);
    expect(issues({ sticky: { days: 30 }, localPresence: true })).to.deep.equal([]);
  });
});

describe('health: a blocked number is never presented (rule 10)', () => {
  it('is not offered: not listed, not selected, not the account default or the fallback', () => {
    const store = makeStore(withHealth({ uk: 'blocked' }));
    const state = store.getState();
    expect(state.numbers.map((n) => n.id)).to.deep.equal(['us', 'fr']);
    expect(state.accountDefault).to.equal(null);
    expect(state.selected?.id).to.equal('us');
    expect(state.selectedSource).to.equal('fallback');
  });

  it('refuses a requested blocked number with reason blocked, and places no call', async () => {
    const store = makeStore(withHealth({ us: 'blocked' }));
    const seen = record(store, 'rejected', 'call');
    const error = await store.placeCall({ destination: D_US, requested: '+1 415 555 0100' }).catch((e) => e);
    expect(error.reason).to.equal('blocked');
    expect(seen.map((e) => e.type)).to.deep.equal(['rejected']);
    expect(seen[0].detail).to.include({ reason: 'blocked', source: 'requested', requested: '+1 415 555 0100' });
    expect(seen[0].detail.message).to.contain('is blocked by carriers and cannot be presented');
    expect(seen[0].detail.refused).to.deep.equal({ name: 'US Sales', number: US.number });
  });

  it('refuses a field rule, a prefix rule or a selector that names a blocked number', async () => {
    const rules = {
      fields: [{ field: 'Dept', value: 'Sales', number: 'us' }],
      prefixes: [{ prefix: '+44', number: 'us' }],
    };
    const store = makeStore(withHealth({ us: 'blocked' }, { rules }), { selector: () => 'us' });
    const field = await store.placeCall({ destination: D_US, record: { Dept: 'Sales' } }).catch((e) => e);
    expect([field.reason, field.source]).to.deep.equal(['blocked', 'field-rule']);
    const prefix = await store.placeCall({ destination: D_UK }).catch((e) => e);
    expect([prefix.reason, prefix.source]).to.deep.equal(['blocked', 'prefix-rule']);
    const hook = await store.placeCall({ destination: '+33612345678' }).catch((e) => e);
    expect([hook.reason, hook.source]).to.deep.equal(['blocked', 'selector']);
    expect(() => store.resolveSync({ destination: D_UK }))
      .to.throw()
      .with.property('reason', 'blocked');
  });

  it('select of a blocked number returns false and emits rejected with blocked', () => {
    const store = makeStore(withHealth({ fr: 'blocked' }));
    const seen = record(store, 'rejected', 'change');
    expect(store.select('fr', { scope: 'default' })).to.equal(false);
    expect(store.select(FR.number)).to.equal(false);
    expect(seen.map((e) => [e.type, e.detail.reason, e.detail.source])).to.deep.equal([
      ['rejected', 'blocked', 'select'],
      ['rejected', 'blocked', 'select'],
    ]);
    expect(store.getState().rememberedDefault).to.equal(null);
  });

  it('a remembered default that becomes blocked stays remembered and is skipped, then comes back', async () => {
    const store = makeStore(base());
    store.select('us', { scope: 'default' });
    store.setConfig(withHealth({ us: 'blocked' }));
    expect(store.getState().agentDefault).to.equal(null);
    expect(store.getState().rememberedDefault).to.equal('us');
    const skipped = await store.resolve({ destination: D_US });
    expect(skipped.source).to.equal('account-default');
    expect(skipped.trace).to.include('agent-default:blocked');
    store.setConfig(withHealth({ us: 'at-risk' }));
    expect(store.getState().agentDefault?.id).to.equal('us');
    expect((await store.resolve({ destination: D_US })).source).to.equal('agent-default');
  });

  it('a per-call choice that becomes blocked is passed over', async () => {
    const store = makeStore(base());
    store.select('fr');
    store.setConfig(withHealth({ fr: 'blocked' }));
    expect(store.getState().callChoice).to.equal(null);
    const r = await store.resolve({ destination: D_US });
    expect(r.trace).to.include('call:blocked');
    expect(r.clid.id).to.equal('uk');
  });

  it('with every permitted number blocked, no call can be placed', async () => {
    const store = makeStore(withHealth({ uk: 'blocked', us: 'blocked', fr: 'blocked' }));
    expect(store.getState().error?.code).to.equal('no-permitted-number');
    const error = await store.placeCall({ destination: D_US }).catch((e) => e);
    expect(error.reason).to.equal('no-permitted-number');
  });
});

describe('health: flagged and at-risk numbers', () => {
  it('presents a flagged number when requested, and the call says its health', async () => {
    const store = makeStore(withHealth({ fr: 'flagged' }));
    const detail = await store.placeCall({ destination: D_US, requested: 'fr' });
    expect(detail.clid).to.deep.equal({ ...FR, health: 'flagged' });
    expect(detail.source).to.equal('requested');
  });

  it('presents a flagged number the agent chose as default', async () => {
    const store = makeStore(withHealth({ us: 'flagged' }));
    expect(store.select('us', { scope: 'default' })).to.equal(true);
    await settle();
    expect((await store.placeCall({ destination: D_UK })).clid.health).to.equal('flagged');
  });

  it('does not fall back to a flagged number while another is usable', () => {
    const store = makeStore(withHealth({ uk: 'blocked', us: 'flagged' }));
    expect(store.getState().selected?.id).to.equal('fr');
    expect(store.resolveSync({ destination: D_US }).source).to.equal('fallback');
    const onlyFlagged = makeStore(withHealth({ uk: 'flagged', us: 'blocked', fr: 'blocked' }));
    expect(onlyFlagged.resolveSync({ destination: D_US }).clid.id).to.equal('uk');
  });

  it('health changes at run time through setConfig', () => {
    const store = makeStore(base());
    const states = [] as string[][];
    store.subscribe((s) => states.push(s.numbers.map((n) => `${n.id}:${n.health ?? 'healthy'}`)));
    store.setConfig(withHealth({ us: 'at-risk', fr: 'blocked' }));
    expect(states.at(-1)).to.deep.equal(['uk:healthy', 'us:at-risk']);
    store.setConfig(base());
    expect(states.at(-1)).to.deep.equal(['uk:healthy', 'us:healthy', 'fr:healthy']);
  });
});
