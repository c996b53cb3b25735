/**
 * The clock the dialer's time-dependent texts read (the local time where a call goes, a sticky
 * number's day): a seam for tests, which set a fixed `now` and fire the minute timers themselves.
 * @module
 */

/**
 * The dialers' clock.
 *
 * @example
 * clock.now = () => Date.UTC(2026, 11, 3, 15, 42); // 7:42 AM in San Francisco
 */
export const clock = {
  now: (): number => Date.now(),
  setTimeout: (f: () => void, ms: number): unknown => setTimeout(f, ms),
  clearTimeout: (timer: unknown): void => {
    clearTimeout(timer as ReturnType<typeof setTimeout>);
  },
};
