import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clock } from '../../src/components/clid-dialer/clock.js';
import type { CallDetail } from '../../src/store/index.js';
import { DialerHarness } from '../helpers/dialer-harness.js';
import { makeStore } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

/** 3 Dec 2026, 15:42:30 UTC: 7:42 AM in San Francisco, 3:42 PM in London, 4:42 PM in Berlin. */
const NOON_ISH = Date.UTC(2026, 11, 3, 15, 42, 30);

/** The dialer's minute timers, fired by the test instead of the clock. */
let timers: Map<number, () => void>;
const real = { ...clock };

beforeEach(() => {
  let next = 0;
  timers = new Map();
  clock.now = () => NOON_ISH;
  clock.setTimeout = (f: () => void) => {
    timers.set(++next, f);
    return next;
  };
  clock.clearTimeout = (id: unknown) => {
    timers.delete(id as number);
  };
});
afterEach(() => Object.assign(clock, real));

/** Text with the engines' narrow and thin spaces read as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const where = (h: DialerHarness) => plain(h.el.shadowRoot!.querySelector('[part=where]')!.textContent);
const hours = (h: DialerHarness) => plain(h.el.shadowRoot!.querySelector('[part=hours]')!.textContent);

/** Waits until the where line says something (the place data of a calling code is a lazy chunk). */
async function whereSettled(h: DialerHarness): Promise<string> {
  await waitFor(() => where(h) !== '', 'the where line stayed empty');
  return where(h);
}

describe('<clid-dialer>: where the call goes', () => {
  it('says the place and the local time there, and nothing without a valid destination', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    expect(where(h)).to.equal('');
    await h.type('+1 415 555 0123');
    expect(await whereSettled(h)).to.equal('California · 7:42 AM');
    const input = h.input;
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('where');
    await expect(h.el).to.be.accessible();
    await h.clear();
    expect(where(h)).to.equal('');
  });

  it('a range over the zones of an area that has several (Idaho: Pacific and Mountain)', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    await h.type('+1 208 555 0123');
    expect(await whereSettled(h)).to.match(/^Idaho · 7:42 ?[–-] ?8:42 AM$/);
  });

  it('no time for a number whose zones span more than a few hours (toll-free), only the country', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    await h.type('+1 800 555 0123');
    expect(await whereSettled(h)).to.equal('United States');
  });

  it("in the agent's language: German time, and a country named in German", async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    h.el.lang = 'de';
    await h.el.updateComplete;
    await h.type('+49 151 12345678');
    expect(await whereSettled(h)).to.equal('Deutschland · 16:42');
    await h.clear();
    await h.type('+44 161 496 0321');
    expect(await whereSettled(h)).to.equal('Manchester · 15:42');
  });

  it('keeps the time current each minute, and leaves no timer behind (new destination, none, removal)', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    await h.type('+1 415 555 0123');
    await whereSettled(h);
    expect(timers.size, 'one timer, for the next minute').to.equal(1);
    clock.now = () => NOON_ISH + 60_000;
    // The timer fires (and, like a real one, is then gone).
    const [[id, tick]] = timers;
    timers.delete(id);
    tick();
    await h.el.updateComplete;
    expect(where(h)).to.equal('California · 7:43 AM');
    expect(timers.size, 'the next minute, and only it').to.equal(1);
    await h.clear();
    expect(timers.size, 'no destination, no timer').to.equal(0);
    await h.type('+44 20 7946 0123');
    expect(await whereSettled(h)).to.equal('London · 3:43 PM');
    expect(timers.size).to.equal(1);
    h.el.remove();
    expect(timers.size, 'a removed dialer keeps no timer').to.equal(0);
    document.body.append(h.el);
    await h.el.updateComplete;
    expect(where(h), 'shown again once back').to.equal('London · 3:43 PM');
    expect(timers.size).to.equal(1);
    h.el.remove();
    expect(timers.size).to.equal(0);
  });

  it('warns outside calling-hours, in the destination’s time, without refusing the call', async () => {
    const h = await DialerHarness.make({ store: makeStore(), callingHours: '08:00-21:00' });
    await h.type('+1 415 555 0123');
    await whereSettled(h);
    expect(hours(h)).to.equal('Outside calling hours there (08:00–21:00)');
    expect(h.input.getAttribute('aria-describedby')!.split(' ')).to.include('hours');
    await expect(h.el).to.be.accessible();
    const call = oneEvent(h.el, 'clid-call');
    await sendKeys({ press: 'Enter' });
    expect((await call).detail.destination).to.equal('+14155550123');
    // London is at 3:42 PM: inside.
    await h.clear();
    await h.type('+44 20 7946 0123');
    await whereSettled(h);
    expect(hours(h)).to.equal('');
    // Hours that cross midnight: 22:00–06:00 in London is outside at 3:42 PM.
    h.el.callingHours = '22:00-06:00';
    await h.el.updateComplete;
    expect(hours(h)).to.equal('Outside calling hours there (22:00–06:00)');
  });

  it('a range of zones is outside when any of them is (Idaho at 7:42 / 8:42 with hours from 8:00)', async () => {
    const h = await DialerHarness.make({ store: makeStore(), callingHours: '08:00-21:00' });
    await h.type('+1 208 555 0123');
    await whereSettled(h);
    expect(hours(h)).to.equal('Outside calling hours there (08:00–21:00)');
    h.el.callingHours = '07:30-21:00';
    await h.el.updateComplete;
    expect(hours(h)).to.equal('');
  });

  it('an invalid calling-hours is ignored with one clear console warning', async () => {
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      seen.push(String(args[0]));
    };
    try {
      const h = await DialerHarness.make({ store: makeStore(), callingHours: '8am-9pm' });
      await h.type('+1 415 555 0123');
      await whereSettled(h);
      h.el.requestUpdate();
      await h.el.updateComplete;
      expect(hours(h)).to.equal('');
    } finally {
      console.warn = warn;
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('calling-hours "8am-9pm" is ignored').and.contain('HH:MM-HH:MM');
  });

  it('the clid-call detail carries place and time zones, typed or through dial()', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    await h.type('+1 415 555 0123');
    await whereSettled(h);
    const typed = oneEvent(h.el, 'clid-call');
    await sendKeys({ press: 'Enter' });
    const detail: CallDetail = (await typed).detail;
    expect(detail.place).to.equal('California');
    expect(detail.timeZones).to.deep.equal(['America/Los_Angeles']);
    const dialed = await h.el.dial('+49 40 40123456');
    expect(dialed).to.include({ place: 'Hamburg' });
    expect(dialed.timeZones).to.deep.equal(['Europe/Berlin']);
  });
});
