import { expect } from '@open-wc/testing';
import type { PlaceInfo } from '../../src/geo/places.js';
import { type ClidConfig } from '../../src/store/index.js';
import { usePlaceSource, type PlaceSource } from '../../src/store/local-presence.js';
import { loadAutomaticSteps } from '../../src/store/automatic.js';
import { FR, LA, MAN, makeStore, NY, SF, TO } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

// A stand-in for src/geo/places.ts with a few places, so the step is tested on its own; the same
// questions asked of the real data are in local-presence.geo.test.ts once it is merged.
const place = (country: string, region?: string, area?: string, areaName?: string): PlaceInfo => ({
  country,
  ...(area && { area, areaName }),
  ...(region && { region }),
  name: areaName ?? region ?? country,
  timeZones: country === 'GB' ? ['Europe/London'] : ['America/Los_Angeles'],
});
const PLACES: Partial<Record<string, PlaceInfo>> = {
  '+1415': place('US', 'California', '1415', 'San Francisco, CA'),
  '+1213': place('US', 'California', '1213', 'Los Angeles, CA'),
  '+1310': place('US', 'California', '1310', 'Los Angeles, CA'),
  '+1212': place('US', 'New York', '1212', 'New York, NY'),
  '+1518': place('US', 'New York', '1518', 'Albany, NY'),
  '+1702': place('US', 'Nevada', '1702', 'Las Vegas, NV'),
  '+1416': place('CA', 'Ontario', '1416', 'Toronto, ON'),
  '+1604': place('CA', 'British Columbia', '1604', 'Vancouver, BC'),
  '+44161': place('GB', undefined, '44161', 'Manchester'),
  '+447': place('GB'),
  '+336': place('FR'),
  // Two provinces of the same name in two countries.
  '+3145': place('NL', 'Limburg', '3145', 'Heerlen'),
  '+3211': place('BE', 'Limburg', '3211', 'Hasselt'),
};

/** The double: data per calling code arrives when loaded (a task later), as the real module's does. */
function fakePlaces() {
  const loaded = new Set<string>();
  const asked: string[][] = [];
  const codeOf = (e164: string) => ['1', '44', '33', '31', '32'].find((code) => e164.startsWith(`+${code}`));
  const source: PlaceSource = {
    loadPlacesOf(numbers) {
      const list = [...new Set([...numbers].map((n) => codeOf(n) ?? ''))];
      asked.push(list);
      return new Promise((done) =>
        setTimeout(() => {
          for (const code of list) loaded.add(code);
          done();
        }),
      );
    },
    placeOfSync(e164) {
      if (!loaded.has(codeOf(e164) ?? '')) return undefined;
      for (let length = e164.length; length > 1; length--) {
        const found = PLACES[e164.slice(0, length)];
        if (found) return found;
      }
      return null;
    },
  };
  return { source, loaded, asked };
}

const account = (extra: Partial<ClidConfig> = {}, numbers: ClidConfig['numbers'] = [FR, SF, LA, NY, TO, MAN]) => ({
  accountId: 'acme',
  agentId: 'a7',
  numbers,
  rules: { localPresence: true as const },
  ...extra,
});
const withHealth = (health: Record<string, string>, extra: Partial<ClidConfig> = {}) =>
  account(
    extra,
    [FR, SF, LA, NY, TO, MAN].map((n) => (health[n.id] ? { ...n, health: health[n.id] } : n)) as ClidConfig['numbers'],
  );

// The steps' module is loaded lazily: once here, so that a store's first resolveSync has it.
before(async () => {
  await loadAutomaticSteps();
});

let fake: ReturnType<typeof fakePlaces>;
beforeEach(() => {
  fake = fakePlaces();
  usePlaceSource(fake.source);
});
afterEach(() => usePlaceSource(undefined));

