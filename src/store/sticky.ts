/**
 * Sticky numbers (domain rule 11): after a call is `answered` or reaches `voicemail`, the account
 * remembers destination → number, through the storage adapter under a key per account (so a
 * server-backed adapter shares it between agents), for `rules.sticky.days`, at most
 * {@link STICKY_LIMIT} destinations (least recent dropped). A later call to the same destination
 * presents that number while it is permitted and neither `flagged` nor `blocked`.
 *
 * Storage never stops a call: a read or write that fails leaves the memory this page holds, and
 * the trace says `sticky:unavailable` when the destination is not in it.
 * @module
 */
import type { ParsedConfig } from './config.js';
import type { StorageAdapter } from './persistence.js';
import { isThenable, matched } from './resolve.js';
import type { Resolution, TraceOutcome, TraceStep } from './types.js';

/** At most this many destinations are remembered per account; the least recent are dropped. */
export const STICKY_LIMIT = 10_000;
/** The memory is read from storage again when it is older than this (another tab or agent may have added to it). */
export const STICKY_REFRESH_MS = 1000;
const DAY_MS = 86_400_000;

/**
 * The clock sticky numbers read. Tests set `now` to move time without waiting; nothing else
 * should (not part of the public API).
 */
export const stickyClock = { now: (): number => Date.now() };

/**
 * The key under which an account's sticky memory is kept: one per account, shared by its agents.
 *
 * @example
 * stickyKey('acme'); // 'clid-picker:sticky:v1:acme'
 */
export const stickyKey = (accountId: string): string => `clid-picker:sticky:v1:${accountId}`;

/** For promises whose failure is already handled (the memory stays as it is). */
const ignore = (): undefined => undefined;

/** Drops a map's first (oldest) entry. */
function dropFirst(map: Map<string, unknown>): void {
  for (const key of map.keys()) {
    map.delete(key);
    return;
  }
}

/** A remembered destination: the number's id, and when its outcome was reported (ms since the epoch). */
type Entry = readonly [id: string, at: number];

/**
 * Reads a stored memory: `[destination, id, at]` triples. Anything unreadable is an empty memory
 * (the next write replaces it).
 */
function decodeMemory(raw: unknown): Map<string, Entry> {
  const map = new Map<string, Entry>();
  try {
    const value = (typeof raw === 'string' ? JSON.parse(raw) : null) as { v?: unknown; e?: unknown } | null;
    if (value?.v !== 1 || !Array.isArray(value.e)) return map;
    for (const item of value.e as unknown[]) {
      if (!Array.isArray(item)) continue;
      const [destination, id, at] = item as unknown[];
      if (typeof destination === 'string' && typeof id === 'string' && typeof at === 'number')
        map.set(destination, [id, at]);
    }
  } catch {
    // not ours, or corrupted: an empty memory
  }
  return map;
}

/**
 * Merges `from` into `into` (the later outcome wins per destination), drops what is older than
 * `days`, and keeps the {@link STICKY_LIMIT} most recent, ordered least recent first.
 */
function merged(into: Map<string, Entry>, from: Map<string, Entry>, days: number): Map<string, Entry> {
  const all = new Map(into);
  for (const [destination, entry] of from) {
    const held = all.get(destination);
    if (!held || held[1] < entry[1]) all.set(destination, entry);
  }
  const since = stickyClock.now() - days * DAY_MS;
  const kept = [...all].filter(([, [, at]]) => at >= since).sort((a, b) => a[1][1] - b[1][1]);
  return new Map(kept.slice(Math.max(0, kept.length - STICKY_LIMIT)));
}

/** How a lookup went when it found nothing to present. */
type Miss = 'none' | 'unavailable' | 'not-loaded';

/** One account's memory: what this page holds, read again from storage when stale. */
class Memory {
  #entries = new Map<string, Entry>();
  /** When the last read began (ms), or -Infinity before the first. */
  #readAt = -Infinity;
  /** The last read failed (storage unavailable). */
  #failed = false;
  /** A read has completed. */
  #loaded = false;
  #pending: Promise<void> | undefined;
  /** A background write is queued. */
  #writing = false;

  constructor(
    readonly adapter: StorageAdapter,
    readonly key: string,
  ) {}

  /**
   * Reads the memory from storage again when it is stale: a synchronous adapter now, an async
   * one in the background. Returns the read under way, if any.
   */
  refresh(): Promise<void> | undefined {
    if (this.#pending || stickyClock.now() - this.#readAt < STICKY_REFRESH_MS) return this.#pending;
    this.#readAt = stickyClock.now();
    let raw: unknown;
    try {
      raw = this.adapter.get(this.key);
    } catch {
      this.#read(undefined, true);
      return undefined;
    }
    if (!isThenable(raw)) {
      this.#read(raw, false);
      return undefined;
    }
    this.#pending = Promise.resolve(raw).then(
      (value) => {
        this.#read(value, false);
      },
      () => {
        this.#read(undefined, true);
      },
    );
    return this.#pending;
  }

