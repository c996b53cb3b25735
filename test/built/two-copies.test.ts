// Two copies of the BUILT drop-in in one page (`npm run build` first; run by `npm run test:dist`):
// dist/clid-picker.min.js, and the same file served at /copy-b/ as another version
// (web-test-runner.config.mjs). A second copy must load without an error, leave the names the
// first one took (one warning each), and the store of either copy must drive the other's elements.
import { expect } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { ClidProvider } from '../../src/components/clid-provider/clid-provider.js';
import { until } from '../bridge/helpers.js';
import {
  add,
  CONFIG,
  dialsThroughBridge,
  importCopy,
  next,
  packageVersion,
  pageErrors,
  pickerOf,
  shows,
  warned,
  type ClidApi,
} from '../helpers/copies.js';

/** The version /copy-b/ is served as (web-test-runner.config.mjs). */
const B_VERSION = '9.9.9-copy-b';

describe('two copies of the drop-in, of two versions, on one page', () => {
  let a: ClidApi;
  let b: ClidApi;
  let version: string;
  const made: Element[] = [];
  const keep = <T extends Element>(el: T): T => {
    made.push(el);
    return el;
  };
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
  });

  before(async () => {
    version = await packageVersion();
    a = await importCopy('/dist/clid-picker.min.js');
    expect(warned, 'the first copy warns nothing').to.deep.equal([]);
    b = await importCopy('/copy-b/clid-picker.min.js');
  });

  it('the second copy loads, and warns once for each name the first one took, naming both versions', () => {
    expect(b.ClidPicker).to.not.equal(a.ClidPicker);
    expect([a.ClidPicker.version, b.ClidPicker.version, b.ClidDialer.version]).to.deep.equal([
      version,
      B_VERSION,
      B_VERSION,
    ]);
    expect(warned).to.deep.equal(
      ['clid-provider', 'clid-picker', 'clid-dialer'].map(
        (tag) => `clid-picker ${B_VERSION}: <${tag}> is already defined by clid-picker ${version}; using that one`,
      ),
    );
    for (const tag of ['clid-provider', 'clid-picker', 'clid-dialer'])
      expect((customElements.get(tag) as { version?: string }).version, tag).to.equal(version);
  });

  it("the second copy's store API works on its own", async () => {
    const store = b.createClidStore(CONFIG, { storage: 'memory' });
    expect(store.getState().numbers.map((n) => n.id)).to.deep.equal(['uk', 'us']);
    expect(store.select('us', { scope: 'call' })).to.equal(true);
    const call = await store.placeCall({ destination: '+33142685300' });
    expect(call).to.include({ source: 'call' });
    expect(() => b.createClidStore({ numbers: [{ id: 'x', number: '12' }] })).to.throw(b.ClidConfigError);
  });

  it("a store from copy B drives copy A's dialer and its picker: choice, calls and rejections", async () => {
    const store = b.createClidStore(CONFIG, { storage: 'memory' });
    const dialer = keep(await add<ClidDialer>('clid-dialer', { store }));
    expect(dialer).to.be.instanceOf(a.ClidDialer);
    const picker = pickerOf(dialer);
    expect(picker).to.be.instanceOf(a.ClidPicker);
    await shows(picker, 'UK Sales');
    store.select('us', { scope: 'call' });
    await shows(picker, 'US Sales');
    const onStore = next(store, 'call');
    const detail = await dialer.dial('+442079460123');
    expect(detail).to.include({ destination: '+442079460123', source: 'call' });
    expect((await onStore).callId).to.equal(detail.callId);
    // A number this agent may not present: copy B's store rejects, copy A's dialer says why.
    const rejected = next(dialer, 'clid-rejected');
    const error = await dialer.dial('+442079460123', { requested: 'de' }).then(
      () => undefined,
      (e: Error & { reason?: string }) => e,
    );
    expect(error?.reason).to.equal('not-permitted');
    const { reason, message } = await rejected;
    expect(reason).to.equal('not-permitted');
    await until(() => dialer.shadowRoot!.querySelector('[part=message]')!.textContent === message);
  });

  it("copy B's elements under names of their own, on copy A's store and provider", async () => {
    expect(b.defineClidElements({ provider: 'b-provider', picker: 'b-picker', dialer: 'b-dialer' })).to.deep.equal({
      provider: 'b-provider',
      picker: 'b-picker',
      dialer: 'b-dialer',
    });
    const store = a.createClidStore(CONFIG, { storage: 'memory' });
    const provider = keep(await add<ClidProvider>('clid-provider', { store }));
    const dialer = await add<ClidDialer>('b-dialer', {}, provider);
    expect(dialer).to.be.instanceOf(b.ClidDialer);
    expect(pickerOf(dialer).localName).to.equal('b-picker');
    await shows(pickerOf(dialer), 'UK Sales');
    expect((await dialer.dial('+12125550123')).clid.id).to.equal('us');
    // And the other way round: copy B's provider gives copy B's store to copy A's picker.
    const bProvider = keep(
      await add<ClidProvider>('b-provider', {
        store: b.createClidStore({ ...CONFIG, accountDefault: 'us' }, { storage: 'memory' }),
      }),
    );
    const aPicker = await add<ClidPicker>('clid-picker', {}, bProvider);
    await shows(aPicker, 'US Sales');
  });

  it('one click on a link places one call, with dialers of both copies on the page', async () => {
    const aStore = a.createClidStore(CONFIG, { storage: 'memory' });
    const bStore = b.createClidStore(CONFIG, { storage: 'memory' });
    const calls: string[] = [];
    aStore.addEventListener('call', () => calls.push('a'));
    bStore.addEventListener('call', () => calls.push('b'));
    keep(await add<ClidDialer>('clid-dialer', { store: aStore }));
    const bDialer = keep(await add<ClidDialer>('b-dialer', { store: bStore }));
    const link = Object.assign(document.createElement('span'), { textContent: 'call' });
    link.dataset.clidDial = '+442079460123';
    bDialer.append(link);
    const placed = next(bDialer, 'clid-call');
    link.click();
    await placed;
    // A document-wide link goes to the first dialer, copy A's.
    const outside = keep(Object.assign(document.createElement('span'), { textContent: 'outside' }));
    outside.dataset.clidDial = '+442079460124';
    document.body.append(outside);
    const second = next(aStore, 'call');
    outside.click();
    await second;
    // A second listener (one per copy) would have placed its copy of the first click's call by now.
    expect(calls).to.deep.equal(['b', 'a']);
  });

  it("copy B's bridge dials through copy A's dialer", async () => {
    await dialsThroughBridge(
      b,
      keep(await add<ClidDialer>('clid-dialer', { store: b.createClidStore(CONFIG, { storage: 'memory' }) })),
    );
  });

  it('throws nothing into the page, and warned only for the three names', () => {
    expect(pageErrors).to.deep.equal([]);
    expect(warned).to.have.length(3);
  });
});
