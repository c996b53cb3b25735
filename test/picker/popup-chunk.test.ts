// The popup is a lazily loaded chunk: what happens when the agent is quicker than the network.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { ClidPicker, type PopupModule } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore } from '../../src/store/index.js';
import { several } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';
import { waitFor } from '../helpers/wait.js';

/** A picker whose popup chunk arrives only when the test says so. */
let gate: { open(): void; calls: number; promise: Promise<void> };
const newGate = (): typeof gate => {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { open, promise, calls: 0 };
};
class SlowPicker extends ClidPicker {
  static override loadPopup(): Promise<PopupModule> {
    gate.calls++;
    return gate.promise.then(() => ClidPicker.loadPopup());
  }
}
customElements.define('slow-picker', SlowPicker);

async function slow(): Promise<PickerHarness> {
  gate = newGate();
  const store = createClidStore(several, { storage: 'memory' });
  const el = await fixture<ClidPicker>(html`<slow-picker label="Present as" .store=${store}></slow-picker>`);
  return new PickerHarness(el);
}

describe('<clid-picker> popup chunk', () => {
  it('keys pressed before the chunk arrives are not lost: the list opens with them when it does', async () => {
    const h = await slow();
    h.combobox.focus();
    await sendKeys({ press: 'End' });
    expect(h.expanded).to.be.false;
    expect(h.focused).to.equal(h.combobox);
    // After a moment without the chunk, a loading state shows (and says it is busy).
    await waitFor(() => h.root.querySelector('[part=popup]')?.textContent.includes('Loading…'), 'no loading state');
    expect(h.combobox.getAttribute('aria-busy')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    gate.open();
    await h.el.updateComplete;
    expect(h.expanded).to.be.true;
    expect(h.activeName).to.match(/^UK Sales/);
    expect(h.combobox.getAttribute('aria-busy')).to.equal(null);
    expect(h.focused).to.equal(h.combobox);
    await h.press('Enter');
    expect(h.el.value).to.equal('+442079460000');
    expect(h.focused).to.equal(h.combobox);
    await expect(h.el).to.be.accessible();
  });

  it('type-ahead typed before the chunk arrives counts', async () => {
    const h = await slow();
    h.combobox.focus();
    await sendKeys({ press: 'u' });
    await sendKeys({ press: 's' });
    gate.open();
    await h.el.updateComplete;
    expect(h.expanded).to.be.true;
    expect(h.activeName).to.match(/^US Sales/);
  });

  it('a click before the chunk arrives opens the list when it does; Escape meanwhile calls it off', async () => {
    const h = await slow();
    h.combobox.focus();
    h.combobox.click();
    await sendKeys({ press: 'Escape' });
    gate.open();
    // The chunk has reached this picker when its popup styles are adopted.
    await waitFor(() => h.root.adoptedStyleSheets.length > 1, 'the chunk arrived');
    await h.el.updateComplete;
    expect(h.expanded).to.be.false;
    expect(h.root.querySelector('[part=popup]')).to.equal(null);
    h.combobox.click();
    await h.el.updateComplete;
    expect(h.expanded).to.be.true;
    expect(h.listbox).to.exist;
  });

  it('is asked for once per picker (idle prefetch, pointer entry, focus, open), and fetched once per page', async () => {
    const h = await slow();
    await waitFor(() => gate.calls === 1, 'the idle prefetch asks for the chunk');
    h.el.dispatchEvent(new PointerEvent('pointerenter'));
    h.combobox.focus();
    await sendKeys({ press: 'ArrowDown' });
    gate.open();
    await h.el.updateComplete;
    expect(h.expanded).to.be.true;
    expect(gate.calls).to.equal(1);
    expect(ClidPicker.loadPopup()).to.equal(ClidPicker.loadPopup());
    const fetched = performance.getEntriesByType('resource').filter((e) => e.name.includes('picker-popup.ts'));
    expect(fetched.length, 'the chunk is fetched, once').to.equal(1);
  });

  it('is prefetched after the first render, without any gesture', async () => {
    const store = createClidStore(several, { storage: 'memory' });
    const el = await fixture<ClidPicker>(html`<clid-picker .store=${store}></clid-picker>`);
    await ClidPicker.loadPopup();
    // The popup's own styles are adopted as soon as the chunk is there, before any open.
    await waitFor(() => el.shadowRoot!.adoptedStyleSheets.length > 1, 'popup styles not adopted');
  });
});
