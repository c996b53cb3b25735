import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { DialerHarness } from '../helpers/dialer-harness.js';
import { CONFIG, makeStore, PARIS } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

describe('<clid-dialer> dial()', () => {
  it('resolves with the clid-call detail, dispatched on the element (bubbles, composed)', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const event = oneEvent(document, 'clid-call');
    const d = await h.el.dial('+44 20 7946 0123', { record: { Department: 'Finance' } });
    const e = await event;
    expect(e.composed && e.bubbles).to.equal(true);
    expect(e.detail).to.equal(d);
    expect(d).to.include({ destination: '+442079460123', source: 'field-rule', kind: 'outbound' });
    expect(d.callId).to.be.a('string');
  });

  it('reads national numbers in the region', async () => {
    const h = await DialerHarness.make({ store: makeStore(), region: 'GB' });
    expect((await h.el.dial('020 7946 0123')).destination).to.equal('+442079460123');
  });

  it('honours a requested number, and rejects one that cannot be presented with the store’s reason', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    expect((await h.el.dial(PARIS, { requested: 'sf' })).source).to.equal('requested');
    const rejected = oneEvent(h.el, 'clid-rejected');
    const err = await h.el.dial(PARIS, { requested: 'de' }).catch((e) => e);
    expect(err.reason).to.equal('not-permitted');
    const { detail } = await rejected;
    expect(detail).to.include({ reason: 'not-permitted', requested: 'de', source: 'requested', message: err.message });
    await h.el.updateComplete;
    expect(h.message).to.equal(err.message);
    expect((await h.el.dial(PARIS, { requested: '+0 12' }).catch((e) => e)).reason).to.equal('invalid');
    expect((await h.el.dial(PARIS, { requested: '+442079469999' }).catch((e) => e)).reason).to.equal('not-configured');
  });

  it('rejects a destination that is not a valid number with invalid-destination, and says why', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const events: Event[] = [];
    for (const type of ['clid-call', 'clid-rejected', 'clid-error']) h.el.addEventListener(type, (e) => events.push(e));
    const err = await h.el.dial('020 7946 0000').catch((e) => e);
    expect(err.reason).to.equal('invalid-destination');
    expect(err.message).to.equal('Add the country code, e.g. +44');
    await h.el.updateComplete;
    expect(h.message).to.equal(err.message);
    expect(events).to.be.empty;
  });

  it('called before the config has loaded, waits for it', async () => {
    const el = await fixture<ClidDialer>(html`<clid-dialer></clid-dialer>`);
    const call = el.dial(PARIS);
    // The call is under way (the Call button says busy) and waits for a config.
    await waitFor(
      () => el.shadowRoot!.querySelector('[part~=call]')?.getAttribute('aria-busy') === 'true',
      'the call is under way',
    );
    el.config = JSON.stringify(CONFIG);
    expect((await call).clid.id).to.equal('uk');
  });

  it('rejects with no-config when the config fails to load, and shows why', async () => {
    const el = await fixture<ClidDialer>(html`<clid-dialer config-src="/no/such/config.json"></clid-dialer>`);
    const h = new DialerHarness(el);
    const early = el.dial(PARIS).catch((e) => e);
    expect((await early).reason).to.equal('no-config');
    const late = await el.dial(PARIS).catch((e) => e);
    expect(late.reason).to.equal('no-config');
    await el.updateComplete;
    expect(h.message).to.contain('Could not load the configuration');
  });

  it('places one call per click, however fast the clicks', async () => {
    // The selector hook answers at once for the preview, and holds the call's answer until told.
    let hold = false;
    const held: (() => void)[] = [];
    const selector = () => (hold ? new Promise<string>((r) => held.push(() => r('us'))) : 'us');
    const h = await DialerHarness.make({ store: makeStore(CONFIG, { selector }) });
    const calls: Event[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    await h.type(PARIS);
    await h.settled();
    hold = true;
    await h.clickCall();
    expect(h.button.getAttribute('aria-disabled'), 'in flight').to.equal('true');
    await h.clickCall();
    await h.press('Enter');
    expect(calls, 'still in flight').to.be.empty;
    hold = false;
    held.splice(0).forEach((answer) => answer());
    await waitFor(() => calls.length === 1, 'the call is placed');
    // A control call to another number comes after any call the extra clicks could have started.
    await h.el.dial('+12125550123');
    expect(calls.map((e) => (e as CustomEvent).detail.destination)).to.deep.equal(['+33142685300', '+12125550123']);
  });

  it('dispatches only for what happened through it, with a shared store', async () => {
    const store = makeStore();
    const [a, b] = await Promise.all([DialerHarness.make({ store }), DialerHarness.make({ store })]);
    const onB: Event[] = [];
    for (const type of ['clid-call', 'clid-rejected', 'clid-change']) b.el.addEventListener(type, (e) => onB.push(e));
    const seenOnA = oneEvent(a.el, 'clid-call');
    await a.el.dial(PARIS);
    await seenOnA;
    await a.el.dial(PARIS, { requested: 'de' }).catch(() => {});
    expect(onB).to.be.empty;
  });
});
