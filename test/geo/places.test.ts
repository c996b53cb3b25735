// The place lookup in a browser: what the store and the dialer rely on. Data arrives per calling
// code, on request, and only the codes asked for are fetched (a page whose numbers are in three
// countries fetches those three modules). Its agreement with libphonenumber's own geocoder for
// every region is checked in Node (test/node/geo-conformance.test.mjs), where that geocoder runs.
import { expect } from '@open-wc/testing';
import { loadedPlaceCodes, loadPlaces, loadPlacesOf, placeOf, placeOfSync } from '../../src/geo/places.js';

/** The geo data modules this page has fetched, by file name (`44.js`), in order. */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/src/geo/data/'))
    .map((path) => path.slice('/src/geo/data/'.length));

describe('places and time zones', () => {
  it('answers nothing before its calling code is loaded, and fetches nothing by itself', () => {
    expect(placeOfSync('+14155550123')).to.equal(undefined);
    expect(fetched()).to.deep.equal([]);
    expect(loadedPlaceCodes()).to.deep.equal([]);
  });

  it('loadPlaces([1, 44]) fetches those two codes only; placeOfSync then answers', async () => {
    await loadPlaces(['1', '44']);
    // +44's place names come in parts by first national digit (01…, 02…): loadPlaces takes them all.
    const uk = ['44-1.js', '44-2.js', '44.js'];
    expect(fetched().sort()).to.deep.equal(['1.js', ...uk]);
    expect(placeOfSync('+14155550123')).to.deep.equal({
      country: 'US',
      area: '1415',
      areaName: 'California',
      region: 'California',
      // +1 names its area codes only (the build leaves out its 31,000 exchanges' names).
      name: 'California',
      timeZones: ['America/Los_Angeles'],
    });
    // 718 has no name of its own in the data: its state comes from its exchanges (Brooklyn, NY…).
    expect(placeOfSync('+1 718 555 0123')).to.include({ country: 'US', area: '1718', region: 'New York' });
    expect(placeOfSync('+16135550123')).to.include({ country: 'CA', area: '1613', region: 'Ontario' });
    expect(placeOfSync('+12684641234')).to.include({ country: 'AG', area: '1268', name: 'Antigua & Barbuda' });
    // Toll-free: the country, no area.
    expect(placeOfSync('+18005550123')).to.include({ country: 'US', name: 'United States' }).and.not.have.key('area');
    expect(placeOfSync('+441614960000')).to.deep.equal({
      country: 'GB',
      area: '44161',
      areaName: 'Manchester',
      name: 'Manchester',
      timeZones: ['Europe/London'],
    });
    // A British mobile: no area, the country's name; Jersey's numbers are Jersey's.
    expect(placeOfSync('+447400123456')).to.include({ country: 'GB', name: 'United Kingdom' }).and.not.have.key('area');
    expect(placeOfSync('+441534123456')).to.include({ country: 'JE', name: 'Jersey' });
    // Germany's data is not loaded: no answer yet, and nothing fetched for it.
    expect(placeOfSync('+493012345678')).to.equal(undefined);
    expect(fetched().sort()).to.deep.equal(['1.js', ...uk]);
  });

  it('placeOf loads one more calling code, and of a large one only the part its number needs', async () => {
    // Germany's 5,207 area code names come in parts by first digit: Berlin's is 3.
    expect(await placeOf('+49 30 12345678')).to.include({ country: 'DE', area: '4930', name: 'Berlin' });
    expect(fetched().sort()).to.deep.equal(['1.js', '44-1.js', '44-2.js', '44.js', '49-3.js', '49.js']);
    // Munich (+49 89) is in another part: not loaded yet, so no answer yet.
    expect(placeOfSync('+4989123456')).to.equal(undefined);
    await loadPlacesOf(['+4989123456', '+4930123456']);
    expect(placeOfSync('+4989123456')).to.include({ area: '4989', name: 'Munich' });
    expect(fetched().sort()).to.deep.equal(['1.js', '44-1.js', '44-2.js', '44.js', '49-3.js', '49-8.js', '49.js']);
    // loadPlaces(code) loads all of it, each module once.
    await Promise.all([loadPlaces(['49']), loadPlaces(['49', '1'])]);
    const germany = fetched().filter((file) => file.startsWith('49'));
    expect(germany).to.have.length(new Set(germany).size).and.include('49-2.js');
    expect(loadedPlaceCodes()).to.deep.equal(['1', '44', '49']);
  });

  it('answers in a module worker too (no DOM there), fetching its data there', async () => {
    const worker = new Worker(new URL('./places-worker.ts', import.meta.url), { type: 'module' });
    try {
      const answer = new Promise<unknown>((resolve, reject) => {
        worker.addEventListener('message', (event: MessageEvent<unknown>) => resolve(event.data));
        worker.addEventListener('error', (event) => reject(new Error(event.message)));
      });
      worker.postMessage('+441614960000');
      expect(await answer).to.include({ country: 'GB', area: '44161', name: 'Manchester' });
    } finally {
      worker.terminate();
    }
  });

  it('a calling code with no place data answers the country; an unknown code answers null', async () => {
    expect(await placeOf('+33123456789')).to.deep.equal({ country: 'FR', name: 'France', timeZones: ['Europe/Paris'] });
    expect(await placeOf('+80012345678')).to.equal(null);
    expect(await placeOf('+999123')).to.equal(null);
    expect(placeOfSync('+999123')).to.equal(null);
  });
});
