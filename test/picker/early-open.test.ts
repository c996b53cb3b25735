// The agent is quicker than the page: the first click (or key) on a picker whose numbers or
// popup chunk are still on their way is kept, and the list opens as soon as both are there
// (scripts/check-csp.mjs met this: it clicks the CRM dialer's picker right after page load,
// while its config-src still loads). Nothing opens for a picker whose config failed, and Escape
// or leaving the picker calls the waiting open off.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { ClidPicker, type PopupModule } from '../../src/components/clid-picker/clid-picker.js';
import { storageKey, type ClidConfig } from '../../src/store/index.js';
import { click } from '../helpers/dialer-harness.js';
import { PickerHarness } from '../helpers/picker-harness.js';
import { waitFor } from '../helpers/wait.js';

const config: ClidConfig = {
  accountId: 'early',
  agentId: 'a1',
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+14155550100', name: 'US Sales' },
  ],
  accountDefault: 'us',
};

/** A gate: a promise that settles when the test says so. */
function gate<T = void>() {
  let open!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/** `config-src` answered only when the test says so. */
let configAnswer: ReturnType<typeof gate<Response>>;
const originalFetch = window.fetch;

/** The popup chunk, delivered only when the test says so. */
let chunk: ReturnType<typeof gate<void>>;
class LatePicker extends ClidPicker {
  static override loadPopup(): Promise<PopupModule> {
    return chunk.promise.then(() => ClidPicker.loadPopup());
  }
}
customElements.define('late-picker', LatePicker);

async function mount(tag = 'clid-picker'): Promise<PickerHarness> {
  const el = document.createElement(tag) as ClidPicker;
  el.setAttribute('config-src', '/early-config.json');
  document.body.append(el);
  await el.updateComplete;
  return new PickerHarness(el);
}

describe('<clid-picker> opened before it is ready', () => {
  beforeEach(() => {
    configAnswer = gate<Response>();
    chunk = gate();
    window.fetch = () => configAnswer.promise;
  });
  afterEach(() => {
    window.fetch = originalFetch;
    document.body.replaceChildren();
    // Only this file's key: another test file's page runs beside this one and shares localStorage.
    localStorage.removeItem(storageKey('early', 'a1'));
  });

  it('a click while the config loads opens the list when the config arrives', async () => {
    const h = await mount();
    await click(h.combobox);
    await h.el.updateComplete;
    expect(h.expanded, 'nothing to show yet').to.equal(false);
    expect(h.focused, 'the click focused the control').to.equal(h.combobox);
    configAnswer.open(Response.json(config));
    await waitFor(() => h.expanded, 'the list opens once the numbers are there');
    expect(h.options.length).to.equal(2);
    expect(h.activeName, 'at the selection').to.match(/^US Sales/);
    await h.press('ArrowUp', 'Enter');
    expect(h.el.value).to.equal('+442079460000');
  });

  it('a key while the config loads opens the list with that key', async () => {
    const h = await mount();
    await h.focus();
    await sendKeys({ press: 'Home' });
    configAnswer.open(Response.json(config));
    await waitFor(() => h.expanded, 'the list opens once the numbers are there');
    expect(h.activeName, 'Home: at the first option').to.match(/^UK Sales/);
  });

  it('a click while both the config and the popup chunk load opens the list when the last arrives', async () => {
    const h = await mount('late-picker');
    await click(h.combobox);
    configAnswer.open(Response.json(config));
    await waitFor(() => h.el.value, 'the config arrived');
    // (updateComplete would wait for the chunk: it covers an open that waits for it.)
    expect(h.expanded, 'no popup code yet').to.equal(false);
    chunk.open();
    await waitFor(() => h.expanded, 'the list opens once its chunk is there');
    expect(h.options.length).to.equal(2);
  });

  it("a click on a dialer's picker while the dialer's config loads opens the list when it arrives", async () => {
    const dialer = document.createElement('clid-dialer');
    dialer.setAttribute('config-src', '/early-config.json');
    document.body.append(dialer);
    await dialer.updateComplete;
    const picker = dialer.shadowRoot?.querySelector<ClidPicker>('[part=picker]');
    if (!picker) throw new Error('the dialer has no picker');
    await picker.updateComplete;
    const h = new PickerHarness(picker);
    await click(h.combobox);
    configAnswer.open(Response.json(config));
    await waitFor(() => h.expanded, 'the list opens once the numbers are there');
    expect(h.options.length).to.equal(2);
  });

  it('Escape, or focus leaving, calls a waiting open off; a config that fails opens nothing', async () => {
    const h = await mount();
    await click(h.combobox);
    await sendKeys({ press: 'Escape' });
    await h.press('ArrowDown');
    h.combobox.blur();
    configAnswer.open(Response.json(config));
    await waitFor(() => h.el.value, 'the config arrived');
    await h.el.updateComplete;
    expect(h.expanded, 'called off').to.equal(false);

    const failing = gate<Response>();
    window.fetch = () => failing.promise;
    const broken = await mount();
    await click(broken.combobox);
    failing.open(new Response('oops', { status: 500 }));
    await waitFor(() => broken.message, 'the load error shows');
    await broken.el.updateComplete;
    expect(broken.expanded).to.equal(false);
    expect(broken.root.querySelector('[part=popup]'), 'no "Loading…" left behind').to.equal(null);
  });
});
