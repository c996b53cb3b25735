import { LitElement } from 'lit';
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { ClidProvider } from '../../src/components/clid-provider/clid-provider.js';
import { createClidStore } from '../../src/store/index.js';
import { SourceController } from '../../src/controllers/source-controller.js';
import { several } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';
import { waitFor } from '../helpers/wait.js';

const memory = { storage: 'memory' as const };
const json = JSON.stringify({ numbers: [{ id: 'a', number: '+442079460000', name: 'From JSON' }] });

describe('<clid-picker> data sources', () => {
  it('takes a config object', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker .storeOptions=${memory} .config=${several}></clid-picker>`);
    expect(new PickerHarness(el).shown).to.equal('UK Sales');
  });

  it('takes the config attribute as JSON text', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker .storeOptions=${memory} config=${json}></clid-picker>`);
    expect(new PickerHarness(el).shown).to.equal('From JSON');
  });

  it('takes a child <script type="application/json">', async () => {
    const el = await fixture<ClidPicker>(
      html`<clid-picker .storeOptions=${memory}
        ><script type="application/json">
          ${json}
        </script></clid-picker
      >`,
    );
    expect(new PickerHarness(el).shown).to.equal('From JSON');
  });

  it('fetches config-src, showing that it loads meanwhile', async () => {
    // The response is held back until the loading state has been seen, then let through.
    const original = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    window.fetch = (...args) => held.then(() => original(...args));
    let el: ClidPicker;
    try {
      el = await fixture<ClidPicker>(
        html`<clid-picker .storeOptions=${memory} config-src="/test/picker/fixtures/config.json"></clid-picker>`,
      );
    } finally {
      window.fetch = original;
    }
    const h = new PickerHarness(el);
    expect(h.combobox.getAttribute('aria-busy')).to.equal('true');
    expect(h.shown).to.equal('Loading…');
    release();
    await waitFor(() => h.shown === 'US Sales', 'config loaded');
    expect(h.combobox.hasAttribute('aria-busy')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows the loading state while config-src is pending, and fetches same-origin', async () => {
    const original = window.fetch;
    let init: RequestInit | undefined;
    window.fetch = (_url, options) => {
      init = options;
      return new Promise<Response>(() => {});
    };
    try {
      const el = await fixture<ClidPicker>(html`<clid-picker config-src="/slow.json"></clid-picker>`);
      const h = new PickerHarness(el);
      expect(h.shown).to.equal('Loading…');
      expect(h.combobox.getAttribute('aria-busy')).to.equal('true');
      expect(init?.credentials).to.equal('same-origin');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('a config-src that fails: clid-error config-load, message shown', async () => {
    const el = document.createElement('clid-picker');
    el.setAttribute('config-src', '/test/picker/fixtures/missing.json');
    const error = oneEvent(el, 'clid-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail.code).to.equal('config-load');
      expect(detail.message).to.match(/^Could not load the configuration: HTTP 404/);
      await el.updateComplete;
      expect(new PickerHarness(el).message).to.equal(detail.message);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('SourceController.ready() rejects when the config already failed, as when it fails later', async () => {
    class Host extends LitElement {
      static override properties = { config: {}, configSrc: { attribute: 'config-src' } };
      declare config?: string;
      declare configSrc?: string;
      src = new SourceController(this);
    }
    customElements.define('test-source-host', Host);
    const el = document.createElement('test-source-host') as Host;
    el.configSrc = '/test/picker/fixtures/missing.json';
    const error = oneEvent(el, 'clid-error');
    document.body.append(el);
    try {
      const early = el.src.ready();
      await error;
      const reasons = await Promise.all(
        [early, el.src.ready()].map((p) =>
          p.then(
            () => 'resolved',
            (e) => e.reason,
          ),
        ),
      );
      expect(reasons).to.deep.equal(['no-config', 'no-config']);
      el.config = '{"numbers":"nope"}';
      await el.updateComplete;
      expect(
        await el.src.ready().then(
          () => 'resolved',
          (e) => e.reason,
        ),
      ).to.equal('no-config');
      el.config = json;
      await el.updateComplete;
      expect((await el.src.ready()).getState().selected!.name).to.equal('From JSON');
    } finally {
      el.remove();
    }
  });

  it('an invalid config: clid-error config-invalid with the path, shown, never thrown', async () => {
    const errors: string[] = [];
    const bad = { numbers: [{ id: 'x', number: '+0 12' }] };
    const el = await fixture<ClidPicker>(
      html`<clid-picker
        .config=${bad}
        @clid-error=${(e: CustomEvent) => errors.push(`${e.detail.code}|${e.detail.message}`)}
      ></clid-picker>`,
    );
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^config-invalid\|The callback numbers could not be set up: numbers\[0\]\.number/);
    const h = new PickerHarness(el);
    expect(h.message).to.equal(errors[0].split('|')[1]);
    expect(h.shown).to.equal('No callback number available');
    await expect(el).to.be.accessible();
  });

  it('JSON that does not parse is config-invalid too', async () => {
    let code = '';
    await fixture(
      html`<clid-picker config="{oops" @clid-error=${(e: CustomEvent) => (code = e.detail.code)}></clid-picker>`,
    );
    expect(code).to.equal('config-invalid');
  });

  it('a new config hot-reloads its own store (same instance)', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker .storeOptions=${memory} .config=${several}></clid-picker>`);
    el.config = json;
    await el.updateComplete;
    expect(new PickerHarness(el).shown).to.equal('From JSON');
  });

  it('the store property wins over config', async () => {
    const store = createClidStore(JSON.parse(json), memory);
    const el = await fixture<ClidPicker>(html`<clid-picker .store=${store} .config=${several}></clid-picker>`);
    expect(new PickerHarness(el).shown).to.equal('From JSON');
  });

  it('shows that no number is permitted', async () => {
    const el = await fixture<ClidPicker>(
      html`<clid-picker .storeOptions=${memory} .config=${{ numbers: [] }}></clid-picker>`,
    );
    const h = new PickerHarness(el);
    expect(h.shown).to.equal('No callback number available');
    expect(h.message).to.equal('No callback number is permitted for you. Ask your administrator to allow one.');
    await h.focus();
    await h.press('ArrowDown');
    expect(h.expanded).to.be.false;
    await expect(el).to.be.accessible();
  });
});

describe('<clid-provider>', () => {
  it('provides one store to the pickers inside it; they share the selection', async () => {
    const store = createClidStore(several, memory);
    const root = await fixture<ClidProvider>(
      html`<clid-provider .store=${store}>
        <div><clid-picker id="a"></clid-picker></div>
        <clid-picker id="b"></clid-picker>
      </clid-provider>`,
    );
    const [a, b] = [...root.querySelectorAll('clid-picker')];
    await a.updateComplete;
    expect(new PickerHarness(a).shown).to.equal('UK Sales');
    const ha = new PickerHarness(a);
    await ha.open();
    await ha.press('Home', 'Enter');
    await b.updateComplete;
    expect(new PickerHarness(b).shown).to.equal('Berlin Support');
    expect(root.providedStore).to.equal(store);
  });

  it('makes its store from config / JSON script / config-src', async () => {
    const root = await fixture<ClidProvider>(
      html`<clid-provider .storeOptions=${memory}>
        <script type="application/json">
          ${json}
        </script>
        <clid-picker></clid-picker>
      </clid-provider>`,
    );
    const picker = root.querySelector('clid-picker')!;
    await picker.updateComplete;
    expect(new PickerHarness(picker).shown).to.equal('From JSON');

    const remote = await fixture<ClidProvider>(
      html`<clid-provider .storeOptions=${memory} config-src="/test/picker/fixtures/config.json">
        <clid-picker></clid-picker>
      </clid-provider>`,
    );
    const p2 = remote.querySelector('clid-picker')!;
    await waitFor(() => new PickerHarness(p2).shown === 'US Sales', 'provider loaded config-src');
  });

  it('keeps the same store instance across a hot reload', async () => {
    const root = await fixture<ClidProvider>(
      html`<clid-provider .storeOptions=${memory} .config=${several}>
        <clid-picker></clid-picker>
      </clid-provider>`,
    );
    const first = root.providedStore;
    root.config = json;
    await root.updateComplete;
    expect(root.providedStore).to.equal(first);
    const picker = root.querySelector('clid-picker')!;
    await picker.updateComplete;
    expect(new PickerHarness(picker).shown).to.equal('From JSON');
  });

  it('shows and dispatches an invalid config', async () => {
    let detail: { code: string; message: string } | undefined;
    const root = await fixture<ClidProvider>(
      html`<clid-provider config="{}" @clid-error=${(e: CustomEvent) => (detail = e.detail)}
        ><clid-picker></clid-picker
      ></clid-provider>`,
    );
    expect(detail?.code).to.equal('config-invalid');
    expect(root.shadowRoot!.querySelector('[part=message]')!.textContent).to.equal(detail!.message);
    await expect(root).to.be.accessible();
  });

  it('a picker moved out and back in is still subscribed', async () => {
    const store = createClidStore(several, memory);
    const root = await fixture<ClidProvider>(
      html`<clid-provider .store=${store}><clid-picker></clid-picker></clid-provider>`,
    );
    const picker = root.querySelector('clid-picker')!;
    await picker.updateComplete;
    picker.remove();
    store.select('us-sales');
    root.append(picker);
    await picker.updateComplete;
    expect(new PickerHarness(picker).shown).to.equal('US Sales');
    store.select('fr-support');
    await picker.updateComplete;
    expect(new PickerHarness(picker).shown).to.equal('Paris Support');
  });

  it('a picker moved to another provider follows that provider', async () => {
    const s1 = createClidStore(several, memory);
    const s2 = createClidStore(JSON.parse(json), memory);
    const root = fixtureSync<HTMLElement>(
      html`<div>
        <clid-provider id="p1" .store=${s1}><clid-picker></clid-picker></clid-provider>
        <clid-provider id="p2" .store=${s2}></clid-provider>
      </div>`,
    );
    const picker = root.querySelector('clid-picker')!;
    await picker.updateComplete;
    root.querySelector('#p2')!.append(picker);
    await waitFor(() => new PickerHarness(picker).shown === 'From JSON', 'the picker follows its new provider');
    await picker.updateComplete;
    expect(new PickerHarness(picker).shown).to.equal('From JSON');
    s1.select('us-sales');
    await picker.updateComplete;
    expect(new PickerHarness(picker).shown).to.equal('From JSON');
  });
});
