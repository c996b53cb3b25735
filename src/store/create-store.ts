/**
 * `createClidStore`: state, actions and events of the headless selection store.
 * @module
 */
import { fill, messagesEn } from '../messages.js';
import { ClidConfigError, isBlocked, parseConfig, type ParsedConfig } from './config.js';
import { ClidCallError, failureEvent } from './call-error.js';
import type { ClidStore, ClidStoreOptions } from './clid-store.js';
import { ClidStoreEvent, type ClidStoreEventDetails } from './events.js';
import { CrossTabSync } from './cross-tab.js';
import { decode, encode, openStorage, storageKey, type StorageAdapter } from './persistence.js';
import { destinationOf, isThenable, resolveLater, resolveNow, usable, type ChainInput } from './resolve.js';
import { Automatic } from './automatic.js';
import { toE164 } from './e164.js';
import type {
  CallDetail,
  CallOutcome,
  CallRequest,
  ClidConfig,
  ClidNumber,
  ClidRef,
  ClidState,
  ErrorDetail,
  Resolution,
  SelectScope,
  TraceStep,
} from './types.js';
import { Watched } from './watched.js';

export type { ClidStore, ClidStoreOptions } from './clid-store.js';

const NONE_PERMITTED: ErrorDetail = Object.freeze({ code: 'no-permitted-number', message: messagesEn.noneAllowed });
let seq = 0;
/** A call's id: a UUID where the page has `crypto.randomUUID` (secure contexts), else a unique string. */
const newCallId = (): string => {
  // Typed as always there; missing on an insecure origin and in old engines.
  const crypto = globalThis.crypto as Partial<Crypto> | undefined;
  if (crypto?.randomUUID) return crypto.randomUUID();
  seq++;
  return `${Date.now()}-${seq}-${Math.random()}`;
};

/**
 * The store listens for other tabs' changes (the window's `storage` event) only while it is
 * watched: while it has subscribers or event listeners. When watched again, it reads the
 * remembered default once more, to catch up with what another tab changed meanwhile.
 */
class Store extends Watched implements ClidStore {
  readonly #options: ClidStoreOptions;
  #config!: ParsedConfig;
  #state!: ClidState;
  readonly #listeners = new Set<(state: ClidState) => void>();
  readonly #adapter: StorageAdapter;
  /** Other tabs' changes (Web Storage only). */
  readonly #crossTab?: CrossTabSync;
  /** Sticky numbers and local presence: the calls this store placed, and the lazily loaded steps. */
  readonly #automatic: Automatic;
  #key!: string;
  #call: string | null = null;
  #remembered: string | null = null;
  /** The agent (or another tab) set the default since the last load began. */
  #touched = false;
  #storageError: ErrorDetail | null = null;
  /** Background writes not done yet: storage does not hold our latest default until they are. */
  #writing = 0;
  #destroyed = false;

  constructor(config: ClidConfig, options: ClidStoreOptions) {
    super();
    this.#options = options;
    const parsed = parseConfig(config);
    const fault = (e: unknown): void => this.#fault(e);
    const { adapter, web } = openStorage(options.storage, fault);
    this.#adapter = adapter;
    if (web) this.#crossTab = new CrossTabSync(web, () => this.#key, this.#rememberFromStorage, fault);
    this.#automatic = new Automatic(this.#adapter);
    this.#use(parsed);
  }

