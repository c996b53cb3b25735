import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { CallDetail } from '../../src/store/index.js';
import { DialerHarness } from '../helpers/dialer-harness.js';
import { makeStore, PARIS } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

/** The embedded picker's parts, as an agent and a screen reader meet them. */
const pickerView = (picker: ClidPicker) => {
  const root = picker.shadowRoot!;
  const control = root.querySelector<HTMLElement>('[role=combobox]')!;
  const reason = root.querySelector('[part=reason]');
  // The accessible name: the elements `aria-labelledby` points at, in order.
  const name = (control.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => root.getElementById(id)?.textContent.trim())
    .join(' ');
  return {
    control,
    shown: root.querySelector('[part=name]')!.textContent.trim(),
    reason: reason?.textContent.trim() ?? '',
    name,
  };
};

/** Opens the picker with the keyboard and chooses the option whose spoken name starts with `name`. */
async function choose(picker: ClidPicker, name: string): Promise<void> {
  const { control } = pickerView(picker);
  control.focus();
  await sendKeys({ press: 'ArrowDown' });
  await waitFor(() => control.getAttribute('aria-expanded') === 'true', 'the list did not open');
  const options = () => [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
  const spoken = (o: HTMLElement) => o.querySelector('.sr')!.textContent;
  const target = options().findIndex((o) => spoken(o).startsWith(name));
  if (target < 0) throw new Error(`no option named ${name}: ${options().map(spoken).join(' | ')}`);
  const activeIndex = () => options().findIndex((o) => o.id === control.getAttribute('aria-activedescendant'));
  while (activeIndex() !== target) {
    await sendKeys({ press: activeIndex() < target ? 'ArrowDown' : 'ArrowUp' });
    await picker.updateComplete;
  }
  await sendKeys({ press: 'Enter' });
  await picker.updateComplete;
}

describe('<clid-dialer>: the embedded picker shows what the call will present', () => {
  it('a prefix rule: the picker shows the number, marked automatic with its reason, as the status line says', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    expect(pickerView(h.picker).shown).to.equal('UK Sales');
    await h.type('+1 415 555 0123');
    expect(await h.settled()).to.equal('Presenting SF Local (+1 415 555 0199), chosen by prefix +1415');
    await h.picker.updateComplete;
    const view = pickerView(h.picker);
    expect(view.shown).to.equal('SF Local');
    expect(view.reason).to.equal('Automatic, chosen by prefix +1415');
    expect(view.name).to.equal('Callback number Automatic, chosen by prefix +1415');
  });

  it('a field rule from the record is shown with its reason', async () => {
    const h = await DialerHarness.make({ store: makeStore(), record: { Department: 'Finance' } });
    await h.type(PARIS);
    expect(await h.settled()).to.equal('Presenting Finance Line (+44 20 7946 0001), chosen by Department = Finance');
    await h.picker.updateComplete;
    expect(pickerView(h.picker)).to.include({
      shown: 'Finance Line',
      reason: 'Automatic, chosen by Department = Finance',
    });
  });

  it('choosing the number shown is the agent’s override: shown as such, used by the call, then automatic again', async () => {
    const store = makeStore();
    const h = await DialerHarness.make({ store });
    await h.type('+1 415 555 0123');
    await h.settled();
    await choose(h.picker, 'SF Local');
    expect(store.getState().callChoice?.id).to.equal('sf');
    expect(await h.settled()).to.equal('Presenting SF Local (+1 415 555 0199), your choice for this call');
    await h.picker.updateComplete;
    expect(pickerView(h.picker)).to.include({ shown: 'SF Local', reason: 'Your choice for this call' });
    const placed = oneEvent(h.el, 'clid-call');
    await h.clickCall();
    const { detail } = (await placed) as CustomEvent<CallDetail>;
    expect([detail.clid.id, detail.source]).to.deep.equal(['sf', 'call']);
    // The per-call choice is used up: the rule's automatic choice is back for the next call.
    await h.clear();
    await h.type('+1 415 555 0124');
    await h.settled();
    await h.picker.updateComplete;
    expect(pickerView(h.picker)).to.include({ shown: 'SF Local', reason: 'Automatic, chosen by prefix +1415' });
  });

  it('the agent’s default wins over a prefix rule when chosen in the picker', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    await h.type('+1 415 555 0123');
    await h.settled();
    await choose(h.picker, 'UK Sales');
    expect(await h.settled()).to.equal('Presenting UK Sales (+44 20 7946 0000), your choice for this call');
    const placed = oneEvent(h.el, 'clid-call');
    await h.clickCall();
    expect(((await placed) as CustomEvent<CallDetail>).detail.clid.id).to.equal('uk');
  });

  it('a destination that another rule covers brings that rule’s automatic choice back', async () => {
    const store = makeStore();
    const h = await DialerHarness.make({ store });
    await h.type('+1 415 555 0123');
    await h.settled();
    await choose(h.picker, 'UK Sales');
    expect(store.getState().callChoice?.id).to.equal('uk');
    // Same rule: the override stays.
    h.input.focus();
    await h.press('Backspace');
    await h.type('4');
    expect(await h.settled()).to.contain('your choice for this call');
    // A destination another rule covers (+1, not +1415): the override goes, the rule decides.
    await h.clear();
    await h.type('+1 212 555 0123');
    await waitFor(() => store.getState().callChoice === null, 'the override was not dropped');
    expect(await h.settled()).to.equal('Presenting US Sales (+1 212 555 0100), chosen by prefix +1');
    await h.picker.updateComplete;
    expect(pickerView(h.picker)).to.include({ shown: 'US Sales', reason: 'Automatic, chosen by prefix +1' });
  });

  it('the standalone picker shows its selection, with no reason', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    expect(pickerView(h.picker).reason).to.equal('');
    expect(pickerView(h.picker).name).to.equal('Callback number');
  });
});

