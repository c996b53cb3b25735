import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore } from '../../src/store/index.js';
import { many } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';

const big = createClidStore(many(10_000), { storage: 'memory' });
const small = createClidStore(many(100), { storage: 'memory' });

async function open(store = big): Promise<PickerHarness> {
  const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${store}></clid-picker>`);
  const h = new PickerHarness(el);
  await h.open();
  return h;
}

const nodes = (h: PickerHarness) => h.root.querySelectorAll('*').length;

describe('<clid-picker> with 10,000 numbers', () => {
  it('keeps the DOM the same size whatever the count', async () => {
    const h100 = await open(small);
    const count = nodes(h100);
    const h = await open();
    expect(h.options.length).to.be.at.most(16);
    expect(nodes(h)).to.equal(count);
    await h.press('End');
    expect(nodes(h)).to.equal(count);
  });

  it('End reaches the last number, and says it is 10,000 of 10,000', async () => {
    const h = await open();
    await h.press('End');
    expect(h.active!.getAttribute('aria-posinset')).to.equal('10000');
    expect(h.active!.getAttribute('aria-setsize')).to.equal('10000');
    expect(h.activeName).to.match(/^Oxford Support 9981,/); // last by name (numeric collation)
    const box = h.listbox!.getBoundingClientRect();
    const row = h.active!.getBoundingClientRect();
    expect(row.bottom).to.be.at.most(box.bottom + 1);
    expect(row.top).to.be.at.least(box.top - 1);
    await h.press('Home');
    expect(h.active!.getAttribute('aria-posinset')).to.equal('1');
  });

  it('PageDown moves ten rows and keeps the active option visible', async () => {
    const h = await open();
    await h.press('Home', 'PageDown', 'PageDown');
    expect(h.active!.getAttribute('aria-posinset')).to.equal('21');
    const box = h.listbox!.getBoundingClientRect();
    expect(h.active!.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
  });

  it('scrolling renders the rows that come into view', async () => {
    const h = await open();
    const lb = h.listbox!;
    lb.scrollTop = lb.scrollHeight / 2;
    lb.dispatchEvent(new Event('scroll'));
    await h.el.updateComplete;
    const shown = h.options.map((o) => Number(o.getAttribute('aria-posinset')));
    expect(Math.min(...shown)).to.be.greaterThan(4000);
    expect(Math.max(...shown)).to.be.lessThan(6000);
    expect(h.options.length).to.be.at.most(16);
  });

  it('type-ahead at 10,000 numbers: a letter moves the highlight, again to its next match; focus stays', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${big}></clid-picker>`);
    const h = new PickerHarness(el);
    await h.focus();
    await h.press('m');
    expect(h.expanded).to.be.true;
    expect(h.focused).to.equal(h.combobox);
    expect(h.search!.value).to.equal('');
    const first = h.activeName;
    expect(first).to.match(/^M/);
    await h.press('m');
    expect(h.activeName).to.match(/^M/);
    expect(h.activeName).not.to.equal(first);
    // No name starts with "q": the highlight stays where it was, the list is not emptied.
    const before = h.activeName;
    await h.press('q');
    expect(h.activeName).to.equal(before);
    expect(h.options.length).to.be.greaterThan(8);
  });

  it('"/" moves to the search field, which filters by name', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${big}></clid-picker>`);
    const h = new PickerHarness(el);
    await h.open();
    await h.press('/');
    expect(h.focused).to.equal(h.search);
    expect(h.search!.getAttribute('aria-keyshortcuts')).to.equal('/');
    await h.type('leeds bil');
    expect(h.search!.value).to.equal('leeds bil');
    expect(h.options.length).to.be.greaterThan(0);
    for (const o of h.options) expect(PickerHarness.nameOf(o)).to.match(/^Leeds Billing/);
    await h.press('ArrowDown', 'Enter');
    expect(el.value).to.match(/^\+4420/);
    expect(h.shown).to.match(/^Leeds Billing/);
    expect(h.focused).to.equal(h.combobox);
    await expect(el).to.be.accessible();
  });

  it('the search filters by digits, and says when nothing matches', async () => {
    const h = await open();
    h.search!.focus();
    await h.type('70069993');
    expect(h.options.map(PickerHarness.nameOf)).to.deep.equal(['Manchester Campaign 9999, +4 4 2 0 7 0 0 6 9 9 9 3']);
    await h.type('9');
    expect(h.options).to.have.length(0);
    expect(h.root.querySelector('[part=empty]')!.textContent).to.equal('No matching number');
    await expect(h.el).to.be.accessible();
    await h.press('Escape');
    expect(h.expanded).to.be.false;
    expect(h.focused).to.equal(h.combobox);
  });

  it('groups by tag, default group first', async () => {
    const store = createClidStore(many(40), { storage: 'memory' });
    store.select('n7', { scope: 'default' });
    const el = await fixture<ClidPicker>(html`<clid-picker group-by="tag" .store=${store}></clid-picker>`);
    const h = new PickerHarness(el);
    await h.open();
    await h.press('Home');
    const groups = [...h.root.querySelectorAll('[role=group]')].map((g) => g.getAttribute('aria-label'));
    expect(groups[0]).to.equal('My default');
    expect(groups[1]).to.equal('billing');
    expect(h.activeName).to.match(/, My default$/);
    await h.press('ArrowDown');
    expect(h.active!.closest('[role=group]')!.getAttribute('aria-label')).to.equal('billing');
    await expect(el).to.be.accessible();
  });
});
