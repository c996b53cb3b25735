/**
 * The picker's keyboard (WAI-ARIA APG select-only combobox), part two: the keys of the open list,
 * which the popup acts on (it arrives with the popup's chunk). The closed control's keys are in
 * `closed.ts`.
 * @module
 */
import type { SelectScope } from '../../../store/index.js';
import { isPrintable, type KeyPress } from './closed.js';

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
