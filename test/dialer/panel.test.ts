import { expect, html, oneEvent } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { registerStrings } from '../../src/strings.js';
import { click, DialerHarness, mount } from '../helpers/dialer-harness.js';
import { CONFIG, makeStore, PARIS } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';
import { waitFor } from '../helpers/wait.js';

describe('<clid-dialer> panel', () => {
  describe('accessibility', () => {
    it('has a textbox named Destination…, a Call… button and a polite status line', async () => {
      const h = await DialerHarness.make({ store: makeStore() });
      expect(h.input.type).to.equal('tel');
      expect(h.input.labels![0].textContent).to.match(/^Destination/);
      expect(h.button.textContent.trim()).to.match(/^Call/);
      const status = h.el.shadowRoot!.querySelector('[part~=status]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(h.input.getAttribute('aria-describedby')).to.contain(status.id);
      await expect(h.el).to.be.accessible();
    });

    it('stays accessible with a preview, an invalid destination, and an error', async () => {
      const h = await DialerHarness.make({ store: makeStore(CONFIG, { selector: () => 'de' }), region: 'GB' });
      await h.type('020 7946 0123');
      await h.settled();
      await expect(h.el).to.be.accessible();
      await h.clickCall();
      await expect(h.el).to.be.accessible();
      await h.clear();
      await h.type('call me');
      await h.settled();
      await expect(h.el).to.be.accessible();
    });

    it('is complete by keyboard: Tab from the field reaches the picker, then the Call button', async () => {
      const h = await DialerHarness.make({ store: makeStore() });
      await h.type(PARIS);
      await h.settled();
      await h.press('Tab');
      expect(h.el.shadowRoot!.activeElement).to.equal(h.picker);
      await h.press('Tab');
      expect(h.el.shadowRoot!.activeElement).to.equal(h.button);
      const calls: Event[] = [];
      h.el.addEventListener('clid-call', (e) => calls.push(e));
      await h.press(' ');
      // Placing a call is asynchronous (the store resolves the number first).
      await waitFor(() => calls.length > 0, 'Space on Call places a call');
      // A control call to another number, placed once the first is done, comes after any call
      // the Space could still have started: then the list is final.
      await waitFor(() => h.button.getAttribute('aria-busy') === 'false', 'the first call is done');
      await h.el.dial('+12125550100');
      expect(calls.map((e) => (e as CustomEvent).detail.destination)).to.deep.equal(['+33142685300', '+12125550100']);
    });
  });

  it('disabled: no typing, choosing or calling', async () => {
    const h = await DialerHarness.make({ store: makeStore(), destination: PARIS, disabled: true });
    expect(h.input.disabled).to.equal(true);
    expect(h.picker.disabled).to.equal(true);
    expect(h.button.getAttribute('aria-disabled')).to.equal('true');
    const calls: CustomEvent[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    // Ready to call but for `disabled`: the logic and the phone kit are loaded, the preview is shown.
    expect(await h.settled()).to.equal('Presenting UK Sales (+44 20 7946 0000), account default');
    await h.clickCall();
    // Placing a call is asynchronous: enable the dialer and place a control call to another
    // number. It comes after anything the disabled click could have started, so then the list is final.
    h.el.disabled = false;
    await h.el.updateComplete;
    await h.el.dial('+12125550100');
    expect(
      calls.map((e) => e.detail.destination),
      'only the control call',
    ).to.deep.equal(['+12125550100']);
  });

  it('locked: the picker shows the number, and the agent cannot change it by keyboard or click', async () => {
    const store = makeStore();
    const h = await DialerHarness.make({ store, locked: true, label: 'Present as', destination: PARIS });
    expect(h.picker.locked).to.equal(true);
    expect(h.picker.label).to.equal('Present as');
    expect(await h.settled()).to.equal('Presenting UK Sales (+44 20 7946 0000), account default');
    const picker = new PickerHarness(h.picker);
    const changes: Event[] = [];
    h.el.addEventListener('clid-change', (e) => changes.push(e));
    await picker.focus();
    expect(picker.focused, 'locked stays focusable').to.equal(picker.combobox);
    for (const key of ['ArrowDown', 'End', 'Enter', ' ', 'u']) {
      await picker.press(key);
      expect(picker.expanded, `${key} opens no list`).to.equal(false);
    }
    await click(picker.combobox);
    await h.picker.updateComplete;
    expect(picker.expanded, 'a click opens no list').to.equal(false);
    expect(picker.listbox).to.equal(null);
    expect(changes).to.be.empty;
    expect(store.getState().selected!.id).to.equal('uk');
    // The call presents the locked number.
    const call = oneEvent(h.el, 'clid-call');
    await h.clickCall();
    const { detail } = await call;
    expect(detail.clid.id).to.equal('uk');
    expect(detail.clid.number).to.equal('+442079460000');
    expect(detail.source).to.equal('account-default');
  });

  it('value is the E.164 of the selection; setting it chooses a number for the next call', async () => {
    const h = await DialerHarness.make({ store: makeStore(), destination: PARIS });
    expect(h.el.value).to.equal('+442079460000');
    h.el.value = '+12125550100';
    await h.el.updateComplete;
    expect(h.el.value).to.equal('+12125550100');
    expect(await h.settled()).to.contain('your choice for this call');
  });

  it('takes part in forms with name and required', async () => {
    const form = await mount<HTMLFormElement>(html`<form><clid-dialer name="clid" required></clid-dialer></form>`);
    const el = form.querySelector<ClidDialer>('clid-dialer')!;
    expect(el.matches(':invalid'), 'required with no number').to.equal(true);
    el.store = makeStore();
    await el.updateComplete;
    expect(new FormData(form).get('clid')).to.equal('+442079460000');
    expect(el.matches(':invalid')).to.equal(false);
  });

  it('is localised with the picker’s mechanism: lang, registered locales and own strings', async () => {
    const el = await mount(
      html`<div lang="de"><clid-dialer .store=${makeStore()} .destination=${PARIS}></clid-dialer></div>`,
    );
    const h = new DialerHarness(el.querySelector('clid-dialer')!);
    await h.el.updateComplete;
    expect(h.button.textContent.trim()).to.equal('Anrufen');
    expect(await h.settled()).to.equal('Angezeigt wird UK Sales (+44 20 7946 0000), Kontostandard');
    // A language that does not ship: registered texts, the element's own, English for the rest.
    registerStrings('nl', { call: 'Bellen' });
    h.el.lang = 'nl';
    h.el.strings = { destination: 'Bestemming (nummer)' };
    await h.el.updateComplete;
    expect(h.button.textContent.trim()).to.equal('Bellen');
    expect(h.input.labels![0].textContent).to.equal('Bestemming (nummer)');
    expect(h.status, 'English for keys the locale lacks').to.contain('account default');
  });

  it('shows a pre-filled destination formatted, with its preview', async () => {
    const h = await DialerHarness.make({ store: makeStore(), region: 'GB', destination: '02079460123' });
    expect(await h.settled()).to.contain('chosen by prefix +44');
    expect(h.input.value).to.equal('020 7946 0123');
  });
});
