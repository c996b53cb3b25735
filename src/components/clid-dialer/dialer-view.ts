/**
 * What the dialer renders, and what its logic reads: the seam between `<clid-dialer>` (first
 * paint) and its lazily loaded logic (`dialer-logic.ts`). The status line and the waiting state
 * are written here once, for both sides: before the logic arrives the dialer shows
 * {@link viewBeforeLogic}; then the logic's own view.
 * @module
 */
import type { ClidStrings } from '../../strings.js';
import type { PickerPresentation } from '../clid-picker/face.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import type { PreviewInput, StatusKind } from './preview.js';

/** What the dialer has now, as its logic reads it. */
export interface DialerInput extends Omit<PreviewInput, 'kit' | 'dialed' | 'busy'> {
  readonly disabled: boolean;
  /** Show a "too short" destination as an error (after blur or a call attempt). */
  readonly touched: boolean;
  /** `config-src` is loading. */
  readonly loading: boolean;
  readonly strings: DialerStrings & ClidStrings;
  /** The agent's language (the nearest `lang`): dates and times are written in it. */
  readonly lang: string;
  /** The `calling-hours` attribute, as written (`"08:00-21:00"`). */
  readonly callingHours?: string;
}

/** What the dialer renders. */
export interface DialerView {
  /** The status line: the preview, why the destination is not valid, "Checking number…", or nothing. */
  readonly status: string;
  /** How the status line reads (none: neutral). */
  readonly statusKind?: StatusKind;
  /** The rejection or error of the last call (`''`: none). */
  readonly message: string;
  /** Nothing to place yet: disabled, a call in flight, or the destination still being checked. */
  readonly waiting: boolean;
  /** A call is being placed. */
  readonly busy: boolean;
  /** The last call was refused (a rejection or error is shown). */
  readonly refused: boolean;
  /** What the embedded picker shows; `undefined`: its own selection. */
  readonly presentation?: PickerPresentation;
  /** Where the call goes and the time there ("San Francisco, CA · 7:42 AM"; `''`: unknown or no destination). */
  readonly where: string;
  /** The warning that a call now falls outside the calling hours (`''`: none). */
  readonly outsideHours: string;
}

/**
 * The status line: nothing or "Loading…" before the config, nothing for an empty field, else what
 * `preview` says of the destination.
 */
export function statusLine(input: DialerInput, preview: () => [string, StatusKind?]): [string, StatusKind?] {
  if (!input.state) return [input.loading ? input.strings.loading : ''];
  if (!input.destination.trim()) return [''];
  return preview();
}

/** Nothing to place yet: disabled, a call in flight, or a destination still being checked (`pending`). */
export function isWaiting(input: DialerInput, busy: boolean, pending: boolean): boolean {
  return input.disabled || busy || (pending && input.destination.trim() !== '');
}

/** What the dialer shows before its logic has arrived: what was typed is still being checked. */
export function viewBeforeLogic(input: DialerInput): DialerView {
  const [status] = statusLine(input, () => [input.strings.checking]);
  return {
    status,
    message: '',
    waiting: isWaiting(input, false, true),
    busy: false,
    refused: false,
    where: '',
    outsideHours: '',
  };
}
