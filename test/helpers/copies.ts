/**
 * What the tests of tag names and of several copies on one page share: the public API of one copy
 * (the source, the built npm entry or the built drop-in), a page-error watch, a warning recorder,
 * and the suite "elements under names of your own only", run against each way of loading.
 */
import { expect } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { ClidProvider } from '../../src/components/clid-provider/clid-provider.js';
import type { ClidConfig } from '../../src/store/index.js';
import { bridgeAccount } from '../../stories/shared.js';
import { CRM, fakeFrame, msg, ofType, receive } from '../bridge/helpers.js';
import { waitFor } from './wait.js';

/** One copy's public API: what `clid-picker` and the drop-in export. */
/** What the tests use of a copy's API (the npm entry's, or the drop-in's, which adds the telephony adapters). */
export type ClidApi = typeof import('../../src/index.js');

/** Imports a built copy by URL (the test server serves dist/ and its copies). */
export const importCopy = (url: string): Promise<ClidApi> => import(/* @vite-ignore */ url);

/** The version in package.json. */
export const packageVersion = async (): Promise<string> => (await (await fetch('/package.json')).json()).version;

/** The bridge tests' account (a data-only module: this one must load no source but the copies under test). */
export const CONFIG: ClidConfig = bridgeAccount;

/** Errors thrown into the page (uncaught, or unhandled rejections) since the file started. */
export const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));

/** Every console.warn of the page, in order (recorded for the whole file), but Lit's dev-mode notice. */
export const warned: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (!text.includes('Lit is in dev mode')) warned.push(text);
  warn(...args);
};

