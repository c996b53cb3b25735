/**
 * What every copy of the library on one page shares (the script-tag drop-in twice, or the drop-in
 * and an npm build): one object under a global symbol, so that copies of any version find each
 * other's dialers and install the click-to-dial listener only once. Its shape is a contract
 * between copies: extend it, never rename or retype a field.
 * @module
 */

/** The page-wide state shared by every copy. */
export interface SharedState {
  /** Tag names of the dialers connected so far, of every copy (click-to-dial looks them up). */
  dialers: Set<string>;
  /** Set while a copy listens for clicks on click-to-dial links. */
  listening?: boolean;
  /** Dialers of every copy connected now; the listener goes with the last one. */
  connected?: number;
  /** The click listener that is installed, so the copy whose dialer goes last can remove it. */
  onClick?: (e: Event) => void;
}

const key = Symbol.for('clid-picker.shared.v1');

/** This page's shared state (created by the first copy that needs it). */
export const shared: SharedState = ((globalThis as Partial<Record<symbol, SharedState>>)[key] ??= {
  dialers: new Set(),
});

/** A selector for every dialer tag name seen on the page (`clid-dialer` when none has connected yet). */
export const dialerSelector = (): string => [...shared.dialers].join(',') || 'clid-dialer';
