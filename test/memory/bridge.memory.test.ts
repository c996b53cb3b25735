// The iframe bridge leaves nothing behind (contract.md, "Lifecycle"): a bridge that is
// disconnected and a client that is closed keep no `message` listener on window and no timer
// (a client's greeting interval or a command's timeout would hold it), so they and their store
// are garbage-collected.
import { expect } from '@open-wc/testing';
import { connectClidBridge, createClidBridgeClient } from '../../src/bridge/bridge.js';
import { CRM, PHONE, fakeFrame, msg, receive } from '../bridge/helpers.js';
import { BRIDGE_CONFIG, makeStore } from '../helpers/fixtures.js';
import { Collectable, figures } from './memory.js';

describe('bridge memory', () => {
  it('20 bridges connected and disconnected, 20 clients used and closed: all collected, no listener left', async function () {
    this.timeout(60_000);
    const start = await figures();
    const gone = new Collectable();
    const reasons: string[] = [];
    await gone.after(async () => {
      for (let i = 0; i < 20; i++) {
        const store = gone.track(makeStore(BRIDGE_CONFIG));
        const crm = fakeFrame();
        const bridge = gone.track(connectClidBridge({ target: crm.win, origins: [CRM], store }));
        receive(crm.win, CRM, msg({ type: 'select', id: `s${i}`, ref: 'us' }));
        await new Promise((done) => setTimeout(done, 0));
        // A client whose softphone never answers: it greets on an interval, its command waits.
        const client = gone.track(createClidBridgeClient({ target: fakeFrame().win, origin: PHONE }));
        const pending = client.dial('+14155550123').catch((e) => e.reason);
        bridge.disconnect();
        client.close();
        reasons.push(await pending);
      }
    });
    expect(reasons).to.deep.equal(Array(20).fill('closed'));
    expect(await gone.collected()).to.equal(gone.tracked);
    expect((await figures()).windowListeners).to.equal(start.windowListeners);
  });
});
