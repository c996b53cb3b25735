import { expect, oneEvent } from '@open-wc/testing';
import { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import type { PhoneKit } from '../../src/phone/phone-kit.js';
import { loadPhoneKit } from '../../src/phone/phone-kit.js';
import { afterIdle, DialerHarness } from '../helpers/dialer-harness.js';
import { makeStore } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

describe('<clid-dialer> destination field', () => {
  it('formats a national number as it is typed and reads it in the region', async () => {
    const h = await DialerHarness.make({ store: makeStore(), region: 'GB' });
    await h.type('02079460123');
    expect(await h.settled()).to.equal('Presenting UK Sales (+44 20 7946 0000), chosen by prefix +44');
    expect(h.input.value).to.equal('020 7946 0123');
    await h.clear();
    await h.type('0207946');
    expect(h.input.value, 'formatted key by key once loaded').to.equal('020 7946');
    await h.type('0123');
    const call = oneEvent(h.el, 'clid-call');
    await h.press('Enter');
    expect((await call).detail.destination).to.equal('+442079460123');
  });

  it('accepts +44 …, (415) … with region US, and the international 00 prefix', async () => {
    const h = await DialerHarness.make({ store: makeStore(), region: 'US' });
    await h.type('(415) 555-0100');
    expect(await h.settled()).to.equal('Presenting SF Local (+1 415 555 0199), chosen by prefix +1415');
    let call = oneEvent(h.el, 'clid-call');
    await h.press('Enter');
    expect((await call).detail.destination).to.equal('+14155550100');

    await h.clear();
    await h.type('00 44 20 7946 0000');
    expect(h.input.value).to.equal('+44 20 7946 0000');
    await h.settled();
    call = oneEvent(h.el, 'clid-call');
    await h.press('Enter');
    expect((await call).detail.destination).to.equal('+442079460000');

    await h.clear();
    await h.type('+44 20 7946 0000');
    expect(await h.settled()).to.contain('UK Sales');
  });

  it('says clearly why a destination is not a number it can call', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const cases: [string, string][] = [
      ['020 7946 0000', 'Add the country code, e.g. +44'],
      ['+44 20 7946 0000 1234 5', 'The number is too long'],
      ['call me', 'Not a phone number'],
      ['+44 20 7946 000', 'Not a valid phone number'],
    ];
    for (const [typed, message] of cases) {
      await h.clear();
      await h.type(typed);
      expect(await h.settled(), typed).to.equal(message);
      expect(h.input.getAttribute('aria-invalid'), typed).to.equal('true');
    }
  });

  it('shows "too short" once the agent leaves the field or tries to call, not while typing', async () => {
    const h = await DialerHarness.make({ store: makeStore(), region: 'GB' });
    const calls: Event[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    await h.type('0207');
    // "Checking number…" until the phone kit has parsed what was typed; then nothing, while typing.
    await waitFor(() => h.status !== 'Checking number…', 'the destination is parsed');
    expect(h.status).to.equal('');
    expect(h.input.getAttribute('aria-invalid')).to.equal('false');
    await h.press('Enter');
    expect(h.status).to.equal('The number is too short');
    expect(h.input.getAttribute('aria-invalid')).to.equal('true');
    await h.type('9460000');
    expect(await h.settled()).to.contain('Presenting UK Sales');
    expect(h.input.getAttribute('aria-invalid')).to.equal('false');
    expect(calls).to.be.empty;
  });

  it('never blocks typing while the phone metadata loads, and says it is checking', async () => {
    let arrive!: (kit: PhoneKit) => void;
    const h = await DialerHarness.make({
      store: makeStore(),
      region: 'GB',
      phoneKit: () => new Promise((r) => (arrive = r)),
    });
    const calls: Event[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    await h.type('02079460123');
    expect(h.input.value, 'raw input kept').to.equal('02079460123');
    expect(h.status).to.equal('Checking number…');
    expect(h.button.getAttribute('aria-disabled')).to.equal('true');
    await h.press('Enter');
    await h.clickCall();
    expect(calls, 'no call before the number is known').to.be.empty;

    arrive(await loadPhoneKit());
    expect(await h.settled()).to.contain('Presenting UK Sales');
    expect(h.input.value, 'formatted once the kit arrived').to.equal('020 7946 0123');
    expect(h.button.getAttribute('aria-disabled')).to.equal('false');
  });

  it('loads the phone kit on first focus, not before', async () => {
    let asked = 0;
    const h = await DialerHarness.make({
      store: makeStore(),
      phoneKit: () => {
        asked++;
        return loadPhoneKit();
      },
    });
    // Everything the dialer does unasked (the idle prefetch of its logic) has happened.
    await afterIdle();
    await ClidDialer.loadLogic();
    await h.el.updateComplete;
    expect(asked).to.equal(0);
    h.input.focus();
    await h.el.updateComplete;
    expect(asked).to.equal(1);
    await h.type('+1');
    expect(asked).to.equal(1);
  });

  it('falls back to E.164 input when the phone kit cannot be loaded', async () => {
    const h = await DialerHarness.make({ store: makeStore(), phoneKit: () => Promise.reject(new Error('offline')) });
    await h.type('+1 415 555 0123');
    expect(await h.settled()).to.contain('SF Local');
    await h.clear();
    await h.type('020 7946');
    await h.press('Enter');
    expect(h.status).to.equal('Not a valid phone number');
  });
});
