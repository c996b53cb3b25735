import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore, type ClidConfig } from '../../src/store/index.js';
import { PickerHarness } from '../helpers/picker-harness.js';

/** Nine numbers (where many agents are, and one more than the rows the list shows at once). */
const NINE: ClidConfig = {
  numbers: [
    ['b1', 'Berlin Sales', '+4930901820'],
    ['b2', 'Berlin Support', '+4930901821'],
    ['b3', 'Bristol Billing', '+441179460000'],
    ['l1', 'Leeds Sales', '+441134960000'],
    ['l2', 'London Sales', '+442079460000'],
    ['l3', 'London Support', '+442079460001'],
    ['m1', 'Madrid Sales', '+34915550100'],
    ['p1', 'Paris Sales', '+33142868200'],
    ['p2', 'Paris Support', '+33142868201'],
  ].map(([id, name, number]) => ({ id, name, number })),
};

/** The picker's type-ahead clock, frozen so that keys count as typed together until {@link advanceClock}. */
const realNow = Date.now;
let fakeNow = 0;
function freezeClock(): void {
  fakeNow = realNow();
  Date.now = () => fakeNow;
}
/** Lets `ms` pass for the type-ahead clock, without waiting for it. */
function advanceClock(ms: number): void {
  fakeNow += ms;
}

async function open(): Promise<PickerHarness> {
  const el = await fixture<ClidPicker>(
    html`<clid-picker label="Present as" .store=${createClidStore(NINE, { storage: 'memory' })}></clid-picker>`,
  );
  const h = new PickerHarness(el);
  await h.open();
  return h;
}

describe('<clid-picker> type-ahead (APG select-only combobox), with nine numbers', () => {
  beforeEach(freezeClock);
  afterEach(() => (Date.now = realNow));

  it('a letter moves to the first name starting with it; focus stays on the combobox, nothing is filtered', async () => {
    const h = await open();
    await h.press('l');
    expect(h.activeName).to.match(/^Leeds Sales/);
    expect(h.focused).to.equal(h.combobox);
    expect(h.options).to.have.length(9);
    expect(h.search!.value).to.equal('');
  });

  it('the same letter again cycles through its matches from the current one, and wraps', async () => {
    const h = await open();
    expect(h.activeName).to.match(/^Berlin Sales/); // the selection
    await h.press('b');
    expect(h.activeName).to.match(/^Berlin Support/);
    await h.press('b');
    expect(h.activeName).to.match(/^Bristol Billing/);
    await h.press('b');
    expect(h.activeName).to.match(/^Berlin Sales/);
  });

  it('letters typed together match a longer prefix; after a pause, typing starts afresh', async () => {
    const h = await open();
    await h.type('lo');
    expect(h.activeName).to.match(/^London Sales/);
    advanceClock(1000);
    await h.press('p');
    expect(h.activeName).to.match(/^Paris Sales/);
  });

  it('a key that matches nothing leaves the highlight where it was', async () => {
    const h = await open();
    await h.press('m');
    expect(h.activeName).to.match(/^Madrid Sales/);
    advanceClock(1000);
    await h.press('z');
    expect(h.activeName).to.match(/^Madrid Sales/);
    expect(h.options.length).to.be.greaterThan(0);
  });

  it('digits match within the number', async () => {
    const h = await open();
    await h.type('3491');
    expect(h.activeName).to.match(/^Madrid Sales/);
  });

  it('Home, End, PageDown and PageUp move as the pattern says', async () => {
    const h = await open();
    await h.press('End');
    expect(h.activeName).to.match(/^Paris Support/);
    await h.press('Home');
    expect(h.activeName).to.match(/^Berlin Sales/);
    await h.press('PageDown');
    expect(h.activeName).to.match(/^Paris Support/); // ten rows on, at most the last
    await h.press('PageUp');
    expect(h.activeName).to.match(/^Berlin Sales/);
  });

  it('the search field is reached with "/" and filters without breaking type-ahead on the control', async () => {
    const h = await open();
    await h.press('/');
    expect(h.focused).to.equal(h.search);
    await h.type('sup');
    expect(h.options.map((o) => PickerHarness.nameOf(o).split(',')[0])).to.deep.equal([
      'Berlin Support',
      'London Support',
      'Paris Support',
    ]);
    await h.press('Escape');
    expect(h.focused).to.equal(h.combobox);
    await h.press('ArrowDown');
    await h.press('p');
    expect(h.activeName).to.match(/^Paris Sales/);
    await expect(h.el).to.be.accessible();
  });
});
