import { expect } from '@open-wc/testing';
import { createClidBridgeClient, type ClidBridgeClient } from '../../src/bridge/bridge.js';
import { fakeFrame, msg, ofType, OTHER, PHONE, receive, until, warnings } from './helpers.js';

const STATE = { numbers: [], selected: null, agentDefault: null, accountDefault: null, error: null };
const CALL = {
  callId: 'c-1',
  destination: '+12125550123',
  clid: { id: 'us', number: '+12125550100' },
  source: 'prefix-rule',
  kind: 'outbound',
};

describe('clid-bridge, CRM side (createClidBridgeClient)', () => {
  let clients: ClidBridgeClient[] = [];
  afterEach(() => {
    clients.forEach((c) => c.close());
    clients = [];
  });
  function setup(options: { debug?: boolean; timeoutMs?: number } = {}) {
    const phone = fakeFrame();
    const client = createClidBridgeClient({ target: phone.win, origin: PHONE, ...options });
    clients.push(client);
    const commands = () => phone.sent.filter((p) => p.data.id !== 'hello');
    return { phone, client, commands };
  }

  it('asks for the state until the softphone answers, then sends queued commands', async () => {
    // The ping is an interval: record the client's intervals, to see that it stops once answered.
    const live = new Set<unknown>();
    const { setInterval: realSetInterval, clearInterval: realClearInterval } = window;
    window.setInterval = ((...args: Parameters<typeof setInterval>) => {
      const id = realSetInterval(...args);
      live.add(id);
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => {
      live.delete(id);
      realClearInterval(id);
    }) as typeof clearInterval;
    let started: ReturnType<typeof setup>;
    try {
      started = setup();
    } finally {
      window.setInterval = realSetInterval;
    }
    const { phone, client, commands } = started;
    const dial = client.dial('+12125550123', { record: { Name: 'Ann' } });
    await until(() => ofType(phone.sent, 'get-state').length > 1);
    expect(live.size, 'pinging').to.equal(1);
    expect(commands()).to.have.length(0);
    receive(phone.win, PHONE, msg({ type: 'reply', id: 'hello', ok: true, result: STATE }));
    expect(await client.ready).to.deep.equal(STATE);
    const [cmd] = commands();
    expect(cmd.origin).to.equal(PHONE);
    expect(cmd.data).to.deep.include({
      protocol: 'clid-bridge',
      version: 1,
      type: 'dial',
      destination: '+12125550123',
    });
    expect(cmd.data.options).to.deep.equal({ record: { Name: 'Ann' } });
    receive(phone.win, PHONE, msg({ type: 'reply', id: cmd.data.id, ok: true, result: CALL }));
    expect(await dial).to.deep.equal(CALL);
    window.clearInterval = realClearInterval;
    expect(live.size, 'the ping stopped once answered').to.equal(0);
  });

  it('rejects with the softphone’s reason', async () => {
    const { phone, client, commands } = setup();
    receive(phone.win, PHONE, msg({ type: 'ready', detail: STATE }));
    const select = client.select('de', { scope: 'default' });
    await until(() => commands().length);
    expect(commands()[0].data).to.deep.include({ type: 'select', ref: 'de', scope: 'default' });
    receive(
      phone.win,
      PHONE,
      msg({
        type: 'reply',
        id: commands()[0].data.id,
        ok: false,
        reason: 'not-permitted',
        message: '"de" is not permitted',
      }),
    );
    const e = await select.catch((x) => x);
    expect(e).to.be.an('error');
    expect(e).to.include({ reason: 'not-permitted', message: '"de" is not permitted' });
  });

  it('dispatches events once per call, and ignores foreign origins and malformed messages', async () => {
    const { phone, client, commands } = setup({ debug: true });
    const got: string[] = [];
    for (const t of ['ready', 'call', 'change', 'rejected', 'error'])
      client.addEventListener(t, (e) => got.push(`${t}:${(e as CustomEvent).detail.callId ?? ''}`));
    const stranger = fakeFrame();
    const seen = await warnings(async () => {
      receive(phone.win, OTHER, msg({ type: 'call', detail: CALL }));
      receive(stranger.win, PHONE, msg({ type: 'call', detail: CALL })); // another frame: not even looked at
      receive(phone.win, PHONE, msg({ type: 'call' }));
      receive(phone.win, PHONE, msg({ type: 'ring', detail: {} }));
      receive(phone.win, PHONE, { type: 'call', detail: CALL });
      receive(phone.win, PHONE, msg({ type: 'reply', id: 'nobody', ok: false }));
    });
    expect(got).to.deep.equal([]);
    expect(seen).to.have.length(5);
    receive(phone.win, PHONE, msg({ type: 'ready', detail: STATE }));
    receive(phone.win, PHONE, msg({ type: 'call', detail: CALL }));
    receive(phone.win, PHONE, msg({ type: 'call', detail: CALL }));
    receive(phone.win, PHONE, msg({ type: 'change', detail: { clid: null, scope: 'call' } }));
    expect(got).to.deep.equal(['ready:', 'call:c-1', 'change:']);
    // A reply from a foreign origin never settles a command.
    const state = client.getState();
    await until(() => commands().length);
    const id = commands()[0].data.id;
    expect(
      await warnings(() => receive(phone.win, OTHER, msg({ type: 'reply', id, ok: true, result: { forged: true } }))),
    ).to.have.length(1);
    receive(phone.win, PHONE, msg({ type: 'reply', id, ok: true, result: STATE }));
    expect(await state).to.deep.equal(STATE);
  });

  it('reports a call’s outcome as a report-outcome command, and rejects with the softphone’s reason', async () => {
    const { phone, client, commands } = setup();
    receive(phone.win, PHONE, msg({ type: 'ready', detail: STATE }));
    const reported = client.reportOutcome('c-1', 'answered');
    await until(() => commands().length);
    const [cmd] = commands();
    expect(cmd.data).to.deep.include({ type: 'report-outcome', callId: 'c-1', outcome: 'answered' });
    receive(phone.win, PHONE, msg({ type: 'reply', id: cmd.data.id, ok: true, result: null }));
    await reported; // resolves (with nothing) once the reply is in
    const unknown = client.reportOutcome('c-2', 'busy');
    await until(() => commands().length === 2);
    const id = commands()[1].data.id;
    receive(phone.win, PHONE, msg({ type: 'reply', id, ok: false, reason: 'error', message: 'unknown call' }));
    expect(await unknown.catch((x) => x)).to.include({ reason: 'error', message: 'unknown call' });
  });

  it('times out when the softphone never answers', async () => {
    const { client } = setup({ timeoutMs: 50 });
    const e = await client.getState().catch((x) => x);
    expect(e.reason).to.equal('timeout');
  });

  it('rejects pending commands on close, and refuses an inexact origin', async () => {
    const { client } = setup();
    const p = client.getState();
    client.close();
    expect((await p.catch((x) => x)).reason).to.equal('closed');
    expect((await client.dial('+14155550123').catch((x) => x)).reason, 'a command after close').to.equal('closed');
    expect(() => createClidBridgeClient({ target: fakeFrame().win, origin: '*' })).to.throw(TypeError);
  });
});
