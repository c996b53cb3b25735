/**
 * Click-to-dial links (contract.md): any element with `data-clid-dial="<number>"` places a call
 * when clicked, through the dialer named by `data-clid-dialer="<id>"`, else the nearest ancestor
 * `<clid-dialer>`, else the first `<clid-dialer>` in the document. Optional
 * `data-clid-record='{"Field":"value"}'`, `data-clid-requested`, `data-clid-kind`. The link's own
 * navigation is prevented.
 *
 * @example
 * <a href="tel:+442079460123" data-clid-dial="+442079460123" data-clid-record='{"Department":"Finance"}'>Call</a>
 * @module
 */
import type { CallKind } from '../../store/index.js';
import type { ClidDialer } from './clid-dialer.js';

let listening = false;

/** Starts listening for clicks on click-to-dial links in the document (once; the first dialer connected does it). */
export function listenForDialLinks(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.<HTMLElement>('[data-clid-dial]');
    if (!link) return;
    e.preventDefault();
    const d = link.dataset;
    const dialer = (d.clidDialer ? document.getElementById(d.clidDialer) : link.closest('clid-dialer') ?? document.querySelector('clid-dialer')) as ClidDialer | null;
    let record;
    try {
      record = d.clidRecord && JSON.parse(d.clidRecord);
    } catch {
      // A record that is not JSON is left out; the call is still placed.
    }
    dialer?.dial(d.clidDial!, { record, requested: d.clidRequested, kind: d.clidKind as CallKind }).catch(() => {});
  });
}
