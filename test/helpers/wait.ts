/**
 * Waiting on a condition, without leaving anything behind, and without racing the machine.
 *
 * Its timeout only detects a hang: it is never what the test expects. `waitUntil` of
 * `@open-wc/testing` gives up after 1 s unless told otherwise, and a lazy chunk, a config fetch or
 * an idle prefetch (whose own fallback is 2 s) can take longer than that on a loaded CI machine
 * running three browsers beside a CPU-bound process: the test then fails on timing, not on
 * behaviour. {@link waitFor} waits 20 s by default, under the tests' 30 s timeout
 * (web-test-runner.config.mjs), so that a real hang still fails with the message saying what
 * never happened.
 *
 * `waitUntil` of `@open-wc/testing` never clears its overall timeout: after it has resolved, its
 * timer still holds the predicate (and whatever the predicate reads, such as a removed element)
 * for `timeout` ms (1 s by default). A memory test that counts what the page has collected then
 * depends on how soon it counts. {@link waitFor} clears both of its timers as soon as it settles.
 */

/** How long {@link waitFor} waits before it calls the wait a hang (ms). */
const HANG_MS = 20_000;

/**
 * Resolves once `predicate` returns something truthy (polled every `interval` ms); rejects after
 * `timeout` ms (a hang detector: {@link HANG_MS} unless told otherwise).
 */
export function waitFor(
  predicate: () => unknown,
  message = 'the condition was not met',
  { interval = 20, timeout = HANG_MS }: { interval?: number; timeout?: number } = {},
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
