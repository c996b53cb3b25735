import { expect } from '@open-wc/testing';
import { createClidBridgeClient, type ClidBridgeClient } from '../../src/bridge/bridge.js';
import { until } from './helpers.js';

/** The same test server under another host name: a real cross-origin frame. */
function crossOrigin(path: string): URL {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url;
}

function frame(src: URL): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.src = src.href;
  document.body.append(f);
  return new Promise((resolve) => f.addEventListener('load', () => resolve(f), { once: true }));
}

describe('clid-bridge between real frames', () => {
  let f: HTMLIFrameElement | undefined;
  let client: ClidBridgeClient | undefined;
  afterEach(() => {
    client?.close();
    f?.remove();
  });

  it('dials through the softphone frame’s dialer: one reply, one call event, one call', async () => {
    const src = crossOrigin(`/test/bridge/fixtures/softphone.html?parent=${encodeURIComponent(location.origin)}`);
    f = await frame(src);
    // The frame loads the library cold (its own origin, its own cache) and the dialer's chunks on
    // the first dial: on a loaded machine that may outlast the client's 15 s default for an
    // answer, so only the test's own timeout decides that the frame hangs.
    client = createClidBridgeClient({ target: f, origin: src.origin, timeoutMs: 60_000 });
    const ready = await client.ready;
    expect(ready.numbers).to.have.length(2);
    const events: CustomEvent[] = [];
    client.addEventListener('call', (e) => events.push(e));
    const dialerCalls: string[] = [];
    const onTest = (e: MessageEvent) =>
      e.origin === src.origin && e.data?.test === 'dialer-call' && dialerCalls.push(e.data.callId);
    addEventListener('message', onTest);
    try {
      const call = await client.dial('020 7946 0123', { record: { Name: 'Ann' } });
      expect(call).to.deep.include({ destination: '+442079460123', source: 'account-default' });
      expect(call.clid.id).to.equal('uk');
      await until(() => events.length && dialerCalls.length);
      // The frame answers this question after everything it posted before: once the answer is
      // here, every event and call it sent for the dial has arrived.
      const calls = await new Promise<string[]>((resolve) => {
        const on = (e: MessageEvent) => {
          if (e.data?.test !== 'calls') return;
          removeEventListener('message', on);
          resolve(e.data.calls);
        };
        addEventListener('message', on);
        f!.contentWindow!.postMessage({ test: 'calls' }, src.origin);
      });
      expect(events.map((e) => e.detail.callId)).to.deep.equal([call.callId]);
      expect(dialerCalls).to.deep.equal([call.callId]);
      expect(calls).to.deep.equal([call.callId]);
      const state = await client.select('us', { scope: 'default' });
      expect(state.agentDefault?.id).to.equal('us');
      // The softphone reloads: the client greets it again, and commands work as before.
      const again = new Promise((r) => client!.addEventListener('ready', r, { once: true }));
      f.src = `${src.href}&reload=1`;
      await again;
      expect((await client.dial('+12125550123')).clid.id).to.equal('us');
    } finally {
      removeEventListener('message', onTest);
    }
  });

  it('a frame of an origin not on the allow-list is ignored: commands time out, nothing is placed', async () => {
    // The frame allows only a made-up origin, so this page is a stranger to it.
    const src = crossOrigin(`/test/bridge/fixtures/softphone.html?parent=${encodeURIComponent('https://crm.example')}`);
    f = await frame(src);
    client = createClidBridgeClient({ target: f.contentWindow!, origin: src.origin, timeoutMs: 600 });
    const events: Event[] = [];
    for (const t of ['ready', 'call', 'change']) client.addEventListener(t, (e) => events.push(e));
    const e = await client.dial('+12125550123').catch((x) => x);
    expect(e.reason).to.equal('timeout');
    expect(events).to.have.length(0);
    const calls = await new Promise<string[]>((resolve) => {
      const on = (m: MessageEvent) => {
        if (m.data?.test !== 'calls') return;
        removeEventListener('message', on);
        resolve(m.data.calls);
      };
      addEventListener('message', on);
      f!.contentWindow!.postMessage({ test: 'calls' }, src.origin);
    });
    expect(calls).to.deep.equal([]);
  });
});