/** What `resolve` chose for `destination`: id, source, rule and the local-presence trace. */
async function chosen(config: ClidConfig, destination: string) {
  const r = await makeStore(config).resolve({ destination });
  return {
    id: r.clid.id,
    source: r.source,
    rule: r.rule,
    trace: r.trace.filter((step) => step.startsWith('local-presence')),
  };
}

describe('local presence: the nearest permitted number, level by level', () => {
  it('area: the same area code', async () => {
    expect(await chosen(account(), '+14155551234')).to.deep.equal({
      id: 'sf',
      source: 'local-presence',
      rule: { kind: 'local-presence', level: 'area', place: 'San Francisco, CA' },
      trace: ['local-presence:match'],
    });
    expect((await chosen(account(), '+441615551234')).rule).to.deep.include({ level: 'area', place: 'Manchester' });
  });

  it('region: the same state, in config order', async () => {
    expect(await chosen(account(), '+13105551234')).to.deep.equal({
      id: 'sf',
      source: 'local-presence',
      rule: { kind: 'local-presence', level: 'region', place: 'California' },
      trace: ['local-presence:no-area', 'local-presence:match'],
    });
    expect((await chosen(account(), '+15185551234')).id).to.equal('ny');
  });

  it('country: the same country, named in English', async () => {
    expect(await chosen(account(), '+17025551234')).to.deep.equal({
      id: 'sf',
      source: 'local-presence',
      rule: { kind: 'local-presence', level: 'country', place: 'United States' },
      trace: ['local-presence:no-area', 'local-presence:no-region', 'local-presence:match'],
    });
    // A UK mobile has no area: its country decides.
    expect((await chosen(account(), '+447700900123')).rule).to.deep.equal({
      kind: 'local-presence',
      level: 'country',
      place: 'United Kingdom',
    });
  });

  it('none: no level has a candidate, the defaults decide and the trace says so', async () => {
    const only = account({}, [SF, LA]);
    expect(await chosen(only, '+447700900123')).to.deep.equal({
      id: 'sf',
      source: 'account-default',
      rule: undefined,
      trace: ['local-presence:no-area', 'local-presence:no-region', 'local-presence:no-country'],
    });
  });

  it('within +1, the US and Canada are different countries', async () => {
    // Vancouver: no number in British Columbia; Canada's is Toronto, not the first US number.
    const vancouver = await chosen(account(), '+16045551234');
    expect([vancouver.id, vancouver.rule]).to.deep.equal([
      'to',
      { kind: 'local-presence', level: 'country', place: 'Canada' },
    ]);
    const usOnly = await chosen(account({}, [SF, NY]), '+16045551234');
    expect([usOnly.source, usOnly.trace.at(-1)]).to.deep.equal(['account-default', 'local-presence:no-country']);
    const canadaOnly = await chosen(account({}, [FR, TO]), '+17025551234');
    expect(canadaOnly.source).to.equal('account-default');
  });

  it('a region is a region of the destination’s country', async () => {
    const hasselt = { id: 'hasselt', number: '+3211555010' };
    const heerlen = await chosen(account({}, [SF, hasselt]), '+31455551234');
    expect([heerlen.source, heerlen.trace]).to.deep.equal([
      'account-default',
      ['local-presence:no-area', 'local-presence:no-region', 'local-presence:no-country'],
    ]);
  });

  it('with a tag, only numbers tagged so take part', async () => {
    const numbers = [FR, SF, { ...LA, tags: ['local'] }, NY];
    const tagged = account({ rules: { localPresence: { tag: 'local' } } }, numbers);
    const sf = await chosen(tagged, '+14155551234');
    expect([sf.id, sf.rule]).to.deep.equal(['la', { kind: 'local-presence', level: 'region', place: 'California' }]);
    expect((await chosen(tagged, '+12125551234')).id).to.equal('la'); // country: the one tagged number
  });

  it('only permitted numbers take part', async () => {
    expect((await chosen(account({ permitted: ['fr', 'la', 'ny'] }), '+14155551234')).id).to.equal('la');
  });
});

