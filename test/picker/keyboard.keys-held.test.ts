// Keys with modifiers (held with sendKeys down/up, which WebKitWebDriver does not support).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore, type ClidStore } from '../../src/store/index.js';
import { several } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';

async function setup(): Promise<{ el: ClidPicker; h: PickerHarness; store: ClidStore }> {
  const store = createClidStore(several, { storage: 'memory' });
  const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${store}></clid-picker>`);
  return { el, h: new PickerHarness(el), store };
}

async function chord(modifier: string, key: string, h: PickerHarness): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
  await h.el.updateComplete;
}

describe('<clid-picker> keys with modifiers', () => {
  it('Alt+ArrowDown opens without moving; Alt+ArrowUp chooses and closes', async () => {
    const { h, el } = await setup();
    await h.focus();
    await chord('Alt', 'ArrowDown', h);
    expect(h.expanded).to.be.true;
    expect(h.activeName).to.match(/^UK Sales/);
    await h.press('End');
    await chord('Alt', 'ArrowUp', h);
    expect(h.expanded).to.be.false;
    expect(el.value).to.equal('+14155550100');
    expect(h.focused).to.equal(h.combobox);
  });

  it('Shift+Enter sets the active option as my default', async () => {
    const { h, el, store } = await setup();
    const seen: string[] = [];
    el.addEventListener('clid-change', (e) => seen.push(`change:${e.detail.scope}:${e.detail.clid?.id}`));
    el.addEventListener('clid-default-change', (e) => seen.push(`default:${e.detail.clid?.id}`));
    await h.open();
    await h.press('End');
    await chord('Shift', 'Enter', h);
    expect(seen).to.deep.equal(['change:default:us-sales', 'default:us-sales']);
    expect(store.getState().agentDefault!.id).to.equal('us-sales');
    expect(h.root.querySelector('[part=control] [part=badge]')!.textContent).to.equal('My default');
    await h.open();
    expect(h.options[0].textContent.trim()).to.match(/^US Sales, \+1 4 1 5 5 5 5 0 1 0 0, My default/);
    await expect(el).to.be.accessible();
  });

  it('Shift+Delete clears my default', async () => {
    const { h, el, store } = await setup();
    store.select('us-sales', { scope: 'default' });
    await h.open();
    const event = oneEvent(el, 'clid-default-change');
    await chord('Shift', 'Delete', h);
    expect((await event).detail.clid).to.equal(null);
    expect(store.getState().agentDefault).to.equal(null);
    expect(h.expanded).to.be.false;
  });
});
