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

  readonly #host: ReactiveControllerHost;
  readonly #numbers: () => readonly ClidNumber[] | undefined;

  constructor(host: ReactiveControllerHost, numbers: () => readonly ClidNumber[] | undefined = () => undefined) {
    this.#host = host;
    this.#numbers = numbers;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopWatching = onFormatsChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#cancelPrefetch?.();
    this.#requested = undefined;
  }

  hostUpdated(): void {
    const numbers = this.#numbers();
    if (!numbers || numbers === this.#requested) return;
    this.#requested = numbers;
    this.#cancelPrefetch = idle(() => {
      loadFormats(numbers.map((n) => n.number)).catch(() => {});
    });
  }
}
