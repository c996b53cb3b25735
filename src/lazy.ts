/**
 * Helpers for the lazily loaded chunks (the picker's popup, the dialer's logic, the phone kit).
 * @module
 */

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
    (p ??= load().catch((e) => {
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
