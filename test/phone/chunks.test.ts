// What a page fetches of the phone code: the formatting core alone for pickers, parsing and
// as-you-type once a dialer's field is used, and libphonenumber's metadata only for the calling
// codes in use (the configured numbers', and each destination's as soon as it is known).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { loadPhoneKit, type PhoneKit, type PhoneKitOptions } from '../../src/phone/phone-kit.js';
import { DialerHarness, makeStore } from '../helpers/dialer-harness.js';

// Room for every module the test page loads (the default keeps 250 entries).
performance.setResourceTimingBufferSize(100_000);

const fetched = (): string[] => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const fetchedModule = (name: string): boolean => fetched().some((path) => path.endsWith(`/src/phone/${name}`));
/** The calling codes whose metadata the page has fetched. */
const callingCodesFetched = (): string[] =>
  fetched()
    .map((path) => /\/src\/phone\/metadata\/(\d+)\.js$/.exec(path)?.[1])
    .filter((code): code is string => !!code)
    .sort();

describe('phone code and metadata a page fetches', () => {
  it('a page with only pickers: the formatting core and its numbers’ calling codes, nothing else', async () => {
    // The agent may present UK and US numbers (the Berlin number is not permitted).
    const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${makeStore()}></clid-picker>`);
    const shown = () => el.shadowRoot!.querySelector('[part~=number]')?.textContent?.trim();
    await waitUntil(() => callingCodesFetched().length === 2 && shown() === '+44 20 7946 0000', `fetched ${callingCodesFetched()}`, { timeout: 8000 });
    expect(callingCodesFetched()).to.deep.equal(['1', '44']);
    expect(fetchedModule('international-format.ts'), 'formatting core').to.equal(true);
    expect(fetchedModule('typed-number.ts'), 'parsing and as-you-type').to.equal(false);
  });

  it('a dialer adds parsing and as-you-type on first focus, and each destination’s calling code once it is known', async () => {
    await ClidDialer.loadLogic();
    const h = await DialerHarness.make({ store: makeStore(), region: 'IT' });
    await h.el.updateComplete;
    expect(fetchedModule('typed-number.ts'), 'before the field is used').to.equal(false);
    h.input.focus();
    await waitUntil(() => fetchedModule('typed-number.ts'), 'kit fetched on focus');

    await h.type('+33142685300');
    expect(await h.settled()).to.contain('Presenting');
    expect(h.input.value, 'its + prefix').to.equal('+33 1 42 68 53 00');
    expect(callingCodesFetched()).to.include('33');

    await h.clear();
    await h.type('0212345678');
    expect(await h.settled()).to.contain('Presenting');
    expect(h.input.value, 'national input, read in the dialer’s region').to.equal('02 1234 5678');
    expect(callingCodesFetched()).to.include('39');

    await h.clear();
    await h.type('0034912345678');
    expect(await h.settled()).to.contain('Presenting');
    expect(h.input.value, 'the international 00 prefix').to.equal('+34 912 34 56 78');

    h.el.region = 'US';
    await h.clear();
    await h.type('01181312345678');
    expect(await h.settled(), 'the region’s own international prefix').to.contain('Presenting');
    expect(callingCodesFetched()).to.deep.equal(['1', '33', '34', '39', '44', '81']);
  });

  it('a destination whose metadata is still on its way: typing goes on, "Checking number…", then formatted and checked', async () => {
    let open = false;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = () => ((open = true), resolve())));
    // The real kit, with the metadata of any destination held back until `arrive()`.
    const phoneKit = async (options?: PhoneKitOptions): Promise<PhoneKit> => {
      const kit = await loadPhoneKit(options);
      return { ...kit, load: (text, region) => (open ? kit.load!(text, region) : arrived.then(() => kit.load!(text, region))) };
    };
    const h = await DialerHarness.make({ store: makeStore(), phoneKit });
    const calls: Event[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    await h.type('+31201234567');
    await waitUntil(() => fetchedModule('typed-number.ts'), 'kit fetched');
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
