/**
 * Click-to-dial links: any element with `data-clid-dial="<number>"` places a call when clicked,
 * through the dialer named by `data-clid-dialer="<id>"`, else the nearest ancestor dialer, else
 * the first dialer in the document, whatever the dialers' tag names (and whichever copy of the
 * library defined them). Optional `data-clid-record='{"Field":"value"}'`, `data-clid-requested`,
 * `data-clid-kind`. The link's own navigation is prevented at once; the dialer's `dial()` waits
 * for its logic and config.
 *
 * @example
 * <a href="tel:+442079460123" data-clid-dial="+442079460123" data-clid-record='{"Department":"Finance"}'>Call</a>
 * @module
 */
import { dialerSelector, shared } from '../../shared.js';
import type { CallKind } from '../../store/index.js';
import type { DialOptions } from './place-call.js';

/** A dialer, as a click-to-dial link uses it. */
interface Dialer extends HTMLElement {
  dial(destination: string, options?: DialOptions): Promise<unknown>;
}

/**
 * Notes `dialer`'s tag name for the links to find, and listens for clicks on click-to-dial links
 * in the document while a dialer of any copy of the library is connected: once per page (the
 * page-wide state of `shared.ts`), so that two copies never dial twice. The returned function,
 * called when the dialer disconnects, removes the listener with the last dialer.
 */
export function listenForDialLinks(dialer: Element): () => void {
  shared.dialers.add(dialer.localName);
  shared.connected = (shared.connected ?? 0) + 1;
  if (!shared.listening) {
    shared.listening = true;
    document.addEventListener('click', (shared.onClick = onClick));
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    shared.connected = (shared.connected ?? 1) - 1;
    if (shared.connected === 0 && shared.onClick) {
      document.removeEventListener('click', shared.onClick);
      shared.listening = false;
      shared.onClick = undefined;
    }
  };
}

/** A click anywhere: a click-to-dial link's navigation is prevented, and its call placed. */
const onClick = (e: Event): void => {
  // A click's target is an element, or a text node or the document in some engines and tests.
  const link = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-clid-dial]') : null;
  if (!link) return;
  e.preventDefault();
  dialFromLink(link);
};

/** Places the call a click-to-dial link asks for (a failure shows in the dialer and its events). */
function dialFromLink(link: HTMLElement): void {
  const data = link.dataset;
  const dialer = (
    data.clidDialer
      ? document.getElementById(data.clidDialer)
      : (link.closest(dialerSelector()) ?? document.querySelector(dialerSelector()))
  ) as Dialer | null;
  let record: Record<string, unknown> | undefined;
  try {
    if (data.clidRecord) record = JSON.parse(data.clidRecord) as Record<string, unknown>;
  } catch {
    // A record that is not JSON is left out; the call is still placed.
  }
  // The link was found by its data-clid-dial attribute.
  const destination = data.clidDial ?? '';
  dialer?.dial(destination, { record, requested: data.clidRequested, kind: data.clidKind as CallKind }).catch(() => {});
}
