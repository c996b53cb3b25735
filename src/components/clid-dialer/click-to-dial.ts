/**
 * Click-to-dial links (contract.md): any element with `data-clid-dial="<number>"` places a call
 * when clicked, through the dialer named by `data-clid-dialer="<id>"`, else the nearest ancestor
 * `<clid-dialer>`, else the first `<clid-dialer>` in the document. Optional
 * `data-clid-record='{"Field":"value"}'`, `data-clid-requested`, `data-clid-kind`. The link's own
 * navigation is prevented.
 *
 * This is the first-paint half: the document listener, there while a dialer is connected,
 * prevents the navigation at once and hands the link to `dial`, which may wait for the dialer's
 * lazily loaded logic (`dial-link.ts` does the rest).
 *
 * @example
 * <a href="tel:+442079460123" data-clid-dial="+442079460123" data-clid-record='{"Department":"Finance"}'>Call</a>
 * @module
 */

let dialers = 0;
let onClick: ((e: Event) => void) | undefined;

/**
 * Listens for clicks on click-to-dial links in the document while at least one dialer is
 * connected: the first dialer connected installs the listener, and the returned function (called
 * when a dialer disconnects) removes it with the last one. `dial` must not hold the dialer.
 */
export function listenForDialLinks(dial: (link: HTMLElement) => unknown): () => void {
  if (!dialers++) {
    document.addEventListener(
      'click',
      (onClick = (e) => {
        const link = (e.target as Element).closest?.<HTMLElement>('[data-clid-dial]');
        if (!link) return;
        e.preventDefault();
        dial(link);
      }),
    );
  }
  let stopped = false;
  return () => {
    if (!stopped && ((stopped = true), !--dialers)) document.removeEventListener('click', onClick!);
  };
}
