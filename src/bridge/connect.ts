/**
 * The softphone side of the iframe bridge: answers commands from one allowed frame and sends it
 * the store's events.
 * @module
 */
import type { CallDetail, ClidStore } from '../store/index.js';
import {
  checkOrigins,
  envelope,
  plain,
  readCommand,
  RELAYED_EVENTS,
  type BridgeCommand,
  type BridgeDialOptions,
  type BridgeReply,
} from './protocol.js';

/** What the bridge needs of a `<clid-dialer>`: its `dial()`. */
export interface BridgeDialer {
  dial(destination: string, options?: BridgeDialOptions): Promise<CallDetail>;
}

/** Options of {@link connectClidBridge}. */
export interface ClidBridgeOptions {
  /** The other frame: `window.parent`, or an `<iframe>`'s `contentWindow`. */
  target: Window;
  /**
   * Exact origins the other frame may have (`https://crm.example`). Commands from any other
   * origin are ignored; events are posted to these origins only, never to `*`.
   */
  origins: readonly string[];
  /** The store whose state and events the bridge shares (e.g. a provider's `providedStore`). */
  store: ClidStore;
  /**
   * A dialer on that store: `dial` commands go through its `dial()` (national formats, its
   * status line), else through `store.placeCall` (E.164 destinations only).
   */
  dialer?: BridgeDialer;
  /** Warn in the console about ignored messages (for development; off by default). */
  debug?: boolean;
}

/** A connected bridge. */
export interface ClidBridge {
  /** Stops answering and sending; the other bridges of the page keep working. */
  disconnect(): void;
}

interface Link extends ClidBridgeOptions {
  origins: readonly string[];
  /** The origin the frame has shown in its last valid command. */
  peer?: string;
}

/** Every connected bridge of this realm: one message listener and one store listener set serve them all. */
const links: Link[] = [];
const storeOff = new Map<ClidStore, () => void>();

const warn = (on: boolean | undefined, why: string, e: MessageEvent) => {
  if (on) console.warn(`clid-bridge: ignored a message from ${e.origin || 'an unknown origin'}: ${why}`, e.data);
};

const post = (target: Window, origin: string, body: object) => target.postMessage(envelope(plain(body)), origin);

/**
 * Where to post to a link's frame: the origin it last wrote from; else, for the parent, the origin
 * the browser reports (`location.ancestorOrigins`); else every allowed origin (the browser
 * delivers to the matching one, and may log the others as mismatches).
 */
function originsOf(l: Link): readonly string[] {
  if (l.peer) return [l.peer];
  // `ancestorOrigins` is Chromium's and WebKit's only (Firefox has none); Node has no location.
  const location = globalThis.location as Partial<Location> | undefined;
  const ancestors = location?.ancestorOrigins;
  const up = l.target === globalThis.parent && ancestors?.[0];
  return up && l.origins.includes(up) ? [up] : l.origins;
}

/** Sends a store event once to every (frame, origin) linked to the store, however many bridges link them. */
function relay(store: ClidStore, e: Event): void {
  const detail: unknown = (e as CustomEvent).detail;
  // Posted after the dispatch, so a `change` that a later listener cancels is never sent.
  queueMicrotask(() => {
    if (e.defaultPrevented) return;
    const sent = new Map<Window, Set<string>>();
    for (const l of links) {
      if (l.store !== store) continue;
      let seen = sent.get(l.target);
      if (!seen) {
        seen = new Set();
        sent.set(l.target, seen);
      }
      for (const o of originsOf(l)) {
        if (seen.has(o)) continue;
        seen.add(o);
        post(l.target, o, { type: e.type, detail });
      }
    }
  });
}

function onMessage(e: MessageEvent): void {
  const from = links.filter((l) => l.target === e.source);
  const link = from.find((l) => l.origins.includes(e.origin));
  const cmd = readCommand(e.data);
  if (!link) {
    // Only bridge traffic is worth a warning; other scripts' messages are not ours to judge.
    if (typeof cmd !== 'string' || (e.data as { protocol?: unknown } | null)?.protocol)
      warn(
        links.some((l) => l.debug),
        `origin or frame is not allowed`,
        e,
      );
    return;
  }
  if (typeof cmd === 'string') {
    warn(link.debug, cmd, e);
    return;
  }
  for (const l of from) if (l.origins.includes(e.origin)) l.peer = e.origin;
  // run() never rejects: a failure becomes a failed reply.
  if (cmd)
    run(link, cmd)
      .then((r) => post(link.target, e.origin, r))
      .catch(() => {});
}

