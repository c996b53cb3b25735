import { expect } from '@open-wc/testing';
import { connectClidBridge, type ClidBridge } from '../../src/bridge/bridge.js';
import { BRIDGE_CONFIG, makeStore } from '../helpers/fixtures.js';
import { CRM, fakeFrame, msg, ofType, OTHER, receive, until, warnings } from './helpers.js';

/** The destination of control calls (positive controls placed after what is under test). */
const CONTROL = '+12125550999';
const destinations = (calls: unknown[]) => calls.map((c) => (c as { destination: string }).destination);

describe('clid-bridge, softphone side (connectClidBridge)', () => {
  let bridges: ClidBridge[] = [];
  const connect = (o: Parameters<typeof connectClidBridge>[0]) => {
    const b = connectClidBridge(o);
    bridges.push(b);
    return b;
  };
  afterEach(() => {
    for (const b of bridges) b.disconnect();
    bridges = [];
  });

  /** A bridge on a fresh store to one fake frame allowed at CRM. */
  function setup(options: { debug?: boolean; origins?: string[] } = {}) {
    const store = makeStore(BRIDGE_CONFIG);
    const frame = fakeFrame();
    const calls: unknown[] = [];
    store.addEventListener('call', (e) => calls.push(e.detail));
    connect({ target: frame.win, origins: options.origins ?? [CRM], store, debug: options.debug });
    const reply = async (id: string) => {
      await until(() => frame.sent.some((p) => p.data.type === 'reply' && p.data.id === id));
      return frame.sent.find((p) => p.data.type === 'reply' && p.data.id === id)!.data;
    };
    /**
     * A control command from the allowed frame, answered only after everything sent before it
     * has been handled: a `get-state`, or with `dial` a call to {@link CONTROL} (which goes
     * through the same steps as any other call). Resolves with the reply.
     */
    const control = async (id: string, dial = false) => {
      receive(frame.win, CRM, msg(dial ? { type: 'dial', id, destination: CONTROL } : { type: 'get-state', id }));
      return reply(id);
    };
    return { store, frame, calls, reply, control };
  }

  it('says ready with the state on connect, to the allowed origin only', () => {
    const { frame } = setup();
    expect(frame.sent).to.have.length(1);
    expect(frame.sent[0].origin).to.equal(CRM);
    expect(frame.sent[0].data).to.deep.include({ protocol: 'clid-bridge', version: 1, type: 'ready' });
    expect(frame.sent[0].data.detail.selected.id).to.equal('uk');
  });

  it('answers get-state from the allowed frame and origin', async () => {
    const { frame, reply } = setup();
    receive(frame.win, CRM, msg({ type: 'get-state', id: 'q1' }));
    const r = await reply('q1');
    expect(r).to.deep.include({ ok: true });
    expect(r.result.numbers.map((n: { id: string }) => n.id)).to.deep.equal(['uk', 'us']);
  });

  it('places a call for an allowed dial: one reply and exactly one call event', async () => {
    const { frame, calls, reply, control } = setup();
    receive(
      frame.win,
      CRM,
      msg({ type: 'dial', id: 'd1', destination: '+12125550123', options: { record: { Name: 'Ann' } } }),
    );
    const r = await reply('d1');
    expect(r.ok).to.equal(true);
    expect(r.result).to.deep.include({ destination: '+12125550123', source: 'prefix-rule' });
    expect(r.result.clid.id).to.equal('us');
    await control('after', true);
    expect(destinations(calls), 'one call, then the control call').to.deep.equal(['+12125550123', CONTROL]);
    const events = ofType(frame.sent, 'call');
    expect(events.map((p) => p.data.detail.destination)).to.deep.equal(['+12125550123', CONTROL]);
    expect(events[0].data.detail.callId).to.equal(r.result.callId);
    expect(events[0].origin).to.equal(CRM);
  });

  it('replies with the reason when a call cannot be placed, and relays the rejection', async () => {
    const { frame, calls, reply, control } = setup();
    receive(frame.win, CRM, msg({ type: 'dial', id: 'd2', destination: '+12125550123', options: { requested: 'de' } }));
    expect(await reply('d2')).to.deep.include({ ok: false, reason: 'not-permitted' });
    receive(frame.win, CRM, msg({ type: 'dial', id: 'd3', destination: '020 7946' }));
    expect(await reply('d3')).to.deep.include({ ok: false, reason: 'invalid-destination' });
    await control('after', true);
    expect(destinations(calls), 'only the control call').to.deep.equal([CONTROL]);
    const rejected = ofType(frame.sent, 'rejected');
    expect(rejected).to.have.length(1);
    expect(rejected[0].data.detail).to.deep.include({ requested: 'de', reason: 'not-permitted' });
  });

  it('selects for the call or as default, and says why not', async () => {
    const { store, frame, reply, control } = setup();
    receive(frame.win, CRM, msg({ type: 'select', id: 's1', ref: 'us' }));
    expect((await reply('s1')).result.selected.id).to.equal('us');
    expect(store.getState().callChoice?.id).to.equal('us');
    receive(frame.win, CRM, msg({ type: 'select', id: 's2', ref: '+12125550100', scope: 'default' }));
    expect((await reply('s2')).result.agentDefault.id).to.equal('us');
    receive(frame.win, CRM, msg({ type: 'select', id: 's3', ref: 'de' }));
    expect(await reply('s3')).to.deep.include({ ok: false, reason: 'not-permitted' });
    await control('after');
    expect(ofType(frame.sent, 'change').map((p) => p.data.detail.scope)).to.deep.equal(['call', 'default']);
  });

  it('passes a call’s outcome to the store, and says why not for a call it does not know', async () => {
    const { store, frame, reply } = setup();
    const told: string[][] = [];
    const reportOutcome = store.reportOutcome.bind(store);
    store.reportOutcome = (callId, outcome) => {
      told.push([callId, outcome]);
      reportOutcome(callId, outcome);
    };
    receive(frame.win, CRM, msg({ type: 'dial', id: 'd1', destination: '+12125550123' }));
    const { callId } = (await reply('d1')).result;
    receive(frame.win, CRM, msg({ type: 'report-outcome', id: 'o1', callId, outcome: 'busy' }));
    expect(await reply('o1')).to.deep.include({ ok: true, result: null });
    expect(told).to.deep.equal([[callId, 'busy']]);
    receive(frame.win, CRM, msg({ type: 'report-outcome', id: 'o2', callId: 'no-such-call', outcome: 'answered' }));
    expect(await reply('o2')).to.deep.include({ ok: false, reason: 'error' });
  });

  it('does not relay a change that a listener cancelled, and replies cancelled', async () => {
    const { store, frame, reply, control } = setup();
    store.addEventListener('change', (e) => e.preventDefault());
    receive(frame.win, CRM, msg({ type: 'select', id: 's4', ref: 'us' }));
    expect(await reply('s4')).to.deep.include({ ok: false, reason: 'cancelled' });
    await control('after');
    expect(ofType(frame.sent, 'change')).to.have.length(0);
  });

  it('replies locked when the config locks the selection', async () => {
    const store = makeStore({ ...BRIDGE_CONFIG, locked: true });
    const frame = fakeFrame();
    connect({ target: frame.win, origins: [CRM], store });
    receive(frame.win, CRM, msg({ type: 'select', id: 's5', ref: 'us' }));
    await until(() => ofType(frame.sent, 'reply').length);
    expect(ofType(frame.sent, 'reply')[0].data).to.deep.include({ ok: false, reason: 'locked' });
  });

  it('ignores commands from a foreign origin or another frame, and never acts', async () => {
    const { store, frame, calls, control } = setup({ debug: true });
    const stranger = fakeFrame();
    const seen = await warnings(async () => {
      receive(frame.win, OTHER, msg({ type: 'dial', id: 'x1', destination: '+12125550123' }));
      receive(frame.win, OTHER, msg({ type: 'select', id: 'x2', ref: 'us' }));
      receive(stranger.win, CRM, msg({ type: 'dial', id: 'x3', destination: '+12125550123' }));
      receive(frame.win, '', msg({ type: 'get-state', id: 'x4' }));
      await control('after', true);
    });
    expect(destinations(calls), 'only the control call').to.deep.equal([CONTROL]);
    expect(store.getState().callChoice).to.equal(null);
    expect(
      ofType(frame.sent, 'reply').map((p) => p.data.id),
      'only the control is answered',
    ).to.deep.equal(['after']);
    expect(stranger.sent).to.have.length(0);
    expect(seen).to.have.length(4);
    expect(seen[0]).to.contain(OTHER).and.contain('not allowed');
  });

  it('ignores malformed messages from the allowed frame, warning only with debug', async () => {
    const bad = [
      null,
      'dial +12125550123',
      42,
      [msg({ type: 'dial', id: 'a', destination: '+12125550123' })],
      { type: 'dial', id: 'b', destination: '+12125550123' },
      { ...msg({ type: 'dial', id: 'c', destination: '+12125550123' }), protocol: 'other' },
      { ...msg({ type: 'dial', id: 'd', destination: '+12125550123' }), version: 2 },
      { ...msg({ type: 'dial', id: 'e', destination: '+12125550123' }), version: '1' },
      msg({ type: 'hangup', id: 'f' }),
      msg({ type: 'dial', destination: '+12125550123' }),
      msg({ type: 'dial', id: 7, destination: '+12125550123' }),
      msg({ type: 'dial', id: 'g' }),
      msg({ type: 'dial', id: 'h', destination: 12125550123 }),
      msg({ type: 'dial', id: 'i', destination: '+12125550123', options: 'x' }),
      msg({ type: 'dial', id: 'j', destination: '+12125550123', options: { record: { a: { toString: 1 } } } }),
      msg({ type: 'dial', id: 'k', destination: '+12125550123', options: { kind: 'conference' } }),
      msg({ type: 'dial', id: 'l', destination: '+12125550123', options: { requested: 5 } }),
      msg({ type: 'select', id: 'm', ref: 'us', scope: 'forever' }),
      msg({ type: 'select', id: 'n' }),
      msg({ type: 'dial', id: 'o', destination: 'x'.repeat(65) }),
      msg({ type: 'report-outcome', id: 'p', callId: 'c1', outcome: 'hung-up' }),
      msg({ type: 'report-outcome', id: 'q', outcome: 'answered' }),
    ];
    for (const debug of [true, false]) {
      const { store, frame, calls, control } = setup({ debug });
      const seen = await warnings(async () => {
        for (const data of bad) receive(frame.win, CRM, data);
        await control('after', true);
      });
      expect(destinations(calls), 'only the control call').to.deep.equal([CONTROL]);
      expect(store.getState().callChoice).to.equal(null);
      expect(
        ofType(frame.sent, 'reply').map((p) => p.data.id),
        'only the control is answered',
      ).to.deep.equal(['after']);
      expect(seen).to.have.length(debug ? bad.length : 0);
      bridges.splice(0).forEach((b) => b.disconnect());
    }
  });

  it('ignores its own replies and events echoed back, silently', async () => {
    const { frame, calls, control } = setup({ debug: true });
    const seen = await warnings(async () => {
      receive(frame.win, CRM, msg({ type: 'call', detail: { callId: '1' } }));
      receive(frame.win, CRM, msg({ type: 'reply', id: 'z', ok: true, result: null }));
      await control('after');
    });
    expect(seen).to.deep.equal([]);
    expect(calls).to.have.length(0);
    // The ready event and the control's reply only.
    expect(frame.sent.map((p) => [p.data.type, p.data.id])).to.deep.equal([
      ['ready', undefined],
      ['reply', 'after'],
    ]);
  });

  it('posts events to the allowed origins only, never to *', async () => {
    const { store, frame } = setup({ origins: [CRM, 'https://crm-eu.example'] });
    store.select('us');
    await store.placeCall({ destination: '+442079460123' });
    await until(() => ofType(frame.sent, 'call').length >= 2);
    expect(frame.sent.length).to.be.greaterThan(2);
    expect(new Set(frame.sent.map((p) => p.origin))).to.deep.equal(new Set([CRM, 'https://crm-eu.example']));
    expect(ofType(frame.sent, 'call')).to.have.length(2); // once per allowed origin; the browser delivers at most one
    // Once the frame has written from one of them, only that origin is posted to.
    receive(frame.win, CRM, msg({ type: 'get-state', id: 'g' }));
    await until(() => ofType(frame.sent, 'reply').length);
    frame.sent.length = 0;
    await store.placeCall({ destination: '+442079460124' });
    await until(() => frame.sent.length > 0);
    expect(frame.sent.map((p) => [p.data.type, p.origin])).to.deep.equal([['call', CRM]]);
  });

  it('refuses wildcard or inexact origins and a missing store', () => {
    const { win } = fakeFrame();
    const store = makeStore(BRIDGE_CONFIG);
    for (const origins of [
      ['*'],
      [],
      ['https://crm.example/'],
      ['https://crm.example/app'],
      ['crm.example'],
      ['null'],
    ]) {
      expect(() => connectClidBridge({ target: win, origins, store }), JSON.stringify(origins)).to.throw(TypeError);
    }
    expect(() => connectClidBridge({ target: win, origins: [CRM], store: undefined as never })).to.throw(TypeError);
  });

  it('sends each event once per frame when two bridges share a store, and one command acts once', async () => {
    const store = makeStore(BRIDGE_CONFIG);
    const a = fakeFrame();
    const b = fakeFrame();
    const calls: unknown[] = [];
    store.addEventListener('call', (e) => calls.push(e.detail));
    connect({ target: a.win, origins: [CRM], store });
    connect({ target: a.win, origins: [CRM], store });
    connect({ target: b.win, origins: [CRM], store });
    receive(a.win, CRM, msg({ type: 'dial', id: 'd1', destination: '+12125550123' }));
    await until(() => ofType(a.sent, 'reply').length);
    // A control call through the same bridges comes after anything the first could still cause.
    receive(a.win, CRM, msg({ type: 'dial', id: 'after', destination: CONTROL }));
    await until(() => ofType(a.sent, 'reply').some((p) => p.data.id === 'after'));
    expect(destinations(calls)).to.deep.equal(['+12125550123', CONTROL]);
    expect(ofType(a.sent, 'reply').map((p) => p.data.id)).to.deep.equal(['d1', 'after']);
    expect(ofType(a.sent, 'call')).to.have.length(2);
    expect(ofType(b.sent, 'call')).to.have.length(2);
    expect(ofType(b.sent, 'reply')).to.have.length(0);
  });

  it('stops acting and sending after disconnect', async () => {
    const { store, frame, calls } = setup();
    bridges.pop()!.disconnect();
    receive(frame.win, CRM, msg({ type: 'dial', id: 'd1', destination: '+12125550123' }));
    await store.placeCall({ destination: '+442079460123' });
    // A control call through a bridge to another frame on the same store: when it is answered,
    // anything the disconnected bridge could still have done has happened.
    const other = fakeFrame();
    connect({ target: other.win, origins: [CRM], store });
    receive(other.win, CRM, msg({ type: 'dial', id: 'after', destination: CONTROL }));
    await until(() => ofType(other.sent, 'reply').length);
    expect(destinations(calls)).to.deep.equal(['+442079460123', CONTROL]);
    expect(frame.sent).to.have.length(1); // the ready event only
  });
});
