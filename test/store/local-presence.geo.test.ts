// Local presence on libphonenumber's own place data (src/geo/places.ts, loaded lazily), as an
// account sees it: numbers in several US states, Canada, the UK and Germany.
import { expect } from '@open-wc/testing';
import { type ClidConfig } from '../../src/store/index.js';
import { FR, LA, MAN, makeStore, NY, SF, TO } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

const BER = { id: 'ber', number: '+493012345678', name: 'Berlin' };

const account = (numbers: ClidConfig['numbers'] = [FR, SF, LA, NY, TO, MAN, BER]): ClidConfig => ({
  accountId: 'geo',
  agentId: 'a1',
  numbers,
  rules: { localPresence: true },
});

async function chosen(destination: string, config = account()) {
  const r = await makeStore(config).resolve({ destination });
  return { id: r.clid.id, source: r.source, rule: r.rule, trace: r.trace.filter((s) => s.startsWith('local-')) };
}

describe('local presence on the real place data', () => {
  it('area: the same area code (+1 415; +44 161)', async () => {
    const sf = await chosen('+14155551234');
    expect([sf.id, sf.source, sf.rule]).to.deep.equal([
      'sf',
      'local-presence',
      { kind: 'local-presence', level: 'area', place: 'California' },
    ]);
    const manchester = await chosen('+441612345678');
    expect([manchester.id, manchester.rule]).to.deep.equal([
      'man',
      { kind: 'local-presence', level: 'area', place: 'Manchester' },
    ]);
  });

  it('region: the same state (+1 310 → a California number, the first in config order)', async () => {
    const r = await chosen('+13105551234');
    expect([r.id, r.rule, r.trace]).to.deep.equal([
      'sf',
      { kind: 'local-presence', level: 'region', place: 'California' },
      ['local-presence:no-area', 'local-presence:match'],
    ]);
    expect((await chosen('+17185551234')).id).to.equal('ny'); // Brooklyn: New York state
  });

  it('country: the same country, and within +1 the US and Canada are two countries', async () => {
    const nevada = await chosen('+17025551234');
    expect([nevada.id, nevada.rule]).to.deep.equal([
      'sf',
      { kind: 'local-presence', level: 'country', place: 'United States' },
    ]);
    const vancouver = await chosen('+16045551234');
    expect([vancouver.id, vancouver.rule]).to.deep.equal([
      'to',
      { kind: 'local-presence', level: 'country', place: 'Canada' },
    ]);
    const usOnly = await chosen('+16045551234', account([FR, SF, NY]));
    expect([usOnly.source, usOnly.trace.at(-1)]).to.deep.equal(['account-default', 'local-presence:no-country']);
    const ukMobile = await chosen('+447700900123');
    expect([ukMobile.id, ukMobile.rule?.kind === 'local-presence' && ukMobile.rule.level]).to.deep.equal([
      'man',
      'country',
    ]);
  });

  it('none: no number in the destination’s country', async () => {
    const r = await chosen('+34912345678', account([SF, MAN]));
    expect([r.source, r.trace]).to.deep.equal([
      'account-default',
      ['local-presence:no-area', 'local-presence:no-region', 'local-presence:no-country'],
    ]);
  });

  it('resolveSync uses the loaded data only, and has it once loaded', async () => {
    const store = makeStore(account([FR, BER]));
    await store.resolve({ destination: '+493098765432' });
    expect(store.resolveSync({ destination: '+493098765432' }).rule).to.deep.include({ level: 'area' });
    const detail = await store.placeCall({ destination: '+493098765432' });
    expect([detail.source, detail.place, detail.timeZones]).to.deep.equal([
      'local-presence',
      'Berlin',
      ['Europe/Berlin'],
    ]);
    const japan = store.resolveSync({ destination: '+81312345678' });
    expect(japan.trace).to.include('local-presence:not-loaded');
    // Japan's place data is a chunk of its own, fetched now from the test server, which serves three
    // browsers: on a loaded machine that may take longer than waitUntil's default second. The
    // timeout only catches a load that never comes.
    await waitFor(
      () => !store.resolveSync({ destination: '+81312345678' }).trace.includes('local-presence:not-loaded'),
      "Japan's place data arrives",
      { timeout: 20_000 },
    );
  });
});
