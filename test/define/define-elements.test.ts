import { expect } from '@open-wc/testing';
import * as api from '../../src/index.js';
import { ClidDialer, ClidPicker, ClidProvider, createClidStore, defineClidElements } from '../../src/index.js';
import {
  add,
  CONFIG,
  customNamesSuite,
  packageVersion,
  pageErrors,
  pickerOf,
  shows,
  warned,
} from '../helpers/copies.js';

// This page imports the source only: nothing defines the standard names.
customNamesSuite(async () => api, 'acme');

describe('defineClidElements', () => {
  beforeEach(() => {
    warned.splice(0);
  });

  it('gives every element class the package version', async () => {
    const version = await packageVersion();
    expect([ClidProvider.version, ClidPicker.version, ClidDialer.version]).to.deep.equal([version, version, version]);
  });

  it('defines the same classes under a second set of names, as subclasses, each dialer with its own picker', async () => {
    defineClidElements({ provider: 'one-provider', picker: 'one-picker', dialer: 'one-dialer' });
    const names = defineClidElements({ provider: 'two-provider', picker: 'two-picker', dialer: 'two-dialer' });
    expect(names).to.deep.equal({ provider: 'two-provider', picker: 'two-picker', dialer: 'two-dialer' });
    const Two = customElements.get('two-picker')!;
    expect(Two).to.not.equal(customElements.get('one-picker'));
    expect(Two.prototype).to.be.instanceOf(ClidPicker);
    const store = createClidStore(CONFIG, { storage: 'memory' });
    const one = await add<ClidDialer>('one-dialer', { store });
    const two = await add<ClidDialer>('two-dialer', { store });
    expect([pickerOf(one).localName, pickerOf(two).localName]).to.deep.equal(['one-picker', 'two-picker']);
    await shows(pickerOf(two), 'UK Sales');
    one.remove();
    two.remove();
    expect(warned).to.deep.equal([]);
  });

  it('calling it again with the same names changes nothing and says nothing', () => {
    const Before = customElements.get('one-picker');
    defineClidElements({ provider: 'one-provider', picker: 'one-picker', dialer: 'one-dialer' });
    expect(customElements.get('one-picker')).to.equal(Before);
    expect(warned).to.deep.equal([]);
  });

  it('leaves a name defined by another copy as it is, with one warning naming both versions', () => {
    class Other extends HTMLElement {
      static version = '0.0.9';
    }
    customElements.define('taken-picker', Other);
    let names;
    expect(
      () =>
        (names = defineClidElements({ provider: 'taken-provider', picker: 'taken-picker', dialer: 'taken-dialer' })),
    ).to.not.throw();
    expect(names).to.deep.equal({ provider: 'taken-provider', picker: 'taken-picker', dialer: 'taken-dialer' });
    expect(customElements.get('taken-picker')).to.equal(Other);
    expect(warned).to.deep.equal([
      `clid-picker ${ClidPicker.version}: <taken-picker> is already defined by clid-picker 0.0.9; using that one`,
    ]);
    // The other names of the call were free, and are defined.
    expect(customElements.get('taken-dialer')!.prototype).to.be.instanceOf(ClidDialer);
  });

  it('says "an unknown version" for a copy whose classes carry no version', () => {
    customElements.define('old-dialer', class extends HTMLElement {});
    defineClidElements({ provider: 'old-provider', picker: 'old-picker', dialer: 'old-dialer' });
    expect(warned).to.deep.equal([
      `clid-picker ${ClidPicker.version}: <old-dialer> is already defined by an unknown version; using that one`,
    ]);
  });

  it('throws the browser error for a name that is not a valid custom element name', () => {
    expect(() => defineClidElements({ provider: 'NoHyphen' })).to.throw();
  });
});

describe('<clid-dialer> and its picker name', () => {
  it('renders a picker defined after the dialer, under the dialer subclass pickerTag, with the dialer store', async () => {
    customElements.define(
      'late-dialer',
      class extends ClidDialer {
        static override pickerTag = 'late-picker';
      },
    );
    const dialer = await add<ClidDialer>('late-dialer', { store: createClidStore(CONFIG, { storage: 'memory' }) });
    const picker = pickerOf(dialer);
    expect(picker.localName).to.equal('late-picker');
    expect(customElements.get('late-picker')).to.equal(undefined);
    customElements.define('late-picker', class extends ClidPicker {});
    await shows(picker, 'UK Sales');
    expect(picker.store).to.equal(dialer.store);
    dialer.remove();
  });

  it('throws nothing into the page', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
