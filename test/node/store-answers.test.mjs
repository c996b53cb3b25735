// The second release's store features in Node (a worker or an API server): health, sticky numbers
// through a shared adapter, and local presence on the place data loaded lazily from dist/.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createClidStore, memoryStorage } from 'clid-picker/store';

const numbers = [
  { id: 'sf', number: '+14155550100', name: 'San Francisco' },
  { id: 'ny', number: '+12125550100', name: 'New York' },
  { id: 'to', number: '+14165550100', name: 'Toronto' },
  { id: 'spam', number: '+13105550100', health: 'flagged' },
  { id: 'gone', number: '+17025550100', health: 'blocked' },
];

it('refuses a blocked number with reason blocked, and places no call', async () => {
  const store = createClidStore({ numbers }, { storage: 'memory' });
  const seen = [];
  store.addEventListener('rejected', (e) => seen.push(e.detail.reason));
  store.addEventListener('call', () => seen.push('call'));
  await assert.rejects(store.placeCall({ destination: '+17025551234', requested: 'gone' }), { reason: 'blocked' });
  assert.deepEqual(seen, ['blocked']);
  assert.deepEqual(
    store.getState().numbers.map((n) => n.id),
    ['sf', 'ny', 'to', 'spam'],
  );
});

it('shares a sticky number between two agents of the account through one adapter', async () => {
  const storage = memoryStorage();
  const config = (agentId) => ({ accountId: 'acme', agentId, numbers, rules: { sticky: true } });
  const agent1 = createClidStore(config('a1'), { storage });
  const call = await agent1.placeCall({ destination: '+14085551234', requested: 'ny' });
  agent1.reportOutcome(call.callId, 'answered');
  assert.throws(() => agent1.reportOutcome('unknown', 'answered'), TypeError);
  await new Promise((done) => setTimeout(done));
  const agent2 = createClidStore(config('a2'), { storage });
  const r = await agent2.resolve({ destination: '+14085551234' });
  assert.equal(r.source, 'sticky');
  assert.equal(r.clid.id, 'ny');
});

it('presents the nearest number by local presence, from the place data loaded lazily', async () => {
  const store = createClidStore({ numbers, rules: { localPresence: true } }, { storage: 'memory' });
  const sameArea = await store.resolve({ destination: '+14155551234' });
  assert.deepEqual([sameArea.clid.id, sameArea.rule?.level], ['sf', 'area']);
  // +1 310 is California too, but its number is flagged: never chosen by local presence.
  const state = await store.resolve({ destination: '+13105551234' });
  assert.deepEqual(
    [state.clid.id, state.rule],
    ['sf', { kind: 'local-presence', level: 'region', place: 'California' }],
  );
  const canada = await store.resolve({ destination: '+16045551234' });
  assert.deepEqual([canada.clid.id, canada.rule?.place], ['to', 'Canada']);
  const detail = await store.placeCall({ destination: '+14155551234' });
  assert.deepEqual(detail.timeZones, ['America/Los_Angeles']);
});
