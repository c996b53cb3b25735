/**
 * Click-to-dial links (contract.md): any element with `data-clid-dial="<number>"` places a call
 * when clicked, through the dialer named by `data-clid-dialer="<id>"`, else the nearest ancestor
 * dialer, else the first dialer in the document, whatever the dialers' tag names. Optional
 * `data-clid-record='{"Field":"value"}'`, `data-clid-requested`, `data-clid-kind`. The link's own
 * navigation is prevented.
 *
 * This is the first-paint half: the document listener, installed when the first dialer connects,
 * prevents the navigation at once and hands the link to `dial`, which may wait for the dialer's
 * lazily loaded logic (`dial-link.ts` does the rest).
 *
 * @example
 * <a href="tel:+442079460123" data-clid-dial="+442079460123" data-clid-record='{"Department":"Finance"}'>Call</a>
 * @module
 */

import { shared } from '../../shared.js';

/**
 * Notes `dialer`'s tag name for the links to find, and starts listening for clicks on
 * click-to-dial links in the document: once per page, whichever copy of the library's dialer
 * connects first (the page-wide state of `shared.ts`), so that two copies never dial twice.
 */
export function listenForDialLinks(dialer: Element, dial: (link: HTMLElement) => unknown): void {
  shared.dialers.add(dialer.localName);
  if (shared.listening) return;
  shared.listening = true;
  document.addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.<HTMLElement>('[data-clid-dial]');
    if (!link) return;
    e.preventDefault();
    dial(link);
  });
}
