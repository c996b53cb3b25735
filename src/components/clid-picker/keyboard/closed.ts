/**
 * The picker's keyboard (WAI-ARIA APG select-only combobox), part one: the keys of the closed
 * control, which the picker acts on from its first paint. The open list's keys are in
 * `open.ts`, which arrives with the popup's chunk.
 * @module
 */

/** What the picker reads of a key press (a key kept while the popup's chunk loads has no target left). */
export type KeyPress = Pick<KeyboardEvent, 'key'> &
  Partial<Pick<KeyboardEvent, 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>>;

/** Keys that open the closed list (besides printable characters, which type ahead). */
const OPENERS = /^(Arrow(Up|Down)|Page(Up|Down)|Home|End|Enter| )$/;

/** A character typed without Ctrl, Meta or Alt. */
export const isPrintable = (e: KeyPress): boolean => e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;

/**
 * A key on the closed control: `open` the list, `cancel` an opening that still waits for the
 * popup, or nothing. Shift+Delete counts only while an opening waits (it then clears the default
 * in the list that opens).
 *
 * @example
 * closedKey({ key: 'ArrowDown' }, false); // 'open'
 */
export function closedKey(e: KeyPress, opening: boolean): 'open' | 'cancel' | undefined {
  const key = e.key;
  if (key === 'Escape' || key === 'Tab') return 'cancel';
  if (OPENERS.test(key) || isPrintable(e) || (opening && key === 'Delete' && e.shiftKey)) return 'open';
  return undefined;
}
