// contract.md, "Lifecycle": an app that changes route while the agent has the list open removes
// the picker with its popup open. The removed picker closes its popup, lets go of what it
// scheduled, and never renders from a store it no longer holds: nothing is thrown into the page,
// whether the picker stands alone, sits in a dialer, or takes its store from a provider.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore, storageKey, type ClidConfig } from '../../src/store/index.js';
import { PickerHarness } from '../helpers/picker-harness.js';
import { waitFor } from '../helpers/wait.js';

const config = (): ClidConfig => ({
  accountId: 'route',
  agentId: 'a1',
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+14155550100', name: 'US Sales' },
  ],
});

/** A task later: a removal not undone by then is final (the element's own store is released). */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** Every error and unhandled rejection the page hears while the test runs. */
let heard: string[] = [];
const onError = (e: ErrorEvent) => heard.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => heard.push(`unhandled rejection: ${String(e.reason)}`);

/** Opens the picker with a click, as the agent does, and waits until its options show. */
async function openList(picker: ClidPicker): Promise<PickerHarness> {
  const h = new PickerHarness(picker);
  await waitFor(() => picker.value, 'the picker has its store');
  h.combobox.click();
  await waitFor(() => h.options.length === 2, 'the list is open');
  expect(h.expanded).to.equal(true);
  return h;
}

/** Removes `el` (which holds the open picker), lets the removal become final, and checks the picker. */
async function removeAndSettle(el: HTMLElement, h: PickerHarness): Promise<void> {
  el.remove();
  await nextTask();
  await nextTask();
  await h.el.updateComplete.catch((e: unknown) => heard.push(`updateComplete: ${String(e)}`));
  expect(heard, 'nothing thrown into the page').to.deep.equal([]);
  expect(h.expanded, 'the removed picker closed its list').to.equal(false);
  expect(h.listbox, 'no popup left in the removed picker').to.equal(null);
}

describe('<clid-picker> removed while its list is open', () => {
  beforeEach(() => {
    heard = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.body.replaceChildren();
    // Only this file's key: another test file's page runs beside this one and shares localStorage.
    localStorage.removeItem(storageKey('route', 'a1'));
  });

  it('alone, with a store of its own: nothing is thrown, and appended again it opens again', async () => {
    const picker = Object.assign(document.createElement('clid-picker'), { config: config() });
    document.body.append(picker);
    const h = await openList(picker);
    await removeAndSettle(picker, h);
    expect(picker.value, 'released').to.equal('');

    document.body.append(picker);
    await openList(picker);
    expect(heard).to.deep.equal([]);
  });

  it('inside a dialer: nothing is thrown when the dialer goes', async () => {
    const dialer = Object.assign(document.createElement('clid-dialer'), { config: config() });
    document.body.append(dialer);
    await waitFor(() => dialer.value, 'the dialer has its store');
    await dialer.updateComplete;
    const picker = dialer.shadowRoot?.querySelector<ClidPicker>('[part=picker]');
    if (!picker) throw new Error('the dialer has no picker');
    const h = await openList(picker);
    await removeAndSettle(dialer, h);
    expect(dialer.value, 'released').to.equal('');
  });

  it('inside a provider: nothing is thrown when the provider goes, or when the picker alone goes', async () => {
    const provider = Object.assign(document.createElement('clid-provider'), { config: config() });
    const inside = provider.appendChild(document.createElement('clid-picker'));
    const other = provider.appendChild(document.createElement('clid-picker'));
    document.body.append(provider);
    await removeAndSettle(inside, await openList(inside));
    await removeAndSettle(provider, await openList(other));
    expect(provider.providedStore, 'released').to.equal(undefined);
  });

  it('a store taken away while the list is open closes the list; a store given again opens it again', async () => {
    const store = createClidStore(config(), { storage: 'memory' });
    const picker = document.createElement('clid-picker');
    picker.store = store;
    document.body.append(picker);
    const h = await openList(picker);
    picker.store = undefined;
    await picker.updateComplete;
    expect(heard).to.deep.equal([]);
    expect(h.expanded).to.equal(false);
    expect(h.listbox).to.equal(null);
    picker.store = store;
    await openList(picker);
  });

  it('a picker moved while open keeps its store, closes its list (focus left it), and opens again', async () => {
    const picker = Object.assign(document.createElement('clid-picker'), { config: config() });
    const elsewhere = document.body.appendChild(document.createElement('div'));
    document.body.append(picker);
    const h = await openList(picker);
    picker.value = '+442079460000';
    elsewhere.append(picker); // a framework reorders: removed and appended in one go
    await nextTask();
    await picker.updateComplete;
    expect(picker.value, 'the move kept the store and the choice').to.equal('+442079460000');
    // Focus left with the removal, so the list closed with it (as when focus leaves any other way).
    expect(h.expanded).to.equal(false);
    h.combobox.click();
    await waitFor(() => h.options.length === 2, 'the list opens again');
    expect(heard).to.deep.equal([]);
  });
});
