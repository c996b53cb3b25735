/**
 * {@link PhoneKit.parse}'s answer (E.164, which always starts with `+`, or a problem word) as a
 * discriminated union, so that callers test `valid` instead of the answer's first character.
 * @module
 */
import type { ParsedNumber, PhoneKit, PhoneProblem } from './types.js';

/**
 * Reads `text` (typed in `region`) with `kit`.
 *
 * @example
 * readNumber(kit, '020 7946 0000', 'GB'); // { valid: true, e164: '+442079460000' }
 * readNumber(kit, '020 7946 0000');       // { valid: false, problem: 'needs-country' }
 */
export function readNumber(kit: PhoneKit, text: string, region?: string): ParsedNumber {
  const answer = kit.parse(text, region);
  if (answer.startsWith('+')) return { valid: true, e164: answer };
  return { valid: false, problem: answer as PhoneProblem };
}
