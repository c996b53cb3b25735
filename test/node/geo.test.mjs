// The built place lookup (dist/geo/places.js, `npm run build` first) in Node, as the store uses it
// on a server or in a worker: its data modules load from dist/geo/data/ by dynamic import.
import assert from 'node:assert/strict';
import { it } from 'node:test';

it('dist/geo/places.js answers +1 415 and +44 161 in Node, loading each code once', async () => {
  const { loadedPlaceCodes, loadPlaces, placeOf, placeOfSync } = await import('../../dist/geo/places.js');
  assert.equal(placeOfSync('+14155550123'), undefined);
  const sf = await placeOf('+1 415 555 0123');
  assert.deepEqual(
    { country: sf.country, area: sf.area, region: sf.region, timeZones: sf.timeZones },
    { country: 'US', area: '1415', region: 'California', timeZones: ['America/Los_Angeles'] },
  );
  await loadPlaces(['44']);
  assert.deepEqual(placeOfSync('+441614960000'), {
    country: 'GB',
    area: '44161',
    areaName: 'Manchester',
    name: 'Manchester',
    timeZones: ['Europe/London'],
  });
  assert.deepEqual(loadedPlaceCodes(), ['1', '44']);
});
