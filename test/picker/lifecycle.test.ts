// contract.md, "Lifecycle": a removed element releases the store it made itself (a pending
// config-src fetch included); a moved element (removed and appended again, as frameworks do
// when they reorder) keeps its store, selection and per-call choice; the click-to-dial listener
// is there while a dialer is connected.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { ClidConfig } from '../../src/store/index.js';
import { encode } from '../../src/store/persistence.js';
import { createClidStore } from '../../src/store/index.js';
import { waitFor } from '../helpers/wait.js';

const KEY = 'clid-picker:v1:life:a7';
const config = (): ClidConfig => ({
  accountId: 'life',
  agentId: 'a7',
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+14155550100', name: 'US Sales' },
    { id: 'fr', number: '+33142868200', name: 'Paris' },
  ],
});
/** A task later: a removal not undone by then is final. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

async function mountPicker(): Promise<ClidPicker> {
  const picker = Object.assign(document.createElement('clid-picker'), { config: config() });
  document.body.append(picker);
  await waitFor(() => picker.value, 'the picker has its store');
  return picker;
}

describe('element lifecycle', () => {
  beforeEach(() => localStorage.setItem(KEY, encode('us')));
  afterEach(() => {
    localStorage.removeItem(KEY);
    document.body.replaceChildren();
  });

  it('a moved picker keeps its store and per-call choice; removed for good, it starts again from the config', async () => {
    const picker = await mountPicker();
    const other = document.body.appendChild(document.createElement('div'));
    expect(picker.value, 'the remembered default').to.equal('+14155550100');
    picker.value = '+33142868200';
    await picker.updateComplete;
    other.append(picker); // moved: removed and appended in one go
    await nextTask();
    expect(picker.value).to.equal('+33142868200');
    picker.remove();
    await Promise.resolve();
    document.body.append(picker); // moved in two steps of the same task
    await nextTask();
    expect(picker.value).to.equal('+33142868200');

    picker.remove();
    await nextTask();
    expect(picker.value, 'released: no store any more').to.equal('');
    localStorage.setItem(KEY, encode('uk')); // another tab changed the default meanwhile
    document.body.append(picker);
    await waitFor(() => picker.value, 'a store again');
    expect(picker.value, 'a new store: the per-call choice is gone, the default read again').to.equal('+442079460000');
  });

  it('a dialer and a provider release their own store too, and make it again when connected', async () => {
    const dialer = Object.assign(document.createElement('clid-dialer'), { config: config() });
    const provider = Object.assign(document.createElement('clid-provider'), { config: config() });
    const inside = provider.appendChild(document.createElement('clid-picker'));
    document.body.append(dialer, provider);
    await waitFor(() => dialer.value && inside.value);
    const store = provider.providedStore;
    document.body.append(provider); // a move
    await nextTask();
    expect(provider.providedStore).to.equal(store);
    dialer.remove();
    provider.remove();
    await nextTask();
    expect(dialer.value).to.equal('');
    expect(provider.providedStore).to.equal(undefined);
    document.body.append(dialer, provider);
    await waitFor(() => dialer.value && inside.value, 'stores again');
    expect(provider.providedStore).to.not.equal(store);
    expect(inside.value).to.equal('+14155550100');
  });

  it('a provider given another store, and another again, passes each one on to its elements', async () => {
    const stores = ['a', 'b', 'c'].map((agentId) => createClidStore({ ...config(), agentId }, { storage: 'memory' }));
    const provider = Object.assign(document.createElement('clid-provider'), { store: stores[0] });
    const inside = provider.appendChild(document.createElement('clid-picker'));
    document.body.append(provider);
    await waitFor(() => inside.value, 'the first store');
    const numbers = [
      ['uk', '+442079460000'],
      ['us', '+14155550100'],
      ['fr', '+33142868200'],
    ];
    for (const [i, store] of stores.entries()) {
      const [id, number] = numbers[i];
      store.select(id);
      provider.store = store;
      await provider.updateComplete;
      await inside.updateComplete;
      expect(inside.value, `store ${String(i)}'s selection`).to.equal(number);
    }
  });

  it('a removal aborts a pending config-src fetch; a move does not; connected again, it loads again', async () => {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    const answers: (() => void)[] = [];
    window.fetch = (_url, init) =>
      new Promise((resolve, reject) => {
        const signal = init!.signal!;
        signals.push(signal);
        signal.addEventListener('abort', () => reject(signal.reason));
        answers.push(() => resolve(new Response(JSON.stringify(config()))));
      });
    try {
      const picker = document.createElement('clid-picker');
      picker.configSrc = '/clid-config.json';
      document.body.append(picker);
      await waitFor(() => signals.length === 1);
      document.body.append(picker); // a move
      await nextTask();
      expect(signals[0].aborted, 'a move keeps the load').to.equal(false);
      picker.remove();
      await nextTask();
      expect(signals[0].aborted, 'a removal aborts it').to.equal(true);
      document.body.append(picker);
      await waitFor(() => signals.length === 2, 'fetched again');
      answers[1]();
      await waitFor(() => picker.value === '+14155550100', 'loaded');
      expect(picker.shadowRoot!.querySelector('[part~=message]')!.textContent.trim(), 'no load error shown').to.equal(
        '',
      );
    } finally {
      window.fetch = original;
    }
  });

  it('click-to-dial links are heard while a dialer is connected, and not after the last one is removed', async () => {
    const link = document.body.appendChild(document.createElement('span'));
    link.dataset.clidDial = '+14155550123';
    const clicked = () => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const dialers = [0, 1].map(() =>
      document.body.appendChild(Object.assign(document.createElement('clid-dialer'), { config: config() })),
    );
    dialers[0].remove();
    expect(clicked(), 'heard while one dialer is left').to.equal(false);
    dialers[1].remove();
    expect(clicked(), 'not heard with no dialer').to.equal(true);
    document.body.append(dialers[1]);
    expect(clicked(), 'heard again').to.equal(false);
  });
});