  #read(raw: unknown, failed: boolean): void {
    this.#pending = undefined;
    this.#failed = failed;
    if (failed) return;
    this.#loaded = true;
    // What this page recorded stays, whatever storage says (a write of ours may have failed).
    this.#entries = merged(this.#entries, decodeMemory(raw), Infinity);
  }

  /** The entry for `destination` within `days`, or why there is none. */
  get(destination: string, days: number): Entry | Miss {
    const entry = this.#entries.get(destination);
    if (entry && entry[1] >= stickyClock.now() - days * DAY_MS) return entry;
    if (entry) return 'none';
    if (this.#failed) return 'unavailable';
    return this.#loaded ? 'none' : 'not-loaded';
  }

  /**
   * Remembers `destination` → `id` now, here at once and in storage in the background: storage
   * is read again first and merged, so what another tab or agent added meanwhile is kept. Writes
   * asked for in one go are one write.
   */
  record(destination: string, id: string, days: number): void {
    // Most recent last: the first entry is the one the limit drops.
    this.#entries.delete(destination);
    this.#entries.set(destination, [id, stickyClock.now()]);
    if (this.#entries.size > STICKY_LIMIT) dropFirst(this.#entries);
    if (this.#writing) return;
    this.#writing = true;
    queueMicrotask(() => {
      this.#writing = false;
      const write = (raw: unknown): unknown => {
        this.#entries = merged(this.#entries, decodeMemory(raw), days);
        const e = [...this.#entries].map(([d, [n, at]]) => [d, n, at]);
        return this.adapter.set(this.key, JSON.stringify({ v: 1, e }));
      };
      try {
        const raw = this.adapter.get(this.key);
        const done = isThenable(raw) ? Promise.resolve(raw).then(write) : write(raw);
        // A failed write loses nothing here: the entry stays in this page's memory, and the next
        // write that succeeds carries it.
        if (isThenable(done)) Promise.resolve(done).catch(ignore);
      } catch {
        // as above
      }
    });
  }
}

/**
 * The sticky step for one store: the memory of the account in use (the calls it placed are
 * known by `automatic.ts`, which is not loaded lazily).
 */
export class Sticky {
  #memory: Memory | undefined;

  constructor(readonly adapter: StorageAdapter) {}

  /** The memory of `c`'s account (a new one when the account changed). */
  #memoryOf(c: ParsedConfig): Memory {
    const key = stickyKey(c.accountId);
    if (this.#memory?.key !== key) this.#memory = new Memory(this.adapter, key);
    return this.#memory;
  }

  /** With `rules.sticky`, remembers that a call to `destination` from number `id` was answered (or reached voicemail). */
  record(c: ParsedConfig, destination: string, id: string): void {
    if (c.sticky) this.#memoryOf(c).record(destination, id, c.sticky.days);
  }

  /** Before an async resolution: the memory read again when stale (awaited for an async adapter). */
  prepare(c: ParsedConfig): Promise<void> | undefined {
    return c.sticky ? this.#memoryOf(c).refresh() : undefined;
  }

  /**
   * The sticky step: the remembered number for `destination` while permitted and neither flagged
   * nor blocked; else `undefined`, with the reason in the trace (`none`, `not-loaded`,
   * `unavailable`, `not-permitted`, `flagged`, `blocked`; nothing when `rules.sticky` is off).
   */
  step(c: ParsedConfig, destination: string, trace: TraceStep[]): Resolution | undefined {
    // Off: no trace entry, so an account without it traces exactly as before.
    if (!c.sticky) return undefined;
    const memory = this.#memoryOf(c);
    // A synchronous adapter is read here when the memory is stale; an async one in the background.
    memory.refresh()?.catch(ignore);
    const entry = memory.get(destination, c.sticky.days);
    let why: TraceOutcome;
    if (typeof entry === 'string') why = entry;
    else {
      const n = c.byId.get(entry[0]);
      if (!n || !c.permitted.has(n)) why = 'not-permitted';
      else if (n.health === 'blocked' || n.health === 'flagged') why = n.health;
      else return matched(n, 'sticky', trace, { kind: 'sticky', since: new Date(entry[1]).toISOString() });
    }
    trace.push(`sticky:${why}`);
    return undefined;
  }
}
