/**
 * The sticky and local-presence steps (domain rules 11 and 12), in one module that
 * `automatic.ts` imports with a dynamic `import()` when a config asks for either: an account
 * that uses neither never downloads them, and the store entry and the first paint stay small.
 * @module
 */
import type { ParsedConfig } from './config.js';
import { loadedPlaceOf, localPresenceStep, prepareLocalPresence } from './local-presence.js';
import type { StorageAdapter } from './persistence.js';
import { Sticky } from './sticky.js';
import type { Resolution, TraceStep } from './types.js';

/** One store's automatic steps: its sticky memory, and local presence. */
export class Steps {
  readonly #sticky: Sticky;

  constructor(adapter: StorageAdapter) {
    this.#sticky = new Sticky(adapter);
  }

  /** With `rules.sticky`, remembers that a call to `destination` from number `id` was answered (or reached voicemail). */
  record(c: ParsedConfig, destination: string, id: string): void {
    this.#sticky.record(c, destination, id);
  }

  /** Before an async resolution: the sticky memory (read again when stale) and the place data. Never rejects. */
  prepare(c: ParsedConfig, destination: string | null): Promise<unknown> | undefined {
    const sticky = this.#sticky.prepare(c);
    const places = prepareLocalPresence(c, destination);
    return sticky || places ? Promise.all([sticky, places]) : undefined;
  }

  /** Sticky, then local presence: a resolution, or `undefined` with their trace entries pushed. */
  step(c: ParsedConfig, destination: string, trace: TraceStep[]): Resolution | undefined {
    return this.#sticky.step(c, destination, trace) ?? localPresenceStep(c, destination, trace);
  }

  /** Where `destination` is, from place data already loaded. */
  placeOf = loadedPlaceOf;
}
