/**
 * The automatic steps after the selector hook, sticky then local presence (domain rules 11 and
 * 12), as the store sees them: the calls it placed (for `reportOutcome`) are kept here; the steps
 * themselves are loaded lazily (`automatic-steps.ts`) once a config asks for one. Until they have
 * arrived, `resolveSync` passes over them (`sticky:not-loaded`, `local-presence:not-loaded` in
 * the trace), `resolve` waits for them, and reported outcomes wait too.
 * @module
 */
import type { ParsedConfig } from './config.js';
import type { StorageAdapter } from './persistence.js';
import type { CallDetail, CallOutcome, Resolution, TraceStep } from './types.js';

type Module = typeof import('./automatic-steps.js');
type Steps = InstanceType<Module['Steps']>;

/** How many placed calls a store knows by `callId`, for `reportOutcome`. */
const PLACED_LIMIT = 1000;
const OUTCOMES: readonly CallOutcome[] = ['answered', 'voicemail', 'no-answer', 'busy', 'failed'];

let loaded: Module | undefined;
let loading: Promise<Module | undefined> | undefined;

/**
 * Loads the steps' module (once; again after a failure); resolves with it, or `undefined` when it
 * could not be loaded (the steps are then passed over). Never rejects.
 */
export function loadAutomaticSteps(): Promise<Module | undefined> {
  loading ??= import('./automatic-steps.js').then(
    (module) => (loaded = module),
    () => (loading = undefined),
  );
  return loading;
}

/** Starts loading the steps' module for a later call; `then` runs once it is in (if it comes). */
function start(then?: () => void): void {
  loadAutomaticSteps()
    .then(then)
    .catch(() => undefined);
}

/** Whether `c` asks for a step after the selector hook. */
const wanted = (c: ParsedConfig): boolean => c.sticky !== null || c.localPresence !== null;

/** One store's side of the automatic steps. */
export class Automatic {
  /** callId → [destination, number id] of the calls this store placed, oldest first. */
  readonly #placed = new Map<string, readonly [string, string]>();
  #steps: Steps | undefined;

  constructor(readonly adapter: StorageAdapter) {}

  /** This store's steps, once their module is loaded. */
  #ready(): Steps | undefined {
    if (loaded) this.#steps ??= new loaded.Steps(this.adapter);
    return this.#steps;
  }

  /** A config was taken: starts loading the steps it asks for, so that `resolveSync` soon has them. */
  configured(c: ParsedConfig): void {
    if (wanted(c)) start();
  }

  /** Notes a placed call (so its outcome can be reported); returns where it goes, when known. */
  placed(call: CallDetail): { place: string; timeZones: readonly string[] } | undefined {
    this.#placed.set(call.callId, [call.destination, call.clid.id]);
    if (this.#placed.size > PLACED_LIMIT) {
      const [oldest] = this.#placed.keys();
      this.#placed.delete(oldest);
    }
    const place = this.#ready()?.placeOf(call.destination);
    return place && { place: place.name, timeZones: place.timeZones };
  }

  /** `store.reportOutcome`: a `TypeError` for an unknown call or outcome. */
  report(read: () => ParsedConfig, callId: string, outcome: CallOutcome): void {
    const call = this.#placed.get(callId);
    if (!call) throw new TypeError(`reportOutcome: ${JSON.stringify(callId)} is not a call this store placed`);
    if (!OUTCOMES.includes(outcome))
      throw new TypeError(`reportOutcome: ${JSON.stringify(outcome)} is not one of ${OUTCOMES.join(', ')}`);
    if (outcome !== 'answered' && outcome !== 'voicemail') return;
    const record = (): void => this.#ready()?.record(read(), ...call);
    if (loaded) record();
    else start(record);
  }

  /** Before an async resolution: what the steps need (module, memory, place data); `undefined` when nothing. */
  prepare(c: ParsedConfig, destination: string | null): Promise<unknown> | undefined {
    if (!wanted(c)) return undefined;
    if (loaded) return this.#ready()?.prepare(c, destination);
    return loadAutomaticSteps().then(() => this.#ready()?.prepare(c, destination));
  }

  /** The steps for `destination`: a resolution, or `undefined` with their trace entries pushed. */
  step(c: ParsedConfig, destination: string, trace: TraceStep[]): Resolution | undefined {
    if (!wanted(c)) return undefined;
    const steps = this.#ready();
    if (steps) return steps.step(c, destination, trace);
    if (c.sticky) trace.push('sticky:not-loaded');
    if (c.localPresence) trace.push('local-presence:not-loaded');
    start();
    return undefined;
  }
}
