/**
 * Where the agent default is remembered (domain rule 2): `localStorage` (default),
 * `sessionStorage`, memory, or any sync/async adapter. Records are versioned JSON.
 * @module
 */

/**
 * A storage adapter. Each method may be synchronous or return a promise; any of them may throw.
 * Values are JSON text. A synchronous `get` is read while the store is created.
 *
 * @example
 * const adapter: StorageAdapter = {
 *   get: (key) => fetch(`/prefs/${key}`).then((r) => (r.ok ? r.text() : null)),
 *   set: (key, value) => fetch(`/prefs/${key}`, { method: 'PUT', body: value }),
 *   remove: (key) => fetch(`/prefs/${key}`, { method: 'DELETE' }),
 * };
 */
export interface StorageAdapter {
  get(key: string): string | null | undefined | PromiseLike<string | null | undefined>;
  set(key: string, value: string): unknown;
  remove(key: string): unknown;
}

/** The `storage` option of `createClidStore`. */
export type StorageOption = 'local' | 'session' | 'memory' | StorageAdapter;

/** An opened storage: the adapter, and the Web Storage behind it (for cross-tab events). */
export interface OpenedStorage {
  readonly adapter: StorageAdapter;
  readonly web: Storage | null;
}

/**
 * The key under which an agent's default is remembered.
 *
 * @example
 * storageKey('acme', 'agent-7'); // 'clid-picker:v1:acme:agent-7'
 */
export const storageKey = (accountId: string, agentId: string): string => `clid-picker:v1:${accountId}:${agentId}`;

/**
 * An adapter that keeps values in a `Map` (this page only).
 *
 * @example
 * createClidStore(config, { storage: memoryStorage() });
 */
export function memoryStorage(): StorageAdapter {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => {
      map.set(key, value);
    },
    remove: (key) => {
      map.delete(key);
    },
  };
}

/**
 * Opens the storage named by `option`. Web Storage that throws on access (a sandboxed iframe)
 * calls `fault` and falls back to memory; where there is none (Node, workers), memory is used.
 *
 * @example
 * const { adapter } = openStorage('session', console.warn);
 */
export function openStorage(option: StorageOption | null | undefined, fault: (error: unknown) => void): OpenedStorage {
  if (typeof option === 'object' && option) return { adapter: option, web: null };
  if (option !== 'memory') {
    try {
      const web = (globalThis as unknown as Record<string, Storage | undefined>)[`${option ?? 'local'}Storage`];
      if (web) {
        return {
          adapter: {
            get: (key) => web.getItem(key),
            set: (key, value) => web.setItem(key, value),
            remove: (key) => web.removeItem(key),
          },
          web,
        };
      }
    } catch (error) {
      fault(error);
    }
  }
  return { adapter: memoryStorage(), web: null };
}

/**
 * Encodes a remembered default as the current record version.
 *
 * @example
 * encode('uk'); // '{"v":1,"default":"uk"}'
 */
export const encode = (id: string): string => JSON.stringify({ v: 1, default: id });

/**
 * Decodes a stored value: the remembered id, `null` when nothing (or a newer version we cannot
 * read) is stored, `undefined` when the value is corrupted or not ours. Migrates the versions
 * before 1: a bare JSON string id, or `{ default }` without `v`.
 *
 * @example
 * decode('{"v":1,"default":"uk"}'); // 'uk'
 * decode('"uk"');                   // 'uk' (version 0)
 * decode('{not json');              // undefined
 */
export function decode(raw: unknown): string | null | undefined {
  try {
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value;
    const { v, default: id } = value as { v?: unknown; default?: unknown };
    if ((v as number) > 1) return null;
    // Version 1 may hold null (no default); the unversioned record only an id.
    if (typeof id === 'string' ? v === 1 || v === undefined : v === 1 && id === null) return id as string | null;
  } catch {
    // corrupted: not ours
  }
  return undefined;
}
