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

type Steps = typeof import('./automatic-steps.js');
type Sticky = InstanceType<Steps['Sticky']>;

/** How many placed calls a store knows by `callId`, for `reportOutcome`. */
const PLACED_LIMIT = 1000;
const OUTCOMES: readonly CallOutcome[] = ['answered', 'voicemail', 'no-answer', 'busy', 'failed'];

let steps: Steps | undefined;
let loading: Promise<Steps> | undefined;

/**
 * Loads the steps' module (once; again after a failure); resolves with it, or `undefined` when it
 * could not be loaded (the steps are then passed over).
 */
export function loadAutomaticSteps(): Promise<Steps | undefined> {
  loading ??= import('./automatic-steps.js').then((module) => (steps = module));
  return loading.catch(() => {
    loading = undefined;
    return undefined;
  });
}

/** Starts loading the steps' module, for a later call (it never rejects). */
function startLoading(): void {
  loadAutomaticSteps().catch(() => undefined);
}

/** Whether `c` asks for a step after the selector hook. */
const wanted = (c: ParsedConfig): boolean => c.sticky !== null || c.localPresence !== null;

/** One store's side of the automatic steps. */
export class Automatic {
  /** callId → [destination, number id] of the calls this store placed, oldest first. */
  readonly #placed = new Map<string, readonly [string, string]>();
  #sticky: Sticky | undefined;

  constructor(readonly adapter: StorageAdapter) {}

  /** This store's sticky step, once its module is loaded. */
  #stickyOf(module: Steps): Sticky {
    this.#sticky ??= new module.Sticky(this.adapter);
    return this.#sticky;
  }

  /** A config was taken: starts loading the steps it asks for, so that `resolveSync` soon has them. */
  configured(c: ParsedConfig): void {
    if (wanted(c) && !steps) startLoading();
  }

  /** Notes a placed call (so its outcome can be reported), and returns where it goes when known. */
  placed(call: CallDetail): { place: string; timeZones: readonly string[] } | undefined {
    this.#placed.set(call.callId, [call.destination, call.clid.id]);
    if (this.#placed.size > PLACED_LIMIT) {
      const [oldest] = this.#placed.keys();
      this.#placed.delete(oldest);
    }
    const place = steps?.loadedPlaceOf(call.destination);
    return place && { place: place.name, timeZones: place.timeZones };
  }

  /** `store.reportOutcome`: a `TypeError` for an unknown call or outcome. */
  report(read: () => ParsedConfig, callId: string, outcome: CallOutcome): void {
    const call = this.#placed.get(callId);
    if (!call) throw new TypeError(`reportOutcome: ${JSON.stringify(callId)} is not a call this store placed`);
    if (!OUTCOMES.includes(outcome))
      throw new TypeError(`reportOutcome: ${JSON.stringify(outcome)} is not one of ${OUTCOMES.join(', ')}`);
    if (outcome !== 'answered' && outcome !== 'voicemail') return;
    if (steps) this.#stickyOf(steps).record(read(), ...call);
    else
      loadAutomaticSteps()
        .then((module) => {
          if (module) this.#stickyOf(module).record(read(), ...call);
        })
        .catch(() => undefined);
  }

  /**
   * Before an async resolution: the steps' module, the sticky memory (read again when stale) and
   * the place data for `destination`, when `c` asks for them; `undefined` when nothing is to wait
   * for. Never rejects.
   */
  prepare(c: ParsedConfig, destination: string | null): Promise<unknown> | undefined {
    if (!wanted(c)) return undefined;
    if (!steps) return loadAutomaticSteps().then((module) => module && this.prepare(c, destination));
    const sticky = c.sticky ? this.#stickyOf(steps).prepare(c) : undefined;
    const places = steps.prepareLocalPresence(c, destination);
    return sticky || places ? Promise.all([sticky, places]) : undefined;
  }

  /** The steps for `destination`: a resolution, or `undefined` with their trace entries pushed. */
  step(c: ParsedConfig, destination: string, trace: TraceStep[]): Resolution | undefined {
    if (!wanted(c)) return undefined;
    if (!steps) {
      if (c.sticky) trace.push('sticky:not-loaded');
      if (c.localPresence) trace.push('local-presence:not-loaded');
      startLoading();
      return undefined;
    }
    return this.#stickyOf(steps).step(c, destination, trace) ?? steps.localPresenceStep(c, destination, trace);
  }
}
