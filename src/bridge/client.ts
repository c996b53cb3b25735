/**
 * The CRM side of the iframe bridge: a tiny client that places calls and chooses numbers in a
 * softphone frame, and hears its events.
 * @module
 */
import type { CallDetail, CallOutcome, ClidState, SelectScope } from '../store/types.js';
import {
  checkOrigins,
  envelope,
  plain,
  readInbound,
  type BridgeDialOptions,
  type BridgeEventDetails,
  type BridgeEventType,
} from './protocol.js';

/** Options of {@link createClidBridgeClient}. */
export interface ClidBridgeClientOptions {
  /**
   * The softphone frame: an `<iframe>` element (the client then greets the softphone after each
   * load of the frame, so a reload reconnects), its `contentWindow`, or `window.parent`.
   */
  target: Window | HTMLIFrameElement;
  /** The softphone's exact origin; messages from any other origin are ignored. */
  origin: string;
  /** How long a command waits for its reply (including for the softphone to connect); default 15 000 ms. */
  timeoutMs?: number;
  /** Warn in the console about ignored messages (for development; off by default). */
  debug?: boolean;
}

/** Why a command failed: the softphone's reason (`not-permitted`, `invalid-destination`, `no-config`, `locked`…) or `timeout`. */
export type ClidBridgeError = Error & { reason: string };

/** A request waiting for its reply: how to settle it, and the timer that fails it. */
interface Waiter {
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * The CRM side of the `clid-bridge` protocol. Events (`CustomEvent`s whose detail is that of the
 * `clid-*` event of the same name): `call`, `change`, `rejected`, `error`, and `ready` (the
 * softphone connected or reloaded; detail: its state). Each call is dispatched once.
 */
export class ClidBridgeClient extends EventTarget {
  /** Resolves with the softphone's state once it has answered. */
  readonly ready: Promise<ClidState>;
  /** `target` is `null` for a frame that was not in a document when the client was made. */
  #options: Omit<Required<ClidBridgeClientOptions>, 'target'> & { target: Window | null };
  #frame?: HTMLIFrameElement;
  #waiting = new Map<string, Waiter>();
  #queue: object[] = [];
  #connected = false;
  #closed = false;
  #seq = 0;
  #calls = new Set<string>();
  #ping?: ReturnType<typeof setInterval>;
  #ready!: (s: ClidState) => void;
  #onMessage = (e: MessageEvent) => this.#receive(e);

  constructor(options: ClidBridgeClientOptions) {
    super();
    checkOrigins([options.origin]);
    const t = options.target;
    const frame = t instanceof HTMLIFrameElement ? t : undefined;
    this.#frame = frame;
    this.#options = {
      timeoutMs: 15_000,
      debug: false,
      ...options,
      target: frame ? frame.contentWindow : (t as Window),
    };
    this.ready = new Promise((r) => (this.#ready = r));
    addEventListener('message', this.#onMessage);
    frame?.addEventListener('load', this.#greet);
    if (!frame || loaded(frame)) this.#greet();
  }

  /** Asks for the softphone's state until it answers: it may connect after us, or have reloaded. */
  #greet = (): void => {
    this.#connected = false;
    clearInterval(this.#ping);
    const hello = () => this.#post({ type: 'get-state', id: 'hello' });
    hello();
    this.#ping = setInterval(hello, 250);
  };

  /** Places a call in the softphone, as `ClidDialer.dial()` does; resolves with the `call` detail. */
  dial(destination: string, options?: BridgeDialOptions): Promise<CallDetail> {
    return this.#send({
      type: 'dial',
      destination,
      ...(options && { options: plain(options) }),
    }) as Promise<CallDetail>;
  }

  /** Chooses a number (id or E.164) for the next call or as the agent default; resolves with the new state. */
  select(ref: string, { scope }: { scope?: SelectScope } = {}): Promise<ClidState> {
    return this.#send({ type: 'select', ref, ...(scope && { scope }) }) as Promise<ClidState>;
  }

  /**
   * Tells the softphone's store how a call it placed ended (`answered`, `voicemail`, `no-answer`,
   * `busy`, `failed`), as `store.reportOutcome` does: with `rules.sticky`, an answered call makes
   * its number stick to the destination. Rejects with reason `error` for a call the store does not know.
   *
   * @example
   * phone.addEventListener('call', (e) => crm.track(e.detail.callId));
   * await phone.reportOutcome(callId, 'answered');
   */
  async reportOutcome(callId: string, outcome: CallOutcome): Promise<void> {
    await this.#send({ type: 'report-outcome', callId, outcome });
  }

  /** The softphone's state: permitted numbers, selection, defaults. */
  getState(): Promise<ClidState> {
    return this.#send({ type: 'get-state' }) as Promise<ClidState>;
  }

  /**
   * Stops listening: no message listener or timer of the client is left. Pending commands, and any
   * sent after, reject with `closed`.
   */
  close(): void {
    this.#closed = true;
    removeEventListener('message', this.#onMessage);
    this.#frame?.removeEventListener('load', this.#greet);
    clearInterval(this.#ping);
    for (const [id, { reject, timer }] of this.#waiting) {
      clearTimeout(timer);
      reject(fail('closed', `Request ${id} was not answered: the client was closed`));
    }
    this.#waiting.clear();
  }

  #post(body: object): void {
    this.#options.target?.postMessage(envelope(body), this.#options.origin);
  }

  #send(body: object): Promise<unknown> {
    const id = `c${++this.#seq}-${Math.random().toString(36).slice(2, 8)}`;
    if (this.#closed) return Promise.reject(fail('closed', `Request ${id} was not sent: the client was closed`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(fail('timeout', `The softphone did not answer within ${this.#options.timeoutMs} ms`));
      }, this.#options.timeoutMs);
      this.#waiting.set(id, { resolve, reject, timer });
      const msg = { ...body, id };
      if (this.#connected) this.#post(msg);
      else this.#queue.push(msg);
    });
  }

