/**
 * What a click on a click-to-dial link does (contract.md): calls through the dialer named by
 * `data-clid-dialer="<id>"`, else the link's nearest ancestor dialer, else the first dialer in
 * the document (dialers of any tag name and any copy of the library on the page), with the optional `data-clid-record='{"Field":"value"}'`,
 * `data-clid-requested` and `data-clid-kind`. Part of the dialer's lazily loaded logic; the
 * document listener that prevents the link's navigation is installed at first connect
 * (`click-to-dial.ts`), so a click right after page load waits for this module instead of being lost.
 *
 * @example
 * dialFromLink(document.querySelector('[data-clid-dial]')!);
 * @module
 */
import { dialerSelector } from '../../shared.js';
import type { CallKind } from '../../store/index.js';
import type { ClidDialer } from './clid-dialer.js';

/** Places the call a click-to-dial link asks for (a failure shows in the dialer and its events). */
export function dialFromLink(link: HTMLElement): void {
  const d = link.dataset;
  const dialer = (d.clidDialer ? document.getElementById(d.clidDialer) : link.closest(dialerSelector()) ?? document.querySelector(dialerSelector())) as ClidDialer | null;
  let record;
  try {
    record = d.clidRecord && JSON.parse(d.clidRecord);
  } catch {
    // A record that is not JSON is left out; the call is still placed.
  }
  dialer?.dial(d.clidDial!, { record, requested: d.clidRequested, kind: d.clidKind as CallKind }).catch(() => {});
}
