import { expect, oneEvent } from '@open-wc/testing';
import { clock } from '../../src/components/clid-dialer/clock.js';
import { stickyClock } from '../../src/store/sticky.js';
import { createClidStore, memoryStorage, type CallDetail, type ClidConfig } from '../../src/store/index.js';
import { localPresence, withHealth } from '../../stories/shared.js';
import { DialerHarness } from '../helpers/dialer-harness.js';
import { waitFor } from '../helpers/wait.js';

/** 3 Dec 2026, 15:00 UTC: the day a customer answered. */
const ANSWERED = Date.UTC(2026, 11, 3, 15);
const real = { now: clock.now, sticky: stickyClock.now };
afterEach(() => {
  clock.now = real.now;
  stickyClock.now = real.sticky;
});

const dialer = (config: ClidConfig, lang = 'en') => {
  const store = createClidStore(config, { storage: memoryStorage() });
  return DialerHarness.make({ store, lang });
};

/** The embedded picker's reason ("Automatic, …") and the note its closed control shows. */
const pickerSays = (h: DialerHarness) => {
  const root = h.picker.shadowRoot!;
  return {
    shown: root.querySelector('[part=name]')!.textContent.trim(),
    reason: root.querySelector('[part=reason]')?.textContent.trim() ?? '',
    health: root.querySelector('#control [part=health]')?.textContent ?? '',
    name: root.querySelector('#control .sr')!.textContent.trim(),
  };
};

/** Waits until the picker shows the number `name` (the preview may wait for place data). */
async function presents(h: DialerHarness, name: string) {
  await waitFor(() => pickerSays(h).shown === name, `the picker did not show ${name}`);
  await h.el.updateComplete;
  return pickerSays(h);
}

describe('<clid-dialer>: the number a customer answers', () => {
  it('a flagged number chosen by request says so in the status line and in the picker (visible and spoken)', async () => {
    const h = await dialer(withHealth);
    const call = oneEvent(h.el, 'clid-call');
    await h.el.dial('+1 415 555 0123', { requested: 'us-west' });
    expect(((await call).detail as CallDetail).clid.health).to.equal('flagged');
    await h.el.updateComplete;
    expect(h.status).to.equal('Calling +1 415 555 0123 from US West (+1 415 555 0100)');
    // Typed again: the preview names the number and its note.
    await h.clear();
    await h.type('+1 415 555 0123');
    expect(await h.settled()).to.match(/^Presenting UK Sales/);
    h.el.record = undefined;
    await h.choose('US West');
    expect(await h.settled()).to.equal(
      'Presenting US West (+1 415 555 0100), your choice for this call. Flagged as spam.',
    );
    const picker = pickerSays(h);
    expect(picker.health).to.equal('Flagged as spam');
    expect(picker.name).to.equal('US West, +1 4 1 5 5 5 5 0 1 0 0, Flagged as spam');
    await expect(h.el).to.be.accessible();
  });

  it('an at-risk number has the softer note, in German too', async () => {
    const h = await dialer(withHealth, 'de');
    await h.type('+1 212 555 0123');
    await h.settled();
    await h.choose('US East');
    expect(await h.settled()).to.equal(
      'Angezeigt wird US East (+1 212 555 0100), Ihre Wahl für diesen Anruf. Spam-Risiko.',
    );
    expect(pickerSays(h).health).to.equal('Spam-Risiko');
  });

  it('a request for a blocked number is refused: clid-rejected with reason blocked, the message shown, no call', async () => {
    const h = await dialer(withHealth);
    const calls: Event[] = [];
    h.el.addEventListener('clid-call', (e) => calls.push(e));
    const rejected = oneEvent(h.el, 'clid-rejected');
    const error = await h.el.dial('+1 415 555 0123', { requested: 'berlin' }).catch((e: Error) => e);
    const { detail } = await rejected;
    expect(detail).to.include({ reason: 'blocked', requested: 'berlin', source: 'requested' });
    expect(detail.message).to.equal(
      'Call to +1 415 555 0123 not placed. Berlin Support (+49 30 12345678) is blocked by carriers and cannot be presented. Choose another number and call again.',
    );
    expect((error as Error & { reason: string }).reason).to.equal('blocked');
    await h.el.updateComplete;
    expect(h.message).to.equal(detail.message);
    expect(calls).to.have.length(0);
    await expect(h.el).to.be.accessible();
  });

  for (const [level, typed, name, reason] of [
    ['area', '+1 415 555 0123', 'San Francisco', 'local to California'],
    ['region', '+1 510 555 0142', 'San Francisco', 'local to California'],
    ['country', '+1 305 555 0134', 'San Francisco', 'local to United States'],
  ]) {
    it(`local presence (${level}): the picker and the status line say why`, async () => {
      const h = await dialer(localPresence);
      await h.type(typed);
      const picker = await presents(h, name);
      expect(picker.reason).to.equal(`Automatic, ${reason}`);
      expect(await h.settled()).to.match(new RegExp(`^Presenting ${name} \\(.*\\), ${reason}$`));
      await expect(h.el).to.be.accessible();
    });
  }

  it('local presence never picks the flagged number of the same area code; no local number: the default', async () => {
    const h = await dialer(localPresence);
    await h.type('+1 312 555 0175');
    expect((await presents(h, 'San Francisco')).reason).to.equal('Automatic, local to United States');
    await h.clear();
    await h.type('+33 1 42 68 53 00');
    expect(await h.settled()).to.equal('Presenting London (+44 20 7946 0000), account default');
  });

  it('sticky: after an answered call, the next call to that customer presents the same number, with the day', async () => {
    const h = await dialer(localPresence);
    const call = await h.el.dial('+1 305 555 0134', { requested: 'ny' });
    stickyClock.now = () => ANSWERED;
    clock.now = () => ANSWERED + 86_400_000;
    await h.el.reportOutcome(call.callId, 'answered');
    await h.clear();
    await h.type('+1 305 555 0134');
    const picker = await presents(h, 'New York');
    expect(picker.reason).to.equal('Automatic, this customer answered it on Dec 3');
    expect(await h.settled()).to.equal('Presenting New York (+1 212 555 0100), this customer answered it on Dec 3');
    h.el.lang = 'de';
    // (`lang` is not a reactive property: the page renders the dialer again after changing it.)
    h.el.requestUpdate();
    await h.el.updateComplete;
    await h.picker.updateComplete;
    expect(pickerSays(h).reason).to.equal('Automatisch, dieser Kunde hat sie am 3. Dez. angenommen');
  });

  it('reportOutcome of a call the store does not know rejects with a TypeError', async () => {
    const h = await dialer(localPresence);
    const error = await h.el.reportOutcome('no-such-call', 'answered').catch((e: Error) => e);
    expect(error).to.be.instanceOf(TypeError);
  });
});
