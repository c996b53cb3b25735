import { createClidStore, memoryStorage, type ClidConfig, type ClidStoreOptions, type StorageAdapter } from '../../src/store/index.js';

/** Three account numbers in our shape, one with analytics fields. */
export const UK = { id: 'uk', number: '+442079460000', name: 'UK Sales', language: 'en-GB', analyticsProfile: 'sales-uk' };
export const US = { id: 'us', number: '+14155550100', name: 'US Sales' };
export const FR = { id: 'fr', number: '+33142868200', name: 'Paris' };

export const base = (extra: Partial<ClidConfig> = {}): ClidConfig => ({
  accountId: 'acme',
  agentId: 'a7',
  numbers: [UK, US, FR],
  ...extra,
});

/** A store on memory storage unless told otherwise. */
export const make = (extra: Partial<ClidConfig> = {}, options: ClidStoreOptions = {}) =>
  createClidStore(base(extra), { storage: memoryStorage(), ...options });

/** Records the details of every event of the given types. */
export function record(target: EventTarget, ...types: string[]): Array<{ type: string; detail: any; cancelable: boolean }> {
  const seen: Array<{ type: string; detail: any; cancelable: boolean }> = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail, cancelable: e.cancelable }));
  return seen;
}

/** Lets queued microtasks (background writes, async reads) run. */
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

export const KEY = 'clid-picker:v1:acme:a7';
