// What a page loads of the phone code: libphonenumber's metadata only for the calling codes in
// use (the configured numbers', and each destination's as soon as it is known). (That the kit
// loads on a dialer's first focus is in typing.test.ts; that a picker-only page fetches the
// formatting core alone is measured on the built drop-in by `npm run size`, which lists every
// file a page fetches.)
import { expect, fixture, html } from '@open-wc/testing';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { loadFormats } from '../../src/phone/format.js';
import { loadedCallingCodes as callingCodesFetched } from '../../src/phone/metadata-chunks.js';
import { loadPhoneKit, type PhoneKit, type PhoneKitOptions } from '../../src/phone/phone-kit.js';
import { DialerHarness } from '../helpers/dialer-harness.js';
import { makeStore } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

describe('phone code and metadata a page fetches', () => {
  before(async function () {
    // The modules once (no metadata): a busy test machine may take longer to serve them than a test's timeout.
    this.timeout(60_000);
    await loadPhoneKit({ metadata: 'on-demand' });
    expect(callingCodesFetched()).to.deep.equal([]);
  });

  it('a page with only pickers: the metadata of its numbers’ calling codes, nothing else', async () => {
    // The agent may present UK and US numbers (the Berlin number is not permitted).
    const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${makeStore()}></clid-picker>`);
    const shown = () => el.shadowRoot!.querySelector('[part~=number]')?.textContent.trim();
    await waitFor(
      () => callingCodesFetched().length === 2 && shown() === '+44 20 7946 0000',
      `fetched ${callingCodesFetched().join()}`,
    );
    expect(callingCodesFetched()).to.deep.equal(['1', '44']);
  });

  // Each destination's calling code, as soon as the typed text says which it is.
  const destinations: [string, string, string, string][] = [
    ['its + prefix', '', '+33142685300', '33'],
    ['national input, in the dialer’s region', 'IT', '0212345678', '39'],
    ['the international 00 prefix', '', '0034912345678', '34'],
    ['the region’s own international prefix', 'US', '01181312345678', '81'],
  ];
  for (const [how, region, typed, code] of destinations) {
    it(`a dialer loads a destination’s calling code from ${how}`, async () => {
      // The configured numbers' codes, which the dialer's own picker asks for when idle.
      await loadFormats(['+442079460000', '+12125550100']);
      const before = callingCodesFetched();
      const h = await DialerHarness.make({ store: makeStore(), region: region || undefined });
      await h.type(typed);
      expect(await h.settled(), typed).to.contain('Presenting');
      expect(callingCodesFetched(), 'that code and no other').to.deep.equal([...before, code].sort());
    });
  }

  it('a destination whose metadata is still on its way: typing goes on, "Checking number…", then formatted and checked', async () => {
    let open = false;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => {
      arrive = () => {
        open = true;
        resolve();
      };
    });
    // The real kit, with the metadata of any destination held back until `arrive()`.
    const phoneKit = async (options?: PhoneKitOptions): Promise<PhoneKit> => {
      const kit = await loadPhoneKit(options);
      return {
        ...kit,
        load: (text, region) => (open ? kit.load!(text, region) : arrived.then(() => kit.load!(text, region))),
      };
    };
    const h = await DialerHarness.make({ store: makeStore(), phoneKit });
    const calls: Event[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    await h.type('+31201234567');
    await h.el.updateComplete;
    expect(h.input.value, 'what was typed, as typed').to.equal('+31201234567');
    expect(h.status).to.equal('Checking number…');
    expect(h.button.getAttribute('aria-disabled')).to.equal('true');
    await h.press('Enter');
    expect(calls, 'no call before the number is known').to.be.empty;

    arrive();
    expect(await h.settled()).to.contain('Presenting');
    expect(h.input.value, 'formatted once its metadata arrived').to.equal('+31 20 123 4567');
    expect(h.button.getAttribute('aria-disabled')).to.equal('false');
  });

  it('dial() waits for the destination’s metadata', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const detail = await h.el.dial('+46 8 123 456 78');
    expect(detail.destination).to.equal('+46812345678');
    expect(callingCodesFetched()).to.include('46');
  });
});
