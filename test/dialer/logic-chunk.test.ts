import { expect, html, oneEvent } from '@open-wc/testing';
import { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { DialerHarness, mount } from '../helpers/dialer-harness.js';
import { makeStore, PARIS } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

/** Resolves the next `loadLogic()` only when the test says so (a slow network). */
let open!: () => void;
let gate: Promise<void>;
function closeGate(): void {
  gate = new Promise((resolve) => {
    open = resolve;
  });
}
closeGate();
let asked = 0;
class SlowDialer extends ClidDialer {
  static override loadLogic() {
    asked++;
    return gate.then(() => ClidDialer.loadLogic());
  }
}
customElements.define('slow-dialer', SlowDialer);

describe('<clid-dialer> logic chunk (loaded lazily)', () => {
  it('a click-to-dial link right after load prevents navigation at once and calls when the chunk arrives', async () => {
    closeGate();
    const root = await mount(
      html`<div>
        <a href="#too-early" data-clid-dial="+442079460123" data-clid-dialer="slow">Call</a>
        <slow-dialer id="slow" .store=${makeStore()}></slow-dialer>
      </div>`,
    );
    const link = root.querySelector('a')!;
    const calls: Event[] = [];
    root.addEventListener('clid-call', (e) => calls.push(e));
    const before = asked;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented, 'navigation prevented before the chunk arrived').to.equal(true);
    // The link has asked for the chunk: everything up to the call now waits on it.
    await waitFor(() => asked > before, 'the link asks for the chunk');
    expect(calls, 'no call before the chunk').to.be.empty;
    const call = oneEvent(root, 'clid-call');
    open();
    expect((await call).detail.destination).to.equal('+442079460123');
  });

  it('dial() called before the chunk arrives waits for it (and for the config)', async () => {
    closeGate();
    const el = await mount<SlowDialer>(html`<slow-dialer></slow-dialer>`);
    let done = false;
    const before = asked;
    const call = el.dial(PARIS).finally(() => (done = true));
    await waitFor(() => asked > before, 'dial() asks for the chunk');
    expect(done).to.equal(false);
    open();
    // With the chunk here the call is under way (the Call button says busy), waiting for a config.
    await waitFor(
      () => el.shadowRoot!.querySelector('[part~=call]')!.getAttribute('aria-busy') === 'true',
      'the call is under way',
    );
    expect(done, 'still waiting for the config').to.equal(false);
    el.store = makeStore();
    expect((await call).clid.id).to.equal('uk');
  });

  it('is prefetched after the first render, before any typing', async () => {
    closeGate();
    const before = asked;
    await mount(html`<slow-dialer .store=${makeStore()}></slow-dialer>`);
    // When the page is idle, or within 2 s at the latest.
    await waitFor(() => asked > before, 'the chunk is asked for without any gesture');
    open();
  });

  it('keeps every key typed before the chunk arrives, says it is checking, places no call, then formats', async () => {
    closeGate();
    const el = await mount<SlowDialer>(html`<slow-dialer region="GB" .store=${makeStore()}></slow-dialer>`);
    const h = new DialerHarness(el);
    const calls: Event[] = [];
    el.addEventListener('clid-call', (e) => calls.push(e));
    await h.type('02079460123');
    expect(h.input.value, 'every character kept').to.equal('02079460123');
    expect(el.destination).to.equal('02079460123');
    expect(h.status).to.equal('Checking number…');
    expect(h.button.getAttribute('aria-disabled')).to.equal('true');
    await h.press('Enter');
    await h.clickCall();
    expect(calls, 'no call before the chunk').to.be.empty;
    open();
    expect(await h.settled()).to.equal('Presenting UK Sales (+44 20 7946 0000), chosen by prefix +44');
    expect(h.input.value, 'formatted once the chunk and the kit arrived').to.equal('020 7946 0123');
    expect(calls).to.be.empty;
    const call = oneEvent(el, 'clid-call');
    await h.press('Enter');
    expect((await call).detail.destination).to.equal('+442079460123');
  });
});
