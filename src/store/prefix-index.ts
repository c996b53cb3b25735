/**
 * Longest-prefix lookup for prefix rules (domain rule 4.3).
 * @module
 */

/** The destination's leading values, per digit count; reused, never reallocated. */
const scratch = new Float64Array(17);

/** The digits of `value` from index 1 on (after the `+`), as a number: at most 15, so exact. */
function digits(value: string): number {
  let n = 0;
  for (let i = 1; i < value.length; i++) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

/**
 * Maps digit prefixes (`+` and 1 to 15 digits) to rule indices and finds the longest prefix a
 * destination starts with. An open-addressing hash table in typed arrays, keyed by (digit count,
 * digits as a number): building it allocates three arrays, and a lookup computes the
 * destination's leading values once, then probes only the digit counts that exist, longest
 * first. No allocation per lookup, whatever the number of rules.
 *
 * @example
 * const index = new PrefixIndex(2);
 * index.add('+44', 0);
 * index.add('+4420', 1);
 * index.find('+442079460000'); // 1
 * index.find('+33123456789');  // undefined
 */
export class PrefixIndex {
  /** Number of prefixes held. */
  size = 0;
  /** Bit `n` is set when a prefix of `n` digits is held. */
  #counts = 0;
  #shift = 0;
  /** Slot `i` is `[2i]` the digits, `[2i + 1]` (value + 1) × 32 + digit count; 0 when free. */
  #table: Float64Array;

  /** `capacity`: the most prefixes that will be added (the table is sized once, never grown). */
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.#shift = 32 - bits;
    this.#table = new Float64Array(2 << bits);
  }

  /**
   * Adds `value` (an integer ≥ 0) for `prefix` (`+` and digits) unless the prefix is held already;
   * returns the value already held, if any. With `value` undefined it only looks.
   */
  add(prefix: string, value?: number): number | undefined {
    const length = prefix.length - 1;
    const key = digits(prefix);
    const at = this.#slot(key, length);
    const table = this.#table;
    const held = table[at + 1]!;
    if (held) return Math.floor(held / 32) - 1;
    if (value === undefined) return undefined;
    if (++this.size * 4 > table.length) throw RangeError('full');
    table[at] = key;
    table[at + 1] = (value + 1) * 32 + length;
    this.#counts |= 1 << length;
    return undefined;
  }

  /** The value of the longest prefix of `destination` (`+` and digits), or `undefined`. */
  find(destination: string): number | undefined {
    const max = Math.min(destination.length - 1, 15);
    let n = 0;
    for (let i = 1; i <= max; i++) scratch[i] = n = n * 10 + destination.charCodeAt(i) - 48;
    for (let length = max; length > 0; length--) {
      if (!(this.#counts & (1 << length))) continue;
      const meta = this.#table[this.#slot(scratch[length]!, length) + 1]!;
      if (meta) return Math.floor(meta / 32) - 1;
    }
    return undefined;
  }

  /** The index of the slot holding (key, length), or of the free slot where it would go. */
  #slot(key: number, length: number): number {
    const table = this.#table;
    const mask = table.length - 1;
    let at = (Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b) ^ length, 0x9e3779b1) >>> this.#shift) * 2;
    for (let meta = table[at + 1]!; meta && (table[at] !== key || meta % 32 !== length); meta = table[at + 1]!) at = (at + 2) & mask;
    return at;
  }
}
