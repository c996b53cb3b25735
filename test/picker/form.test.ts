import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore, type ClidStore } from '../../src/store/index.js';
import { several } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';

const memory = { storage: 'memory' as const };

async function inForm(store: ClidStore | undefined = createClidStore(several, memory), attrs = '') {
  // fixtureSync: fixture() would wait for an animation frame, which a background tab never gets.
  const form = fixtureSync<HTMLFormElement>(
    html`<form>
      <fieldset>
        <clid-picker
          name="clid"
          label="Present as"
          .store=${store}
          ?required=${attrs.includes('required')}
        ></clid-picker>
      </fieldset>
      <button>Call</button>
    </form>`,
  );
  const el = form.querySelector('clid-picker')!;
  await el.updateComplete;
  return { form, el, h: new PickerHarness(el), store };
}

describe('<clid-picker> in a form', () => {
  it('submits name=E.164 of the current number', async () => {
    const { form, el, h } = await inForm();
    expect(new FormData(form).get('clid')).to.equal('+442079460000');
    await h.open();
    await h.press('End', 'Enter');
    expect(new FormData(form).get('clid')).to.equal('+14155550100');
    const submitted = oneEvent(form, 'submit');
    form.addEventListener('submit', (e) => e.preventDefault(), { once: true });
    form.requestSubmit();
    await submitted;
    expect(el.value).to.equal('+14155550100');
  });

  it('reset returns the selection to the agent default', async () => {
    const { form, el, h, store } = await inForm();
    store.select('de-support', { scope: 'default' });
    await h.open();
    await h.press('End', 'Enter');
    expect(el.value).to.equal('+14155550100');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('+493012345678');
    expect(new FormData(form).get('clid')).to.equal('+493012345678');
    expect(store.getState().agentDefault!.id).to.equal('de-support');
    // The per-call choice is dropped, not replaced by a per-call choice of the default.
    expect(store.getState().selectedSource).to.equal('agent-default');
    expect(store.getState().callChoice).to.equal(null);
  });

  it('restores a value the browser kept', async () => {
    const { el } = await inForm();
    el.formStateRestoreCallback('+33142680000');
    await el.updateComplete;
    expect(el.value).to.equal('+33142680000');
  });

  it('value (property or attribute) selects that number for the next call', async () => {
    const store = createClidStore(several, memory);
    const el = await fixture<ClidPicker>(html`<clid-picker value="+14155550100" .store=${store}></clid-picker>`);
    expect(el.value).to.equal('+14155550100');
    expect(store.getState().callChoice!.id).to.equal('us-sales');
    el.value = 'fr-support';
    await el.updateComplete;
    expect(el.value).to.equal('+33142680000');
  });

  it('a value that is not permitted is rejected, shown and the selection kept', async () => {
    const store = createClidStore({ ...several, permitted: ['uk-sales', 'us-sales'] }, memory);
    const el = await fixture<ClidPicker>(html`<clid-picker .store=${store}></clid-picker>`);
    const rejected = oneEvent(el, 'clid-rejected');
    el.value = '+33142680000';
    const { detail } = await rejected;
    expect(detail.reason).to.equal('not-permitted');
    await el.updateComplete;
    expect(el.value).to.equal('+442079460000');
    expect(new PickerHarness(el).message).to.equal(detail.message);
    await expect(el).to.be.accessible();
  });

  it('required with no number is invalid, with a message; valid once there is one', async () => {
    const { form, el } = await inForm(createClidStore({ numbers: [] }, memory), 'required');
    expect(form.checkValidity()).to.be.false;
    expect(el.checkValidity()).to.be.false;
    expect(el.validationMessage).to.equal('Choose a callback number');
    el.store = createClidStore(several, memory);
    await el.updateComplete;
    expect(el.reportValidity()).to.be.true;
    expect(form.checkValidity()).to.be.true;
  });

  it('a disabled fieldset disables it: not focusable, no popup, not submitted', async () => {
    const { form, el, h } = await inForm();
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(h.combobox.getAttribute('aria-disabled')).to.equal('true');
    expect(h.combobox.tabIndex).to.equal(-1);
    expect(new FormData(form).has('clid')).to.be.false;
    h.combobox.click();
    await el.updateComplete;
    expect(h.expanded).to.be.false;
    await expect(el).to.be.accessible();
  });
});

describe('<clid-picker> disabled and locked', () => {
  it('disabled: not focusable, does not open', async () => {
    const el = await fixture<ClidPicker>(
      html`<clid-picker disabled .store=${createClidStore(several, memory)}></clid-picker>`,
    );
    const h = new PickerHarness(el);
    expect(h.combobox.tabIndex).to.equal(-1);
    expect(h.combobox.getAttribute('aria-disabled')).to.equal('true');
    h.combobox.click();
    await el.updateComplete;
    expect(h.expanded).to.be.false;
    await expect(el).to.be.accessible();
  });

  for (const how of ['attribute', 'config'] as const) {
    it(`locked (${how}): focusable and readable, no way to change`, async () => {
      const store = createClidStore({ ...several, locked: how === 'config' }, memory);
      const el = await fixture<ClidPicker>(
        html`<clid-picker ?locked=${how === 'attribute'} .store=${store}></clid-picker>`,
      );
      const h = new PickerHarness(el);
      await h.focus();
      expect(h.focused).to.equal(h.combobox);
      expect(h.combobox.getAttribute('aria-readonly')).to.equal('true');
      expect(h.shown).to.equal('UK Sales');
      expect(h.root.querySelector('[part=control]')!.textContent).to.include('Locked');
      await h.press('ArrowDown');
      await h.press('Enter');
      await h.press('u');
      expect(h.expanded).to.be.false;
      expect(h.listbox).to.equal(null);
      expect(el.value).to.equal('+442079460000');
      await expect(el).to.be.accessible();
    });
  }
});
