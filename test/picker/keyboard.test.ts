import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore, type ClidStore } from '../../src/store/index.js';
import { several } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';

async function setup(config = several): Promise<{ el: ClidPicker; h: PickerHarness; store: ClidStore }> {
  const store = createClidStore(config, { storage: 'memory' });
  const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${store}></clid-picker>`);
  return { el, h: new PickerHarness(el), store };
}

describe('<clid-picker> keyboard', () => {
  it('shows the current number by name, number as secondary text', async () => {
    const { h } = await setup();
    expect(h.shown).to.equal('UK Sales');
    expect(h.root.querySelector('[part=number]')!.textContent).to.equal('+44 20 7946 0000');
    expect(h.expanded).to.be.false;
    await expect(h.el).to.be.accessible();
  });

  it('opens with ArrowDown on the current option, sorted by name, and closes with Escape', async () => {
    const { h } = await setup();
    await h.open();
    expect(h.expanded).to.be.true;
    expect(h.options.map((o) => o.querySelector('[part=option-name]')!.textContent)).to.deep.equal([
      'Berlin Support',
      'Paris Support',
      'Spring Campaign',
      'UK Sales',
      'US Sales',
    ]);
    expect(h.activeName).to.equal('UK Sales, +4 4 2 0 7 9 4 6 0 0 0 0');
    await expect(h.el).to.be.accessible();
    await h.press('Escape');
    expect(h.expanded).to.be.false;
    expect(h.focused).to.equal(h.combobox);
  });

  for (const key of ['Enter', ' ', 'ArrowUp', 'Home', 'End']) {
    it(`opens with ${JSON.stringify(key)}`, async () => {
      const { h } = await setup();
      await h.focus();
      await h.press(key);
      expect(h.expanded).to.be.true;
    });
  }

  it('moves with arrows, Home/End and PageUp/PageDown, then Enter chooses for this call', async () => {
    const { h, el, store } = await setup();
    await h.open();
    await h.press('ArrowDown');
    expect(h.activeName).to.match(/^US Sales/);
    await h.press('ArrowDown'); // stays on the last
    expect(h.activeName).to.match(/^US Sales/);
    await h.press('Home');
    expect(h.activeName).to.match(/^Berlin Support/);
    await h.press('PageDown');
    expect(h.activeName).to.match(/^US Sales/);
    await h.press('PageUp');
    expect(h.activeName).to.match(/^Berlin Support/);
    await h.press('End');
    expect(h.activeName).to.match(/^US Sales/);
    await h.press('ArrowUp');
    expect(h.activeName).to.match(/^UK Sales/);
    await h.press('ArrowUp', 'ArrowUp');
    expect(h.activeName).to.match(/^Paris Support/);
    const change = oneEvent(el, 'clid-change');
    await h.press('Enter');
    expect((await change).detail.clid!.id).to.equal('fr-support');
    expect(h.expanded).to.be.false;
    expect(store.getState().selected!.id).to.equal('fr-support');
  });

  it('a plain choice is for this call: clid-change scope call, the default is untouched', async () => {
    const { h, el, store } = await setup();
    await h.open();
    await h.press('Home', 'ArrowDown');
    const change = oneEvent(el, 'clid-change');
    await h.press('Enter');
    const { detail } = await change;
    expect(detail).to.include({ scope: 'call' });
    expect(detail.clid!.name).to.equal('Paris Support');
    await el.updateComplete;
    expect(el.value).to.equal('+33142680000');
    expect(h.shown).to.equal('Paris Support');
    expect(store.getState().agentDefault).to.equal(null);
    expect(h.focused).to.equal(h.combobox);
  });

  it('the popup buttons set and clear the default', async () => {
    const { h, store } = await setup();
    await h.open();
    await h.press('Home');
    h.button(/Set as my default/)!.click();
    await h.el.updateComplete;
    expect(store.getState().agentDefault!.id).to.equal('de-support');
    await h.open();
    h.button(/Clear my default/)!.click();
    expect(store.getState().agentDefault).to.equal(null);
  });

  it('a canceled clid-change keeps the old selection', async () => {
    const { h, el, store } = await setup();
    el.addEventListener('clid-change', (e) => e.preventDefault());
    await h.open();
    await h.press('Home', 'Enter');
    expect(store.getState().selected!.id).to.equal('uk-sales');
    expect(el.value).to.equal('+442079460000');
  });

  it('type-ahead jumps by name and by digits', async () => {
    const { h } = await setup();
    await h.open();
    // Type-ahead forgets what was typed after 500 ms without a key. The clock stands still here
    // (however slow the key commands) and is moved on by hand instead of waiting.
    const now = Date.now;
    const start = now();
    let later = 0;
    Date.now = () => start + later;
    try {
      await h.press('s');
      expect(h.activeName).to.match(/^Spring Campaign/);
      later += 600;
      await h.press('p');
      expect(h.activeName).to.match(/^Paris Support/);
      later += 600;
      await h.type('49');
      expect(h.activeName).to.match(/^Berlin Support/);
    } finally {
      Date.now = now;
    }
  });

  it('typing on the closed control opens it on the match', async () => {
    const { h } = await setup();
    await h.focus();
    await h.press('b');
    expect(h.expanded).to.be.true;
    expect(h.activeName).to.match(/^Berlin Support/);
  });

  it('Tab chooses the active option and moves focus on', async () => {
    const store = createClidStore(several, { storage: 'memory' });
    const root = fixtureSync<HTMLElement>(
      html`<div><clid-picker .store=${store}></clid-picker><button>Next</button></div>`,
    );
    const el = root.querySelector('clid-picker')!;
    await el.updateComplete;
    const h = new PickerHarness(el);
    await h.open();
    await h.press('Home', 'Tab');
    expect(el.value).to.equal('+493012345678');
    expect(h.expanded).to.be.false;
    expect(document.activeElement).to.equal(root.querySelector('button'));
  });

  it('clicking an option chooses it and keeps focus on the control', async () => {
    const { h, el } = await setup();
    await h.open();
    h.options[1].click();
    await el.updateComplete;
    expect(el.value).to.equal('+33142680000');
    expect(h.expanded).to.be.false;
  });

  it('announces a change it did not make, and not its own', async () => {
    const { h, el, store } = await setup();
    store.select('fr-support');
    await el.updateComplete;
    expect(h.status).to.equal('Callback number changed to Paris Support, +3 3 1 4 2 6 8 0 0 0 0');
    await h.open();
    await h.press('End', 'Enter');
    expect(h.status).to.equal('Callback number changed to Paris Support, +3 3 1 4 2 6 8 0 0 0 0');
  });
});
