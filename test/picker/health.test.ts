import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore, type ClidConfig } from '../../src/store/index.js';
import { withHealth } from '../../stories/shared.js';
import { PickerHarness } from '../helpers/picker-harness.js';

async function setup(config: ClidConfig = withHealth, lang = 'en') {
  const store = createClidStore(config, { storage: 'memory' });
  const el = await fixture<ClidPicker>(
    html`<clid-picker lang=${lang} label="Present as" .store=${store}></clid-picker>`,
  );
  return { el, h: new PickerHarness(el), store };
}

/** The visible health notes of the options, by option name. */
const notes = (h: PickerHarness): Record<string, string> =>
  Object.fromEntries(
    h.options.map((o) => [
      o.querySelector('[part=option-name]')!.textContent,
      o.querySelector('[part=health]')?.textContent ?? '',
    ]),
  );

describe('<clid-picker> number health', () => {
  it('says flagged and at-risk in the options, visibly and in their accessible names; blocked is not offered', async () => {
    const { h } = await setup();
    await h.open();
    expect(notes(h)).to.deep.equal({
      'UK Sales': '',
      'US East': 'Spam risk',
      'US West': 'Flagged as spam',
    });
    const names = h.options.map((o) => PickerHarness.nameOf(o));
    expect(names).to.include('US West, +1 4 1 5 5 5 5 0 1 0 0, Flagged as spam');
    expect(names).to.include('US East, +1 2 1 2 5 5 5 0 1 0 0, Spam risk');
    expect(names.some((n) => n.startsWith('Berlin'))).to.be.false;
    await expect(h.el).to.be.accessible();
  });

  it('a flagged number may be chosen with the keyboard; the closed picker then says so', async () => {
    const { h, el, store } = await setup();
    await h.open();
    await h.press('End');
    expect(h.activeName).to.equal('US West, +1 4 1 5 5 5 5 0 1 0 0, Flagged as spam');
    const change = oneEvent(el, 'clid-change');
    await h.press('Enter');
    expect((await change).detail.clid!.id).to.equal('us-west');
    expect(store.getState().selected!.id).to.equal('us-west');
    expect(h.root.querySelector('#control [part=health]')!.textContent).to.equal('Flagged as spam');
    expect(PickerHarness.nameOf(h.combobox)).to.equal('US West, +1 4 1 5 5 5 5 0 1 0 0, Flagged as spam');
    await expect(h.el).to.be.accessible();
  });

  it('the note follows a health change at run time, and a number that becomes blocked leaves the list', async () => {
    const { h, store } = await setup();
    const numbers = withHealth.numbers.map((n) =>
      typeof n === 'object' && 'id' in n && n.id === 'uk-sales' ? { ...n, health: 'at-risk' as const } : n,
    );
    store.setConfig({ ...withHealth, numbers });
    await h.el.updateComplete;
    expect(h.root.querySelector('#control [part=health]')!.textContent).to.equal('Spam risk');
    store.setConfig({
      ...withHealth,
      numbers: withHealth.numbers.map((n) =>
        typeof n === 'object' && 'id' in n && n.id === 'us-east' ? { ...n, health: 'blocked' as const } : n,
      ),
    });
    await h.el.updateComplete;
    await h.open();
    expect(Object.keys(notes(h))).to.deep.equal(['UK Sales', 'US West']);
  });

  for (const [lang, flagged, atRisk] of [
    ['de', 'Als Spam markiert', 'Spam-Risiko'],
    ['fr', 'Signalé comme spam', 'Risque de spam'],
    ['es', 'Marcado como spam', 'Riesgo de spam'],
  ]) {
    it(`says it in the agent's language (${lang})`, async () => {
      const { h } = await setup(withHealth, lang);
      await h.open();
      expect(Object.values(notes(h)).filter(Boolean).sort()).to.deep.equal([flagged, atRisk].sort());
      await expect(h.el).to.be.accessible();
    });
  }
});
