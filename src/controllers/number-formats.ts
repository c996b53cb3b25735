/**
 * Numbers in their country's own grouping: a light rule shows them until their calling codes'
 * formats are here (`phone/format.ts`). This controller renders its host again as formats arrive,
 * and fetches those of the host's numbers (if it names any) when the page is idle, again when the
 * numbers change. A failed load keeps the light rule; a removed host is let go at once.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idle } from '../lazy.js';
import { loadFormats, onFormatsChange } from '../phone/format.js';
import type { ClidNumber } from '../store/index.js';

/** Keeps a host's numbers formatted as their countries format them. */
export class NumberFormats implements ReactiveController {
  /** The numbers whose formats were asked for. */
  #requested?: readonly ClidNumber[];
  #stopWatching?: () => void;
  #cancelPrefetch?: () => void;
  /** A removed host may still render (letting go of its store): it schedules nothing then. */
  #connected = false;

  readonly #host: ReactiveControllerHost;
  readonly #numbers: () => readonly ClidNumber[] | undefined;

  constructor(host: ReactiveControllerHost, numbers: () => readonly ClidNumber[] | undefined = () => undefined) {
    this.#host = host;
    this.#numbers = numbers;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#stopWatching = onFormatsChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopWatching?.();
    this.#cancelPrefetch?.();
    this.#requested = undefined;
  }

  hostUpdated(): void {
    const numbers = this.#numbers();
    if (!numbers || numbers === this.#requested || !this.#connected) return;
    this.#requested = numbers;
    // Only the latest numbers are fetched: an earlier prefetch still waiting is called off, so
    // that every one pending can be cancelled when the host is removed.
    this.#cancelPrefetch?.();
    // The closures below keep only the numbers' text: a load still on its way when the host is
    // removed (a chunk can take seconds on a busy machine) must not hold its store's numbers.
    const e164s = numbers.map((n) => n.number);
    this.#cancelPrefetch = idle(() => {
      loadFormats(e164s).catch(() => {});
    });
  }
}
