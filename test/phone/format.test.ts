// How numbers read on screen: a light rule at first paint, the country's own grouping once the
// lazily loaded formatting core and the metadata of the number's calling code are here (the
// picker fetches them for its numbers when the page is idle).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { formatNumber, loadFormats, spellNumber } from '../../src/phone/format.js';
import { createClidStore } from '../../src/store/index.js';
import { waitFor } from '../helpers/wait.js';

describe('number display', () => {
  it('before the phone kit: country code, then readable groups (North America 3-3-4)', () => {
    expect(formatNumber('+442079460000')).to.equal('+44 20 7946 0000');
    expect(formatNumber('+14155550100')).to.equal('+1 415 555 0100');
    expect(formatNumber('+3512345')).to.equal('+351 2345');
  });

  it('spells digits one by one for screen readers', () => {
    expect(spellNumber('+442079460000')).to.equal('+4 4 2 0 7 9 4 6 0 0 0 0');
  });

  it('a picker shows each country’s own grouping once its formats have arrived, without being asked', async () => {
    const store = createClidStore(
      {
        numbers: [
          { id: 'mcr', number: '+441614960000', name: 'Manchester' },
          { id: 'ber', number: '+4930901820', name: 'Berlin' },
        ],
      },
      { storage: 'memory' },
    );
    const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${store}></clid-picker>`);
    const shown = () => el.shadowRoot!.querySelector('[part~=number]')?.textContent.trim();
    // The picker prefetches its popup, which fetches the formats of its numbers when the page is idle.
    await waitFor(() => shown() === '+44 161 496 0000', `shown ${shown()}`);
    expect(formatNumber('+4930901820'), 'the other configured number too').to.equal('+49 30 901820');
  });

  it('formats a number in full only once its calling code’s metadata is here', async () => {
    expect(formatNumber('+33142685300'), 'not configured anywhere: the light rule').to.equal('+33 1 4268 5300');
    await loadFormats(['+33142685300']);
    expect(formatNumber('+33142685300')).to.equal('+33 1 42 68 53 00');
  });
});
