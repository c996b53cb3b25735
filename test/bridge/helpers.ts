/**
 * Test doubles for the bridge: a fake frame that records what is posted to it, and messages
 * "from" a frame with any origin (constructed `MessageEvent`s dispatched on `window`).
 */
import { CLID_BRIDGE_PROTOCOL, CLID_BRIDGE_VERSION } from '../../src/bridge/protocol.js';
import { waitFor } from '../helpers/wait.js';

export const CRM = 'https://crm.example';
export const OTHER = 'https://evil.example';
export const PHONE = 'https://softphone.example';

/** A posted message: its data and the targetOrigin it was posted to. */
export interface Posted {
  data: Record<string, any>;
  origin: string;
}

/**
 * A stand-in for another frame's window: a MessagePort (so it can be a MessageEvent `source`)
 * whose `postMessage(data, targetOrigin)` is recorded instead of sent.
 */
export function fakeFrame(): { win: Window; sent: Posted[] } {
  const { port1 } = new MessageChannel();
  const sent: Posted[] = [];
  Object.defineProperty(port1, 'postMessage', {
    value: (data: any, origin: string) => sent.push({ data: structuredClone(data), origin }),
  });
  return { win: port1 as unknown as Window, sent };
}

/** Delivers `data` to this window as if `from` had posted it from `origin`. */
export function receive(from: Window, origin: string, data: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: from as unknown as MessagePort }));
}

/** A bridge message body in the protocol envelope. */
export const msg = (body: object) => ({ protocol: CLID_BRIDGE_PROTOCOL, version: CLID_BRIDGE_VERSION, ...body });

/**
 * Waits until `test()` holds. `ms` only catches a hang: what is waited for (a 250 ms greeting
 * interval, a reply from a cross-origin frame, a dialer that loads its chunks) takes seconds on a
 * loaded machine, so the default is well above that and below the tests' own 30 s.
 */
export const until = (test: () => unknown, ms = 20_000): Promise<void> =>
  waitFor(test, 'timed out waiting', { timeout: ms });

/** Messages of one type among those posted. */
export const ofType = (sent: Posted[], type: string) => sent.filter((p) => p.data.type === type);

/** Records console.warn calls while `run` runs. */
export async function warnings(run: () => Promise<void> | void): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(String(args[0]));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