/** Adds `tag` to the document with `props`, and waits for it to render. */
export async function add<T extends HTMLElement>(
  tag: string,
  props: object = {},
  parent: Element = document.body,
): Promise<T> {
  const el = Object.assign(document.createElement(tag), props) as unknown as T;
  parent.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** The picker a dialer renders. */
export const pickerOf = (dialer: Element): ClidPicker => dialer.shadowRoot!.querySelector<ClidPicker>('[part=picker]')!;

/** Waits until a picker shows the number called `name` as its selection. */
export async function shows(picker: ClidPicker, name: string): Promise<void> {
  await waitFor(
    () => picker.shadowRoot?.querySelector('[part=name]')?.textContent.trim() === name,
    `picker does not show ${name}`,
  );
}

/** Waits for the next `type` event on `target`, and gives its detail. */
export const next = <T = any>(target: EventTarget, type: string): Promise<T> =>
  new Promise((resolve) => target.addEventListener(type, (e) => resolve((e as CustomEvent).detail), { once: true }));

/**
 * The elements defined under names of their own only (no standard name at all): the dialer, its
 * picker, click-to-dial links, a provider and the bridge all work. `load` gives the copy under
 * test; `prefix` the names (`<prefix>-provider`, `-picker`, `-dialer`).
 */
export function customNamesSuite(load: () => Promise<ClidApi>, prefix: string): void {
  describe(`elements under names of your own only (${prefix}-*)`, () => {
    const names = { provider: `${prefix}-provider`, picker: `${prefix}-picker`, dialer: `${prefix}-dialer` };
    let api: ClidApi;
    let returned: ReturnType<ClidApi['defineClidElements']>;
    const store = () => api.createClidStore(CONFIG, { storage: 'memory' });
    const made: Element[] = [];
    const keep = <T extends Element>(el: T): T => {
      made.push(el);
      return el;
    };

    before(async () => {
      api = await load();
      returned = api.defineClidElements(names);
    });
    afterEach(() => {
      for (const el of made.splice(0)) el.remove();
    });

    it('defines them under those names, returns the names, and defines no standard name', async () => {
      expect(returned).to.deep.equal(names);
      expect(customElements.get(names.provider)).to.equal(api.ClidProvider);
      expect(customElements.get(names.picker)).to.equal(api.ClidPicker);
      expect(customElements.get(names.dialer)).to.equal(api.ClidDialer);
      for (const standard of ['clid-provider', 'clid-picker', 'clid-dialer'])
        expect(customElements.get(standard), standard).to.equal(undefined);
      expect(api.ClidPicker.version).to.equal(await packageVersion());
    });

    it('the dialer renders its picker under the picker name, and calls with the number the picker shows', async () => {
      const dialer = keep(await add<ClidDialer>(names.dialer, { store: store() }));
      const picker = pickerOf(dialer);
      expect(picker.localName).to.equal(names.picker);
      expect(picker).to.be.instanceOf(api.ClidPicker);
      await shows(picker, 'UK Sales');
      dialer.store!.select('us', { scope: 'call' });
      await shows(picker, 'US Sales');
      const detail = await dialer.dial('+33142685300');
      expect(detail).to.include({ destination: '+33142685300', source: 'call' });
      expect(detail.clid.id).to.equal('us');
    });

    it('a click-to-dial link calls through its nearest dialer, else the first in the document', async () => {
      const first = keep(await add<ClidDialer>(names.dialer, { store: store() }));
      const outer = keep(await add<ClidDialer>(names.dialer, { store: store() }));
      const inside = Object.assign(document.createElement('span'), { textContent: 'inside' });
      inside.dataset.clidDial = '+12125550123';
      outer.append(inside);
      const outside = keep(Object.assign(document.createElement('a'), { href: '#nowhere', textContent: 'outside' }));
      outside.dataset.clidDial = '+442079460123';
      document.body.append(outside);
      const onFirst: unknown[] = [];
      first.addEventListener('clid-call', (e) => onFirst.push(e));
      let call = next(outer, 'clid-call');
      inside.click();
      expect((await call).destination).to.equal('+12125550123');
      expect(onFirst).to.be.empty;
      call = next(first, 'clid-call');
      outside.click();
      expect((await call).destination).to.equal('+442079460123');
      expect(location.hash, 'navigation prevented').to.not.equal('#nowhere');
    });

    it('a provider under its own name gives its store to the picker and the dialer', async () => {
      const provider = keep(await add<ClidProvider>(names.provider, { store: store() }));
      const picker = await add<ClidPicker>(names.picker, {}, provider);
      const dialer = await add<ClidDialer>(names.dialer, {}, provider);
      await shows(picker, 'UK Sales');
      provider.store!.select('us', { scope: 'call' });
      await shows(picker, 'US Sales');
      await shows(pickerOf(dialer), 'US Sales');
    });

    it('the bridge dials through a dialer of any name', async () => {
      await dialsThroughBridge(api, keep(await add<ClidDialer>(names.dialer, { store: store() })));
    });

    it('throws nothing into the page and warns nothing', () => {
      expect(pageErrors).to.deep.equal([]);
      expect(warned).to.deep.equal([]);
    });
  });
}

/**
 * A bridge of `api`'s copy, connected to `dialer`, dials a US number through it: one call (US
 * Sales, by the +1 rule) and an `ok` reply to the frame.
 */
export async function dialsThroughBridge(api: Pick<ClidApi, 'loadClidBridge'>, dialer: ClidDialer): Promise<void> {
  const { connectClidBridge } = await api.loadClidBridge();
  const frame = fakeFrame();
  const bridge = connectClidBridge({ target: frame.win, origins: [CRM], store: dialer.store!, dialer });
  try {
    const call = next(dialer, 'clid-call');
    receive(frame.win, CRM, msg({ type: 'dial', id: 'd1', destination: '+12125550123' }));
    expect((await call).clid.id).to.equal('us');
    await waitFor(() => ofType(frame.sent, 'reply').length, 'the bridge replies to the frame');
    expect(ofType(frame.sent, 'reply')[0].data).to.deep.include({ ok: true });
  } finally {
    bridge.disconnect();
  }
}
