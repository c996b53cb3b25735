/**
 * Longest-prefix lookup for prefix rules (domain rule 4.3).
 * @module
 */

/**
 * The key of the first `length` digits of `value` (after its `+`): the number that `1` followed by
 * those digits writes. Unique per digit count as well as per digits, and exact (at most 16 digits);
 * the key of one digit fewer is `Math.floor(key / 10)`.
 */
function keyOf(value: string, length: number): number {
  let key = 1;
  for (let i = 1; i <= length; i++) key = key * 10 + value.charCodeAt(i) - 48;
  return key;
}

/**
 * Maps digit prefixes (`+` and 1 to 15 digits) to rule indices and finds the longest prefix a
 * destination starts with. Keyed by numbers, not strings: a lookup computes the destination's key
 * once, then probes only the digit counts that are held, longest first, dropping a digit by a
 * division. No string is built per lookup, whatever the number of rules.
 *
 * @example
 * const index = new PrefixIndex();
 * index.add('+44', 0);
 * index.add('+4420', 1);
 * index.find('+442079460000'); // 1
 * index.find('+33123456789');  // undefined
 */
export class PrefixIndex {
  /** Key of the prefix → its value. */
  readonly #values = new Map<number, number>();
  /** Bit `n` is set when a prefix of `n` digits is held. */
  #lengths = 0;

  /**
   * @param _capacity no longer used (the index grows as prefixes are added); still accepted, so
   *   code written for the earlier, presized index keeps compiling.
   */
  // Kept for its signature alone (public API): an empty constructor is what that takes.
  // eslint-disable-next-line @typescript-eslint/no-useless-constructor, @typescript-eslint/no-empty-function
  constructor(_capacity?: number) {}

  /** Number of prefixes held. */
  get size(): number {
    return this.#values.size;
  }

  /**
   * Adds `value` (an integer ≥ 0) for `prefix` (`+` and digits) unless the prefix is held already;
   * returns the value already held, if any. With `value` undefined it only looks.
   */
  add(prefix: string, value?: number): number | undefined {
    const key = keyOf(prefix, prefix.length - 1);
    const held = this.#values.get(key);
    if (held === undefined && value !== undefined) {
      this.#values.set(key, value);
      this.#lengths |= 1 << (prefix.length - 1);
    }
    return held;
  }

  /** The value of the longest prefix of `destination` (`+` and digits), or `undefined`. */
  find(destination: string): number | undefined {
    let length = Math.min(destination.length - 1, 15);
    for (let key = keyOf(destination, length); length > 0; length--, key = Math.floor(key / 10)) {
      const value = this.#lengths & (1 << length) ? this.#values.get(key) : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  }
}
