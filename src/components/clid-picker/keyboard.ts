/**
 * The picker's keyboard, closed and open (WAI-ARIA APG select-only combobox): which key does what.
 * The picker acts on {@link closedKey}; its popup on {@link openingCommand} and {@link listKey}.
 * @module
 */
import type { SelectScope } from '../../store/index.js';

/** What the picker reads of a key press (a key kept while the popup's chunk loads has no target left). */
export type KeyPress = Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>>;

/** What a key does in the open list. */
export type ListCommand =
  /** Choose the active option for the next call or as the default; `refocus`: back to the control. */
  | { readonly do: 'choose'; readonly scope: SelectScope; readonly refocus: boolean }
  | { readonly do: 'close' }
  | { readonly do: 'clear-default' }
  /** Move the active option by `by` rows (negative: up). */
  | { readonly do: 'move'; readonly by: number }
  | { readonly do: 'first' }
  | { readonly do: 'last' }
  /** Type ahead (move to the next option whose name starts with what was typed). */
  | { readonly do: 'type'; readonly char: string }
  /** Go to the search field of a long list (`/`). */
  | { readonly do: 'search' };

/** PageUp / PageDown step (APG). */
const PAGE = 10;
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE };
/** Keys that open the closed list (besides printable characters, which type ahead). */
const OPENERS = /^(Arrow(Up|Down)|Page(Up|Down)|Home|End|Enter| )$/;

/** A character typed without Ctrl, Meta or Alt. */
const isPrintable = (e: KeyPress): boolean => e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;

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

/**
 * Where a list opened by key `e` starts: Home / End at the first / last option, a printable
 * character types ahead; `undefined`: at the current selection.
 */
export function openingCommand(e?: KeyPress): ListCommand | undefined {
  const key = e?.key ?? '';
  if (key === 'Home') return { do: 'first' };
  if (key === 'End') return { do: 'last' };
  return key.length === 1 && key !== ' ' ? { do: 'type', char: key } : undefined;
}

/**
 * A key in the open list, on the control or (`inSearch`) in the search field; `undefined` when
 * the key is not the list's.
 *
 * @example
 * listKey({ key: 'Enter', shiftKey: true }, false); // { do: 'choose', scope: 'default', refocus: true }
 */
export function listKey(e: KeyPress, inSearch: boolean): ListCommand | undefined {
  const key = e.key;
  if (key === 'Tab') return { do: 'choose', scope: 'call', refocus: false };
  if (key === 'Escape') return { do: 'close' };
  if (key === 'Enter' || (key === ' ' && !inSearch) || (e.altKey && key === 'ArrowUp')) {
    return { do: 'choose', scope: e.shiftKey ? 'default' : 'call', refocus: true };
  }
  if (key === 'Delete' && e.shiftKey) return { do: 'clear-default' };
  if (STEPS[key]) return { do: 'move', by: STEPS[key] };
  if (inSearch) return undefined;
  if (key === 'Home') return { do: 'first' };
  if (key === 'End') return { do: 'last' };
  if (key === '/') return { do: 'search' };
  return isPrintable(e) ? { do: 'type', char: key } : undefined;
}