  protected watched(on: boolean): void {
    if (!this.#destroyed) this.#crossTab?.watched(on, this.#writing > 0);
  }

  /** Another tab's default (or the one stored while nobody watched): ours too, unless it is already. */
  readonly #rememberFromStorage = (id: string | null): void => {
    if (id !== this.#remembered) this.#remember(id, false);
  };

  getState(): ClidState {
    return this.#state;
  }

  subscribe(listener: (state: ClidState) => void): () => void {
    if (!this.#listeners.has(listener)) {
      this.#listeners.add(listener);
      this.watch(1);
    }
    return () => {
      if (this.#listeners.delete(listener)) this.watch(-1);
    };
  }

  select(ref: ClidRef, { scope = 'call' }: { scope?: SelectScope } = {}): boolean {
    if (this.#config.locked) return false;
    const n = usable(this.#config, ref, 'select');
    if (n instanceof ClidCallError) {
      this.#report(n);
      return false;
    }
    if (!this.#emit('change', { clid: n, scope }, true)) return false;
    if (scope === 'default') {
      this.#call = null;
      this.#remember(n.id, true);
    } else {
      this.#call = n.id;
      this.#commit();
    }
    return true;
  }

  clearDefault(): boolean {
    if (this.#config.locked) return false;
    if (this.#remembered !== null) this.#remember(null, true);
    return true;
  }

  clearCall(): boolean {
    if (this.#config.locked) return false;
    this.#dropCall();
    return true;
  }

  /**
   * Forgets the per-call choice, emits `call` for a placed call, then `change` when there was a
   * per-call choice.
   */
  #dropCall(call?: CallDetail): void {
    const used = this.#call !== null;
    this.#call = null;
    if (used) this.#commit();
    if (call) this.#emit('call', call);
    if (used) this.#emit('change', { clid: this.#state.selected, scope: 'call' });
  }

  resolveSync(request: CallRequest): Resolution {
    return resolveNow(this.#chainInput, request, this.#options.selector);
  }

  async resolve(request: CallRequest): Promise<Resolution> {
    // Sticky memory and place data are brought in first (only when the config asks for them).
    // A request that is not an object is refused by the chain below, as before. Never rejects.
    const ready = this.#automatic.prepare(
      this.#config,
      toE164((request as CallRequest | null | undefined)?.destination),
    );
    if (ready) await ready;
    return resolveLater(this.#chainInput, request, this.#options.selector, this.#options.selectorTimeoutMs ?? 3000);
  }

  reportOutcome(callId: string, outcome: CallOutcome): void {
    this.#automatic.report(() => this.#config, callId, outcome);
  }

  async placeCall(request: CallRequest): Promise<CallDetail> {
    let r: Resolution;
    try {
      r = await this.resolve(request);
    } catch (e) {
      throw this.#report(e);
    }
    const { clid, source, rule } = r;
    const detail: CallDetail = {
      callId: newCallId(),
      destination: destinationOf(request),
      clid,
      source,
      ...(rule && { rule }),
      kind: request.kind ?? 'outbound',
      ...(request.record && { record: request.record }),
    };
    // Where the call goes, when the place data is loaded (local presence loads it).
    Object.assign(detail, this.#automatic.placed(detail));
    // The `call` event freezes its detail: what this resolves with is that same frozen object.
    this.#dropCall(detail);
    return detail;
  }

  setConfig(config: ClidConfig): void {
    let c: ParsedConfig;
    try {
      c = parseConfig(config);
    } catch (e) {
      if (e instanceof ClidConfigError)
        this.#emit('error', { code: 'config-invalid', message: e.message, cause: e.message });
      throw e;
    }
    this.#use(c);
  }

  /** Takes a parsed config; a new storage key (another account or agent) starts afresh. */
  #use(c: ParsedConfig): void {
    this.#config = c;
    this.#automatic.configured(c);
    const key = storageKey(c.accountId, c.agentId);
    if (key !== this.#key) {
      this.#key = key;
      this.#call = this.#remembered = null;
      this.#load();
    }
    this.#commit();
  }

  destroy(): void {
    this.#crossTab?.stop();
    this.#destroyed = true;
    for (const listener of this.#listeners) {
      this.#listeners.delete(listener);
      this.watch(-1);
    }
  }

  /** What the precedence chain reads, now. */
  readonly #chainInput = (): ChainInput => ({
    config: this.#config,
    call: this.#call,
    default: this.#remembered,
    automatic: this.#steps,
  });

  /** The steps after the selector hook: sticky, then local presence. */
  readonly #steps = (destination: string, trace: TraceStep[]): Resolution | undefined =>
    this.#automatic.step(this.#config, destination, trace);

  #emit<K extends keyof ClidStoreEventDetails>(
    type: K,
    detail: ClidStoreEventDetails[K],
    cancelable?: boolean,
  ): boolean {
    return this.dispatchEvent(new ClidStoreEvent(type, detail, cancelable));
  }

  /** Emits `rejected` or `error` for a failed call or selection; returns the error. */
  #report(error: unknown): unknown {
    const failure = failureEvent(error);
    if (failure?.type === 'error') this.#emit('error', failure.detail);
    if (failure?.type === 'rejected') this.#emit('rejected', failure.detail);
    return error;
  }

  /** Sets the remembered default (the agent's choice, or another tab's), and writes it when ours. */
  #remember(id: string | null, write: boolean): void {
    this.#remembered = id;
    this.#touched = true;
    if (write) this.#write(id);
    this.#commit();
    this.#emit('default-change', { clid: this.#pick(id) });
  }

  /** Reads the remembered default for the current key: now when sync, later when async. */
  #load(): void {
    const key = this.#key;
    this.#touched = false;
    const apply = (raw: unknown, later: boolean): void => {
      const id = decode(raw);
      if (id === undefined) {
        this.#fault(Error('the stored default is unreadable'));
        return;
      }
      if (id !== null && raw !== encode(id)) this.#write(id);
      if (!later) this.#remembered = id;
      else if (!this.#touched && key === this.#key && id !== this.#remembered) this.#remember(id, false);
    };
    try {
      const raw = this.#adapter.get(key);
      if (isThenable(raw))
        raw.then(
          (v: unknown) => apply(v, true),
          (e: unknown) => this.#fault(e),
        );
      else apply(raw, false);
    } catch (e) {
      this.#fault(e);
    }
  }

  /** Writes the remembered default in the background. */
  #write(id: string | null): void {
    const key = this.#key;
    this.#writing++;
    queueMicrotask(() => {
      this.#writing--;
      try {
        const p = id === null ? this.#adapter.remove(key) : this.#adapter.set(key, encode(id));
        if (isThenable(p)) p.then(undefined, (e: unknown) => this.#fault(e));
      } catch (e) {
        this.#fault(e);
      }
    });
  }

  /** A storage fault: the store goes on in memory; reported once. */
  #fault(e: unknown): void {
    if (this.#storageError) return;
    const cause = e instanceof Error ? e.message : String(e);
    const error: ErrorDetail = { code: 'storage', message: fill(messagesEn.storageFailed, cause), cause };
    this.#storageError = error;
    // A fault while the store is being made: its first snapshot, still to come, carries it.
    if (this.#state as ClidState | undefined) this.#commit();
    queueMicrotask(() => this.#emit('error', error));
  }

  #pick(id: string | null | undefined): ClidNumber | null {
    if (id === null || id === undefined) return null;
    const n = this.#config.byId.get(id);
    return n && this.#config.permitted.has(n) && !isBlocked(n) ? n : null;
  }

  /** Builds the new snapshot and tells subscribers. */
  #commit(): void {
    const c = this.#config;
    const callChoice = this.#pick(this.#call);
    const agentDefault = this.#pick(this.#remembered);
    const accountDefault = this.#pick(c.accountDefault?.id);
    const first = c.fallback;
    const selected = callChoice ?? agentDefault ?? accountDefault ?? first;
    this.#state = Object.freeze({
      numbers: c.numbers,
      selected,
      selectedSource: sourceOf(callChoice, agentDefault, accountDefault, first),
      callChoice,
      agentDefault,
      rememberedDefault: this.#remembered,
      accountDefault,
      locked: c.locked,
      error: first ? this.#storageError : NONE_PERMITTED,
    });
    for (const listener of this.#listeners) listener(this.#state);
  }
}

/**
 * Creates the headless selection store. Throws a {@link ClidConfigError} for an invalid config.
 *
 * @example
 * const store = createClidStore(
 *   {
 *     accountId: 'acme', agentId: 'agent-7',
 *     numbers: [
 *       { id: 'uk', number: '+442079460000', name: 'UK Sales' },
 *       { id: 'us', number: '+14155550100', name: 'US Sales' },
 *     ],
 *     rules: { prefixes: [{ prefix: '+1', number: 'us' }] },
 *   },
 *   { storage: 'local' },
 * );
 * store.addEventListener('call', (e) => console.log(e.detail.clid.name, e.detail.source));
 * await store.placeCall({ destination: '+14155550123' }); // US Sales, prefix-rule
 */
export function createClidStore(config: ClidConfig, options: ClidStoreOptions = {}): ClidStore {
  return new Store(config, options);
}

/** Which of the defaults chose the selection (the first one there wins); `null` when none did. */
function sourceOf(
  callChoice: ClidNumber | null,
  agentDefault: ClidNumber | null,
  accountDefault: ClidNumber | null,
  first: ClidNumber | null,
): ClidState['selectedSource'] {
  if (callChoice) return 'call';
  if (agentDefault) return 'agent-default';
  if (accountDefault) return 'account-default';
  if (first) return 'fallback';
  return null;
}
