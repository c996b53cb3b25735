import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { en as dialerEn } from '../../src/components/clid-dialer/clid-dialer.strings.js';
import { en as logicEn } from '../../src/components/clid-dialer/dialer-logic.strings.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore } from '../../src/store/index.js';
import de from '../../src/locales/strings-de.js';
import es from '../../src/locales/strings-es.js';
import fr from '../../src/locales/strings-fr.js';
import { loadFormats } from '../../src/phone/format.js';
import { registerStrings, stringsFor } from '../../src/strings.js';
import { mount } from '../helpers/dialer-harness.js';
import { CONFIG, makeStore } from '../helpers/fixtures.js';

const SHIPPED: Record<string, Record<string, string>> = { de, fr, es };

describe('texts in the agent’s language', () => {
  it('every shipped locale has every key, and none is left in English by mistake', () => {
    const english: Record<string, string> = { ...stringsFor(document.createElement('div')), ...dialerEn, ...logicEn };
    for (const [lang, table] of Object.entries(SHIPPED)) {
      expect(Object.keys(table).sort(), lang).to.deep.equal(Object.keys(english).sort());
      const same = Object.entries(table).filter(([k, v]) => v === english[k] && /[a-z]{4}/i.test(v));
      expect(same, `${lang} keeps English texts`).to.deep.equal([]);
    }
  });

  const refusalIn = async (lang: string) => {
    // mount: a plain <div> root would wait for an animation frame a background page may not get.
    const wrap = await mount(html`<div lang=${lang}><clid-dialer .store=${makeStore()}></clid-dialer></div>`);
    const dialer = wrap.querySelector<ClidDialer>('clid-dialer')!;
    const rejected = oneEvent(dialer, 'clid-rejected');
    const error = await dialer.dial('+44 20 7946 0123', { requested: 'de' }).catch((e) => e);
    const { detail } = await rejected;
    await dialer.updateComplete;
    const shown = dialer.shadowRoot!.querySelector('[part=message]')!.textContent.trim();
    return { detail, error, shown };
  };

  it('a German page gets a German rejection, in the element and in the event', async () => {
    const { detail, shown, error } = await refusalIn('de');
    const message =
      'Anruf an +44 20 7946 0123 nicht getätigt. Berlin (+49 30 901820) ist für Sie nicht freigegeben. Wählen Sie eine andere Nummer und rufen Sie erneut an.';
    expect(detail).to.include({ reason: 'not-permitted', requested: 'de', message });
    expect(shown).to.equal(message);
    expect(error.message).to.equal(message);
  });

  it('a French page gets a French rejection', async () => {
    const { detail, shown } = await refusalIn('fr-FR');
    expect(detail.message).to.equal(
      'Appel vers +44 20 7946 0123 non passé. Berlin (+49 30 901820) ne vous est pas autorisé. Choisissez un autre numéro et rappelez.',
    );
    expect(shown).to.equal(detail.message);
  });

  it('a Spanish picker says in Spanish that no number is permitted, and rejects a value in Spanish', async () => {
    await loadFormats(['+4930901820']); // the number reads in its country's grouping
    const empty = await fixture<ClidPicker>(
      html`<clid-picker lang="es" .store=${createClidStore({ numbers: [] }, { storage: 'memory' })}></clid-picker>`,
    );
    expect(empty.shadowRoot!.querySelector('[part=message]')!.textContent.trim()).to.equal(
      'No tiene ningún número de devolución permitido. Pida a su administrador que le permita uno.',
    );
    const picker = await fixture<ClidPicker>(html`<clid-picker lang="es" .store=${makeStore()}></clid-picker>`);
    const rejected = oneEvent(picker, 'clid-rejected');
    picker.value = '+4930901820';
    const { detail } = await rejected;
    expect(detail.message).to.equal('Berlin (+49 30 901820) no está permitido para usted. Elija otro número.');
  });

  it('registerStrings adds another language, message keys included', async () => {
    await loadFormats(['+4930901820']);
    registerStrings('it', {
      'refused-not-permitted': '{} non è consentito.',
      chooseAnother: 'Scegli un altro numero.',
    });
    const picker = await fixture<ClidPicker>(
      html`<clid-picker lang="it" .store=${createClidStore(CONFIG, { storage: 'memory' })}></clid-picker>`,
    );
    const rejected = oneEvent(picker, 'clid-rejected');
    picker.value = 'de';
    expect((await rejected).detail.message).to.equal(
      'Berlin (+49 30 901820) non è consentito. Scegli un altro numero.',
    );
  });
});
