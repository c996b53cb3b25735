/**
 * Sample configs and stores for the tests, in one place: the store's small account, the account
 * with rules of every kind (dialer), the bridge's account, and the stories' configs.
 */
import {
  createClidStore,
  memoryStorage,
  type ClidConfig,
  type ClidStoreOptions,
  type StorageAdapter,
} from '../../src/store/index.js';
import { bridgeAccount, withRules } from '../../stories/shared.js';

export { empty, locked, many, one, restricted, several, unnamed } from '../../stories/shared.js';

/** Three account numbers in our shape, one with analytics fields. */
export const UK = {
  id: 'uk',
  number: '+442079460000',
  name: 'UK Sales',
  language: 'en-GB',
  analyticsProfile: 'sales-uk',
};
export const US = { id: 'us', number: '+14155550100', name: 'US Sales' };
export const FR = { id: 'fr', number: '+33142868200', name: 'Paris' };

/** Numbers in several places, for local presence: California, New York, Ontario, Manchester. */
export const SF = { id: 'sf', number: '+14155550100', name: 'San Francisco' };
export const LA = { id: 'la', number: '+12135550100', name: 'Los Angeles' };
export const NY = { id: 'ny', number: '+12125550100', name: 'New York' };
export const TO = { id: 'to', number: '+14165550100', name: 'Toronto' };
export const MAN = { id: 'man', number: '+441615550100', name: 'Manchester' };

/** The store tests' account (UK, US, FR; no rules), with `extra` on top. */
export const base = (extra: Partial<ClidConfig> = {}): ClidConfig => ({
  accountId: 'acme',
  agentId: 'a7',
  numbers: [UK, US, FR],
  ...extra,
});

/** Where the store tests' account keeps the agent default. */
export const KEY = 'clid-picker:v1:acme:a7';

/** A French number: no rule of {@link CONFIG} covers it, so the defaults decide. */
export const PARIS = '+33 1 42 68 53 00';

/** An account with rules of every kind; `de` is an account number this agent may not present. */
export const CONFIG: ClidConfig = withRules;

/** The bridge tests' account: no ids of account or agent, one prefix rule, `de` not permitted. */
export const BRIDGE_CONFIG: ClidConfig = bridgeAccount;

/** A store on `config` (default {@link CONFIG}) that remembers in memory unless `options` say otherwise. */
export const makeStore = (config: ClidConfig = CONFIG, options: ClidStoreOptions = {}) =>
  createClidStore(config, { storage: memoryStorage(), ...options });

/** Records the details of every event of the given types. */
export function record(target: EventTarget, ...types: string[]): { type: string; detail: any; cancelable: boolean }[] {
  const seen: { type: string; detail: any; cancelable: boolean }[] = [];
  for (const type of types)
    target.addEventListener(type, (e) =>
      seen.push({ type, detail: (e as CustomEvent).detail, cancelable: e.cancelable }),
    );
  return seen;
}

/**
 * Lets the store's queued microtasks (background writes, async reads) run: a task queued now
 * runs after every microtask queued before it. Not a timed wait.
 */
export const settle = () => new Promise<void>((done) => setTimeout(done, 0));

/** A memory adapter that can be told to fail, and logs what is written. */
export function faultyStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const state = { failGet: false, failSet: false, writes: 0 };
  const adapter: StorageAdapter & { map: Map<string, string>; state: typeof state } = {
    map,
    state,
    get(key) {
      if (state.failGet) throw new DOMException('denied', 'SecurityError');
      return map.get(key) ?? null;
    },
    set(key, value) {
      if (state.failSet) throw new DOMException('full', 'QuotaExceededError');
      state.writes++;
      map.set(key, value);
    },
    remove(key) {
      if (state.failSet) throw new DOMException('full', 'QuotaExceededError');
      map.delete(key);
    },
  };
  return adapter;
}