describe('local presence: health', () => {
  it('never chooses a flagged or blocked number; a healthy one comes before an at-risk one', async () => {
    expect((await chosen(withHealth({ sf: 'flagged' }), '+14155551234')).rule).to.deep.include({
      level: 'region',
    });
    expect((await chosen(withHealth({ sf: 'flagged' }), '+14155551234')).id).to.equal('la');
    expect((await chosen(withHealth({ sf: 'blocked' }), '+14155551234')).id).to.equal('la');
    expect((await chosen(withHealth({ sf: 'at-risk' }), '+13105551234')).id).to.equal('la');
    // At-risk still beats a farther level.
    expect((await chosen(withHealth({ sf: 'at-risk' }), '+14155551234')).id).to.equal('sf');
  });

  it('follows health changed at run time', async () => {
    const store = makeStore(account());
    expect((await store.resolve({ destination: '+14155551234' })).clid.id).to.equal('sf');
    store.setConfig(withHealth({ sf: 'flagged' }));
    expect((await store.resolve({ destination: '+14155551234' })).clid.id).to.equal('la');
  });

  it('presents a flagged local number when it is requested', async () => {
    const store = makeStore(withHealth({ sf: 'flagged' }));
    const detail = await store.placeCall({ destination: '+14155551234', requested: 'sf' });
    expect([detail.source, detail.clid.health]).to.deep.equal(['requested', 'flagged']);
  });
});

describe('local presence: explicit choices win', () => {
  it('requested, field rule, prefix rule, selector and sticky come before it; the defaults after', async () => {
    const rules = {
      localPresence: true as const,
      sticky: true as const,
      fields: [{ field: 'Dept', value: 'Paris', number: 'fr' }],
      prefixes: [{ prefix: '+1212', number: 'la' }],
    };
    const store = makeStore(account({ rules }), { selector: (r) => (r.destination === '+14155550000' ? 'ny' : null) });
    store.select('man', { scope: 'default' });
    store.select('to');
    const d = '+14155551234';
    expect((await store.resolve({ destination: d })).source).to.equal('local-presence');
    expect((await store.resolve({ destination: d, requested: 'fr' })).source).to.equal('requested');
    expect((await store.resolve({ destination: d, record: { Dept: 'Paris' } })).source).to.equal('field-rule');
    expect((await store.resolve({ destination: '+12125551234' })).source).to.equal('prefix-rule');
    expect((await store.resolve({ destination: '+14155550000' })).source).to.equal('selector');
    expect((await store.resolve({ destination: d, manual: true })).source).to.equal('call');
    const call = await store.placeCall({ destination: d, requested: 'ny' });
    store.reportOutcome(call.callId, 'answered');
    const after = await store.resolve({ destination: d });
    expect([after.source, after.clid.id]).to.deep.equal(['sticky', 'ny']);
  });
});

describe('local presence: place data loaded lazily', () => {
  it('resolve loads the destination’s and the numbers’ calling codes and waits for them', async () => {
    const store = makeStore(account({}, [FR, SF]));
    const r = await store.resolve({ destination: '+447700900123' });
    expect(r.trace).to.include('local-presence:no-country');
    expect(fake.asked.flat().sort()).to.deep.equal(['1', '33', '44']);
  });

  it('resolveSync says the data is not loaded yet, starts the load, and has it for a later call', async () => {
    const store = makeStore(account());
    const first = store.resolveSync({ destination: '+14155551234' });
    expect(first.source).to.equal('account-default');
    expect(first.trace).to.include('local-presence:not-loaded');
    await waitFor(() => fake.loaded.has('1'), 'the load was not started');
    expect(store.resolveSync({ destination: '+14155551234' }).source).to.equal('local-presence');
  });

  it('the call says where the destination is, once its place data is loaded', async () => {
    const store = makeStore(account());
    const detail = await store.placeCall({ destination: '+14155551234' });
    expect([detail.place, detail.timeZones]).to.deep.equal(['San Francisco, CA', ['America/Los_Angeles']]);
  });
});
