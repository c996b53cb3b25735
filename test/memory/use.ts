/**
 * What a memory test does with each element before removing it: what an agent does on a record
 * view (open the picker and choose, place a call), so every lazily loaded part is in play.
 */
import { oneEvent } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { ClidNumber } from '../../src/store/index.js';
// Not @open-wc's waitUntil: its timer holds the picker for a second after it resolved.
import { waitFor } from '../helpers/wait.js';

/** Opens the picker with a click and clicks an option that is not selected; returns the chosen number. */
export async function choose(picker: ClidPicker): Promise<ClidNumber> {
  await waitFor(() => picker.value, 'the picker has its store');
  await picker.updateComplete;
  picker.shadowRoot!.querySelector<HTMLElement>('[role=combobox]')!.click();
  await picker.updateComplete;
  const change = oneEvent(picker, 'clid-change');
  const options = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
  options.find((option) => option.getAttribute('aria-selected') !== 'true')!.click();
  return (await change).detail.clid;
}

/** Places a call through the dialer; returns the number it presented. */
export async function call(dialer: ClidDialer): Promise<ClidNumber> {
  return (await dialer.dial('+14155550123')).clid;
}
