/**
 * The dialer's phone kit, held in one place: loaded once (on the first focus, typing or `dial()`),
 * read by the dialer's logic once it has arrived.
 * @module
 */
import type { PhoneKit } from '../../phone/types.js';

/**
 * One dialer's phone kit: loaded once by `load` (the dialer's replaceable `phoneKit` loader).
 *
 * @example
 * const kit = new DialerKit(() => loadPhoneKit({ metadata: 'on-demand' }));
 * (await kit.load())?.parse('+44 20 7946 0000'); // '+442079460000'
 */
export class DialerKit {
  /** The kit once it has arrived; `null` when it could not be loaded. */
  kit?: PhoneKit | null;
  /** The load under way or done, once started (by a focus, typing or `dial()`). */
  loading?: Promise<PhoneKit | null>;
  readonly #load: () => Promise<PhoneKit>;

  constructor(load: () => Promise<PhoneKit>) {
    this.#load = load;
  }

  /** The kit (`null`: it cannot be loaded), loading it first (once) if need be. */
  load(): Promise<PhoneKit | null> {
    this.loading ??= this.#load().then(
      (kit) => (this.kit = kit),
      () => (this.kit = null),
    );
    return this.loading;
  }
}
