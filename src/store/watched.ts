/**
 * `Watched`: an `EventTarget` that knows whether anyone listens to it, so the store holds a global
 * listener only while someone is there to hear what it brings (contract.md, "Lifecycle").
 * @module
 */

type Listener = EventListenerOrEventListenerObject;

/**
 * Counts the event listeners added to it (an `EventTarget`'s own list cannot be read) and the
 * subscribers its subclass reports with {@link Watched.watch}; calls {@link Watched.watched} with
 * `true` when the first arrives and `false` when the last goes. A listener added twice counts once,
 * as the `EventTarget` keeps it once; a `once` listener stops counting after the event it heard;
 * one added with a `signal` stops counting when the signal aborts.
 *
 * @example
 * class Ticker extends Watched {
 *   protected watched(on: boolean): void { on ? start() : stop(); }
 * }
 */
export abstract class Watched extends EventTarget {
  /** Listeners by `type` and capture flag, each with whether it was added `once`. */
  readonly #heard = new Map<string, Map<Listener, boolean>>();
  #watchers = 0;

  /** Called when the first watcher arrives (`true`) and when the last one goes (`false`). */
  protected abstract watched(on: boolean): void;

  /** Counts a watcher in (`1`) or out (`-1`): e.g. a subscriber. */
  protected watch(change: 1 | -1): void {
    const wasWatched = this.#watchers > 0;
    this.#watchers += change;
    const isWatched = this.#watchers > 0;
    if (isWatched !== wasWatched) this.watched(isWatched);
  }

  override addEventListener(
    type: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
    const { capture, once, signal }: AddEventListenerOptions =
      typeof options === 'object' ? options : { capture: options };
    const heard = this.#heardFor(type, capture);
    if (!listener || signal?.aborted || heard.has(listener)) return;
    heard.set(listener, !!once);
    signal?.addEventListener('abort', () => this.removeEventListener(type, listener, capture));
    this.watch(1);
  }

  override removeEventListener(
    type: string,
    listener: Listener | null,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
    const capture = typeof options === 'object' ? options.capture : options;
    if (listener && this.#heardFor(type, capture).delete(listener)) this.watch(-1);
  }

  override dispatchEvent(event: Event): boolean {
    const result = super.dispatchEvent(event);
    for (const capture of [false, true]) {
      for (const [listener, once] of this.#heardFor(event.type, capture))
        if (once) this.removeEventListener(event.type, listener, capture);
    }
    return result;
  }

  /** The listeners heard for `type` in the capture phase (`capture` truthy) or the bubble phase. */
  #heardFor(type: string, capture: unknown): Map<Listener, boolean> {
    const key = `${type} ${!!capture}`;
    let heard = this.#heard.get(key);
    if (!heard) {
      heard = new Map();
      this.#heard.set(key, heard);
    }
    return heard;
  }
}