  #connect(state: ClidState): void {
    if (!this.#connected) {
      this.#connected = true;
      clearInterval(this.#ping);
      for (const m of this.#queue.splice(0)) this.#post(m);
    }
    this.#ready(state);
  }

  #receive(e: MessageEvent): void {
    const { target, origin, debug } = this.#options;
    if (e.source !== target) return;
    const m = readInbound(e.data);
    if (e.origin !== origin) {
      if (debug && m) console.warn(`clid-bridge: ignored a message from ${e.origin}: not ${origin}`, e.data);
      return;
    }
    if (typeof m === 'string') {
      if (debug) console.warn(`clid-bridge: ignored a message: ${m}`, e.data);
      return;
    }
    if (!m) return;
    if (m.type === 'reply') {
      if (m.id === 'hello') {
        if (m.ok) this.#connect(m.result as ClidState);
        return;
      }
      const waiter = this.#waiting.get(m.id);
      if (!waiter) return;
      this.#waiting.delete(m.id);
      clearTimeout(waiter.timer);
      if (m.ok) waiter.resolve(m.result);
      else waiter.reject(fail(m.reason, m.message));
      return;
    }
    if (m.type === 'ready') this.#connect(m.detail as ClidState);
    if (m.type === 'call') {
      const id = (m.detail as CallDetail).callId;
      if (this.#calls.has(id)) return;
      // The calls seen lately are enough to drop a repeat; a whole shift's would only grow.
      this.#calls.add(id);
      if (this.#calls.size > 500) this.#calls.delete(this.#calls.values().next().value ?? '');
    }
    this.dispatchEvent(new CustomEvent(m.type, { detail: m.detail }));
  }
}

/** A frame whose document is no longer the initial `about:blank` (a cross-origin one is unreadable, so loaded). */
function loaded(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href !== 'about:blank';
  } catch {
    return true;
  }
}

const fail = (reason: string, message: string): ClidBridgeError => Object.assign(new Error(message), { reason });

/** Typed `addEventListener` for the client's events. */
export interface ClidBridgeClient {
  addEventListener<K extends BridgeEventType>(
    type: K,
    listener: (e: CustomEvent<BridgeEventDetails[K]>) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

/**
 * Creates the CRM-side client of a softphone frame connected with `connectClidBridge`.
 * Commands sent before the softphone has connected wait for it (up to `timeoutMs`).
 *
 * @example
 * import { createClidBridgeClient } from 'clid-picker/bridge';
 * const phone = createClidBridgeClient({
 *   target: document.querySelector('iframe#softphone'),
 *   origin: 'https://softphone.example',
 * });
 * phone.addEventListener('call', (e) => crm.logCall(e.detail.destination, e.detail.clid.number));
 * const call = await phone.dial('+442079460123', { record: { Department: 'Finance' } });
 */
export function createClidBridgeClient(options: ClidBridgeClientOptions): ClidBridgeClient {
  return new ClidBridgeClient(options);
}
