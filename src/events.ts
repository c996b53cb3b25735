/**
 * Typed DOM events of the elements. Each bubbles and is composed (it crosses shadow roots), and
 * carries the same detail as the store event of the same name without the `clid-` prefix.
 *
 * An element dispatches these only for what happened through it (an agent's gesture on it, or a
 * method called on it); the store's own events report everything.
 *
 * @example
 * picker.addEventListener('clid-change', (e) => {
 *   if (!confirm(`Present ${e.detail.clid?.name}?`)) e.preventDefault(); // keeps the old selection
 * });
 * @module
 */
import type { CallDetail, ChangeDetail, DefaultChangeDetail, ErrorDetail, RejectedDetail } from './store/types.js';

export type { CallDetail, ChangeDetail, DefaultChangeDetail, ErrorDetail, RejectedDetail };

/** Makes a CustomEvent subclass with a fixed type; the one place the event options live. */
const eventClass = <D>(type: string, cancelable = false) =>
  class extends CustomEvent<D> {
    constructor(detail: D) {
      super(type, { detail, bubbles: true, composed: true, cancelable });
    }
  };

/**
 * `clid-change`: the selection for the next call changed (`scope: 'call'`) or the agent made a
 * number their default (`scope: 'default'`). Cancelable: a listener that calls `preventDefault()`
 * keeps the old selection.
 */
export class ClidChangeEvent extends eventClass<ChangeDetail>('clid-change', true) {}

/** `clid-default-change`: the agent default changed; `clid` is `null` when it was cleared. */
export class ClidDefaultChangeEvent extends eventClass<DefaultChangeDetail>('clid-default-change') {}

/** `clid-call`: a call was placed; the detail says which number and why. */
export class ClidCallEvent extends eventClass<CallDetail>('clid-call') {}

/** `clid-rejected`: a requested or rule-chosen number could not be used (no call follows). */
export class ClidRejectedEvent extends eventClass<RejectedDetail>('clid-rejected') {}

/**
 * `clid-error`: configuration could not be loaded (`config-load`) or is invalid
 * (`config-invalid`), storage failed (`storage`), or no number is permitted
 * (`no-permitted-number`). The element shows the same message.
 */
export class ClidErrorEvent extends eventClass<ErrorDetail>('clid-error') {}

/** The element's DOM event class for each store event it re-dispatches (with the `clid-` prefix). */
export const elementEventFor = {
  change: ClidChangeEvent,
  'default-change': ClidDefaultChangeEvent,
  call: ClidCallEvent,
  rejected: ClidRejectedEvent,
  error: ClidErrorEvent,
};

declare global {
  interface GlobalEventHandlersEventMap {
    'clid-change': ClidChangeEvent;
    'clid-default-change': ClidDefaultChangeEvent;
    'clid-call': ClidCallEvent;
    'clid-rejected': ClidRejectedEvent;
    'clid-error': ClidErrorEvent;
  }
}