/** Runs a command; never throws (a failure becomes a failed reply). */
async function run(link: Link, cmd: BridgeCommand): Promise<BridgeReply> {
  const { store, dialer } = link;
  const ok = (result: unknown): BridgeReply => ({ type: 'reply', id: cmd.id, ok: true, result });
  const no = (reason: string, message: string): BridgeReply => ({
    type: 'reply',
    id: cmd.id,
    ok: false,
    reason,
    message,
  });
  try {
    if (cmd.type === 'get-state') return ok(store.getState());
    if (cmd.type === 'report-outcome') {
      store.reportOutcome(cmd.callId, cmd.outcome);
      return ok(null);
    }
    if (cmd.type === 'dial') {
      const o = cmd.options ?? {};
      return ok(
        await (dialer ? dialer.dial(cmd.destination, o) : store.placeCall({ ...o, destination: cmd.destination })),
      );
    }
    let why: { reason: string; message: string } | undefined;
    const rejected = (e: Event): void => {
      why = (e as CustomEvent<{ reason: string; message: string }>).detail;
    };
    store.addEventListener('rejected', rejected);
    try {
      if (store.select(cmd.ref, { scope: cmd.scope })) return ok(store.getState());
    } finally {
      store.removeEventListener('rejected', rejected);
    }
    if (why) return no(why.reason, why.message);
    return store.getState().locked
      ? no('locked', 'The callback number is locked')
      : no('cancelled', 'The change was cancelled');
  } catch (err) {
    // A throw from a host's hook may be anything: its message too.
    const { reason, message } = err as { reason?: string; message?: unknown };
    return no(reason ?? 'error', String(message));
  }
}

/**
 * Connects a softphone's store to another frame (a CRM page around it, or a CRM frame inside it)
 * over the `clid-bridge` postMessage protocol: the frame may `dial`, `select`, `get-state` and
 * `report-outcome` (an unknown call is a failed reply, reason `error`);
 * it receives `call`, `change`, `rejected`, `error` (and `ready` now).
 *
 * Safe by construction: commands are read only from `target` and only when their origin is in
 * `origins` (exact origins; `*` is refused); anything malformed is ignored and never acts; events
 * and replies go to those exact origins only. Each store event reaches a frame once, however many
 * bridges share the store; a call is sent once, as a `call` event, besides the `dial` reply.
 *
 * @throws TypeError when `origins` holds anything but exact origins.
 *
 * @example
 * import { connectClidBridge } from 'clid-picker/bridge';
 * const bridge = connectClidBridge({
 *   target: window.parent,
 *   origins: ['https://crm.example'],
 *   store: document.querySelector('clid-provider').providedStore,
 *   dialer: document.querySelector('clid-dialer'),
 * });
 * // later: bridge.disconnect();
 */
export function connectClidBridge(options: ClidBridgeOptions): ClidBridge {
  const { target, store } = options;
  checkOrigins(options.origins);
  // Plain-JS callers may pass anything.
  if (typeof (target as Partial<Window> | undefined)?.postMessage !== 'function')
    throw new TypeError('clid-bridge: target must be a window');
  if (typeof (store as Partial<ClidStore> | undefined)?.getState !== 'function')
    throw new TypeError('clid-bridge: store is required');
  const link: Link = { ...options, origins: [...options.origins] };
  if (!links.length) addEventListener('message', onMessage);
  if (!storeOff.has(store)) {
    const on = (e: Event) => relay(store, e);
    for (const t of RELAYED_EVENTS) store.addEventListener(t, on);
    storeOff.set(store, () => RELAYED_EVENTS.forEach((t) => store.removeEventListener(t, on)));
  }
  links.push(link);
  for (const o of originsOf(link)) post(target, o, { type: 'ready', detail: store.getState() });
  return {
    disconnect() {
      const i = links.indexOf(link);
      if (i < 0) return;
      links.splice(i, 1);
      if (!links.some((l) => l.store === store)) {
        storeOff.get(store)?.();
        storeOff.delete(store);
      }
      if (!links.length) removeEventListener('message', onMessage);
    },
  };
}
