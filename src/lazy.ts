/**
 * Lazily loaded chunks, and how the elements use them.
 *
 * The first paint carries only what the closed elements show. What runs once the agent opens the
 * picker's list (`picker-popup.ts`), types into or calls from a dialer (`dialer-logic.ts`), and
 * full number handling (`phone/phone-kit.ts`) are chunks of their own, fetched by a dynamic
 * `import()`: the script-tag bundle keeps them next to itself as `clid-<module>-<hash>.js`.
 *
 * Each chunk is fetched once for every element on the page ({@link lazy}); a failed load is
 * tried again at the next call. An element prefetches its part ({@link LazyPart}) when the
 * browser is idle after its first render and on pointer entry or focus, so the part is usually
 * there before the agent needs it. What the agent does before it has arrived is kept, not lost:
 * keys that open the picker are replayed, typing in the dialer is never blocked, and `dial()` or
 * a click-to-dial link waits for it. The element classes' static `loadPopup()` / `loadLogic()`
 * load the part on demand, and a subclass may override them to serve it another way.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Memoises a loader (typically a dynamic `import()`): every call returns the same promise; after
 * a failure, the next call tries again.
 *
 * @example
 * const loadPopup = lazy(() => import('./picker-popup.js'));
 */
export const lazy = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () =>
    (p ??= load().catch((e: unknown) => {
      p = undefined;
      throw e;
    }));
};

/**
 * Runs `f` when the browser is idle, within 2 s at the latest (an idle callback may be starved on
 * a busy page), or soon where there is no `requestIdleCallback`. Returns the function that calls
 * it off (an element removed before then: the pending callback would hold it until it runs).
 *
 * @example
 * const cancel = idle(() => void ClidPicker.loadPopup());
 */
export const idle = (f: () => void): (() => void) => {
  if ((self.requestIdleCallback as typeof requestIdleCallback | undefined) === undefined) {
    const timer = setTimeout(f);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(f, { timeout: 2000 });
  return () => cancelIdleCallback(id);
};

/**
 * One element's lazily loaded part: made (once; again after a failure) from its chunk, and
 * prefetched when the browser is idle after the host's first render and on pointer entry or
 * focus.
 *
 * @example
 * #popup = new LazyPart(this, () => ClidPicker.loadPopup().then((m) => new m.Popup(options)));
 * render() { return this.#popup.part?.render(); }
 */
export class LazyPart<Part> implements ReactiveController {
  /** The part, once it has arrived. */
  part?: Part;
  #loading?: Promise<Part>;
  #prefetched = false;
  /** Calls off the idle prefetch (a removed host must not be held by it). */
  #cancelPrefetch?: () => void;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #make: () => Promise<Part>;

  constructor(host: ReactiveControllerHost & HTMLElement, make: () => Promise<Part>) {
    this.#host = host;
    this.#make = make;
    host.addController(this);
    host.addEventListener('pointerenter', this.#prefetch);
    host.addEventListener('focusin', this.#prefetch);
  }

  /** The load under way or done, if one was started. */
  get loading(): Promise<Part> | undefined {
    return this.#loading;
  }

  /** The part, loading it first if need be (rejects when its chunk cannot be loaded). */
  load = (): Promise<Part> =>
    (this.#loading ??= this.#make().then(
      (part) => {
        this.part = part;
        this.#host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));

  hostUpdated(): void {
    if (this.#prefetched) return;
    this.#prefetched = true;
    this.#cancelPrefetch = idle(this.#prefetch);
  }

  hostDisconnected(): void {
    this.#cancelPrefetch?.();
    // Connected again: the next render prefetches again if the part has not arrived.
    this.#prefetched = !!this.part;
  }

  #prefetch = (): void => {
    this.load().catch(() => {});
  };
}
