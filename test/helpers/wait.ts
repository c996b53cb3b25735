/**
 * Waiting on a condition, without leaving anything behind.
 *
 * `waitUntil` of `@open-wc/testing` never clears its overall timeout: after it has resolved, its
 * timer still holds the predicate (and whatever the predicate reads, such as a removed element)
 * for `timeout` ms (1 s by default). A memory test that counts what the page has collected then
 * depends on how soon it counts. {@link waitFor} clears both of its timers as soon as it settles.
 */

/** Resolves once `predicate` returns something truthy (polled every `interval` ms); rejects after `timeout` ms. */
export function waitFor(
  predicate: () => unknown,
  message = 'the condition was not met',
  { interval = 20, timeout = 5000 }: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    let poll: ReturnType<typeof setTimeout> | undefined;
    const deadline = setTimeout(() => {
      clearTimeout(poll);
      reject(new Error(`Timeout after ${String(timeout)} ms: ${message}`));
    }, timeout);
    const check = (): void => {
      let met: unknown;
      try {
        met = predicate();
      } catch (error) {
        clearTimeout(deadline);
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (met) {
        clearTimeout(deadline);
        resolve();
      } else poll = setTimeout(check, interval);
    };
    check();
  });
}