describe('<clid-dialer>: a refused dial() keeps the call one choice away', () => {
  it('names the call and the number, keeps the destination, focuses the picker; one choice and Enter place it', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const rejected = oneEvent(h.el, 'clid-rejected');
    const refused = await h.el
      .dial('+44 20 7946 0123', { requested: 'de', record: { Department: 'Finance' } })
      .catch((e) => e);
    expect(refused.reason).to.equal('not-permitted');
    const { detail } = await rejected;
    const message =
      'Call to +44 20 7946 0123 not placed. Berlin (+49 30 901820) is not permitted for you. Choose another number and call again.';
    expect(detail).to.include({ reason: 'not-permitted', requested: 'de', destination: '+442079460123', message });
    expect(detail.message).not.to.contain('"de"');
    await h.el.updateComplete;
    expect(h.message).to.equal(message);
    expect(h.input.value).to.equal('+44 20 7946 0123');
    expect(h.el.shadowRoot!.activeElement).to.equal(h.picker);
    await choose(h.picker, 'US Sales');
    await waitFor(() => h.el.shadowRoot!.activeElement === h.button, 'Call did not get the focus after the choice');
    await h.settled();
    const placed = oneEvent(h.el, 'clid-call');
    await sendKeys({ press: 'Enter' });
    const call = ((await placed) as CustomEvent<CallDetail>).detail;
    expect([call.destination, call.clid.id, call.source]).to.deep.equal(['+442079460123', 'us', 'call']);
    // The record of the refused request travels with the agent's call.
    expect(call.record).to.deep.equal({ Department: 'Finance' });
  });

  it('never shows an id: an unknown GUID is "the requested number"', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const guid = '3f2c9a7e-5b1d-4c8e-9a0f-7d6e5c4b3a21';
    const error = await h.el.dial('+1 415 555 0123', { requested: guid }).catch((e) => e);
    expect(error.requested).to.equal(guid);
    expect(error.message).to.equal(
      'Call to +1 415 555 0123 not placed. The requested number is not one of this account’s callback numbers. Choose another number and call again.',
    );
  });
});
