import { expect, oneEvent } from '@open-wc/testing';
import type { ClidSelector } from '../../src/store/index.js';
import { DialerHarness } from '../helpers/dialer-harness.js';
import { CONFIG, makeStore, PARIS } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/wait.js';

/** A selector hook that answers `answer` after `ms`, counting its calls. */
const slow = (answer: ReturnType<ClidSelector>, ms = 150) => {
  const hook = Object.assign(
    () => {
      hook.calls++;
      return new Promise((r) => setTimeout(() => r(answer), ms));
    },
    { calls: 0 },
  );
  return hook as ClidSelector & { calls: number };
};

/** The selector hook's timeout in the timing-out test: a delay no other timer of the page uses. */
const HOOK_TIMEOUT_MS = 987_654;

/**
 * Holds every timer of `ms` the page sets (the store's selector timeouts) instead of starting
 * it: `runOut()` fires those held so far, as if their time had come; `restore()` puts the real
 * `setTimeout` back.
 */
function holdTimeouts(ms: number) {
  const real = window.setTimeout;
  const held: (() => void)[] = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay !== ms) return real(handler, delay, ...args);
    if (typeof handler === 'function') held.push(() => (handler as (...a: unknown[]) => void)(...args));
    return 0; // no timer has the id 0: clearing it clears nothing
  }) as typeof window.setTimeout;
  return {
    get held() {
      return held.length;
    },
    runOut() {
      for (const fire of held.splice(0)) fire();
    },
    restore() {
      window.setTimeout = real;
    },
  };
}

/** Types `destination`, waits for the preview, presses Enter and returns the clid-call detail. */
async function callFrom(h: DialerHarness, destination: string) {
  await h.type(destination);
  const preview = await h.settled();
  const call = oneEvent(h.el, 'clid-call');
  await h.press('Enter');
  return { preview, detail: (await call).detail };
}

describe('<clid-dialer> which number is presented', () => {
  it('manual call with the agent default', async () => {
    const store = makeStore();
    store.select('fin', { scope: 'default' });
    const h = await DialerHarness.make({ store });
    const { preview, detail } = await callFrom(h, PARIS);
    expect(preview).to.equal('Presenting Finance Line (+44 20 7946 0001), your default');
    expect(detail).to.include({ destination: '+33142685300', source: 'agent-default', kind: 'outbound' });
    expect(detail.clid.id).to.equal('fin');
  });

  it('manual call with no default: the account default, named as such', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    const { preview, detail } = await callFrom(h, PARIS);
    expect(preview).to.equal('Presenting UK Sales (+44 20 7946 0000), account default');
    expect(detail.source).to.equal('account-default');
  });

  it('manual override: the agent’s choice in the picker wins over the prefix rule, for one call', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    await h.type('+44 20 7946 0123');
    expect(await h.settled()).to.contain('chosen by prefix +44');
    const change = oneEvent(h.el, 'clid-change');
    await h.choose('US Sales');
    expect((await change).detail).to.include({ scope: 'call' });
    expect(await h.settled()).to.equal('Presenting US Sales (+1 212 555 0100), your choice for this call');
    const call = oneEvent(h.el, 'clid-call');
    h.input.focus();
    await h.press('Enter');
    expect((await call).detail).to.include({ source: 'call' });
    expect(h.status).to.equal('Calling +44 20 7946 0123 from US Sales (+1 212 555 0100)');
    // The per-call choice is used up: typing again previews the rule's number.
    await h.type('4');
    await h.press('Backspace');
    expect(await h.settled()).to.contain('UK Sales (+44 20 7946 0000), chosen by prefix +44');
  });

  it('field rule: the open record’s Department = Finance picks Finance Line', async () => {
    const h = await DialerHarness.make({ store: makeStore(), record: { Department: 'Finance' } });
    const { preview, detail } = await callFrom(h, '+1 212 555 0123');
    expect(preview).to.equal('Presenting Finance Line (+44 20 7946 0001), chosen by Department = Finance');
    expect(detail).to.include({ source: 'field-rule' });
    expect(detail.record).to.deep.equal({ Department: 'Finance' });
    expect(detail.rule).to.include({ kind: 'field', field: 'Department' });
  });

  it('prefix rule: the longest matching prefix wins', async () => {
    const h = await DialerHarness.make({ store: makeStore() });
    let r = await callFrom(h, '+1 415 555 0123');
    expect(r.preview).to.equal('Presenting SF Local (+1 415 555 0199), chosen by prefix +1415');
    expect(r.detail.rule).to.include({ kind: 'prefix', prefix: '+1415' });
    await h.clear();
    r = await callFrom(h, '+1 212 555 0123');
    expect(r.preview).to.equal('Presenting US Sales (+1 212 555 0100), chosen by prefix +1');
  });

  describe('selector hook', () => {
    it('returning a number: checking first, then the hook’s number', async () => {
      // The hook answers when the test says so: typing through a loaded machine's driver may take
      // longer than any fixed delay, and "checking" must be seen before the answer. Every ask gets
      // the same answer, the call's own too (a hook that answered only the preview left the call
      // waiting for the hook's timeout, past the test's).
      let answer!: (id: string) => void;
      const answered = new Promise<string>((done) => {
        answer = done;
      });
      let asked = 0;
      const selector = () => {
        asked++;
        return answered;
      };
      const h = await DialerHarness.make({ store: makeStore(CONFIG, { selector, selectorTimeoutMs: 30_000 }) });
      await h.type(PARIS);
      await waitFor(() => h.status === 'Checking number…' && asked > 0, 'the preview asks the hook');
      expect(h.button.getAttribute('aria-disabled')).to.equal('true');
      answer('us');
      const { detail } = await callFrom(h, '');
      expect(h.status).to.contain('Calling');
      expect(detail).to.include({ source: 'selector' });
      expect(detail.clid.id).to.equal('us');
    });

    it('returning null: falls through to the default', async () => {
      const h = await DialerHarness.make({ store: makeStore(CONFIG, { selector: slow(null) }) });
      const { preview, detail } = await callFrom(h, PARIS);
      expect(preview).to.contain('account default');
      expect(detail.source).to.equal('account-default');
    });

    for (const [answer, reason, text] of [
      ['+442079469999', 'not-configured', '+44 20 7946 9999 is not one of this account’s callback numbers.'],
      ['de', 'not-permitted', 'Berlin (+49 30 901820) is not permitted for you.'],
    ] as const) {
      it(`returning ${reason === 'not-configured' ? 'an unknown number' : 'a number not permitted'}: shown, rejected, never presented`, async () => {
        const h = await DialerHarness.make({ store: makeStore(CONFIG, { selector: slow(answer) }) });
        const calls: Event[] = [];
        h.el.addEventListener('clid-call', (e) => calls.push(e));
        await h.type(PARIS);
        // The refused number reads in its country's grouping once that has arrived.
        await waitFor(() => h.status === `${text} Choose another number.`, 'the status line names the refused number');
        const rejected = oneEvent(h.el, 'clid-rejected');
        await h.clickCall();
        const { detail } = await rejected;
        const message = `Call to +33 1 42 68 53 00 not placed. ${text} Choose another number and call again.`;
        expect(detail).to.include({ reason, requested: answer, source: 'selector', message });
        await h.el.updateComplete;
        expect(h.message, 'the panel shows the event’s message').to.equal(detail.message);
        expect(calls).to.be.empty;
      });
    }

    it('throwing: passed over, the default is presented', async () => {
      const selector = () => {
        throw new Error('CRM down');
      };
      const h = await DialerHarness.make({ store: makeStore(CONFIG, { selector }) });
      const { preview, detail } = await callFrom(h, PARIS);
      expect(preview).to.contain('account default');
      expect(detail.source).to.equal('account-default');
    });

    it('timing out: the Call button waits for the timeout, then the default is presented', async () => {
      // The hook never answers, and its timeouts run out when the test says so. A real timeout
      // raced the typing, the click and the key below, which took more than 300 ms through
      // WebKit's driver on a loaded machine, and could outlast any fixed timeout: the call was
      // then placed before the click, and the test failed on timing, not on behaviour.
      const timeouts = holdTimeouts(HOOK_TIMEOUT_MS);
      try {
        const h = await DialerHarness.make({
          store: makeStore(CONFIG, { selector: () => new Promise(() => {}), selectorTimeoutMs: HOOK_TIMEOUT_MS }),
        });
        const calls: Event[] = [];
        h.el.addEventListener('clid-call', (e) => calls.push(e));
        await h.type(PARIS);
        await waitFor(() => timeouts.held, 'the preview waits for the hook');
        expect(h.status).to.equal('Checking number…');
        await h.clickCall();
        await h.press('Enter');
        expect(calls, 'nothing placed while resolving').to.be.empty;
        timeouts.runOut();
        expect(await h.settled()).to.contain('account default');
        await h.clickCall();
        // The call asks the hook again, and waits for its timeout too.
        await waitFor(() => timeouts.held, 'the call asks the hook');
        expect(calls, 'nothing placed while the call resolves').to.be.empty;
        timeouts.runOut();
        await waitFor(() => calls.length === 1, 'the call is placed after the timeout');
        expect((calls[0] as CustomEvent).detail.source).to.equal('account-default');
      } finally {
        timeouts.restore();
      }
    });

    it('gets the dial list and entry ids through dial()', async () => {
      const seen: unknown[] = [];
      const h = await DialerHarness.make({
        store: makeStore(CONFIG, {
          selector: (r) => {
            seen.push(r);
            return 'us';
          },
        }),
      });
      const d = await h.el.dial('+33142685300', { dialListId: 'spring', dialEntryId: 'e-42' });
      expect(d.source).to.equal('selector');
      expect(seen[0]).to.include({ destination: '+33142685300', dialListId: 'spring', dialEntryId: 'e-42' });
    });
  });

  it('no permitted numbers: the panel says so, and a call attempt fails with clid-error', async () => {
    const h = await DialerHarness.make({ store: makeStore({ ...CONFIG, accountId: 'none', permitted: [] }) });
    await h.type(PARIS);
    await waitFor(() => h.button.getAttribute('aria-disabled') === 'false', 'the destination is checked');
    const error = oneEvent(h.el, 'clid-error');
    await h.clickCall();
    const { detail } = await error;
    expect(detail.code).to.equal('no-permitted-number');
    await h.el.updateComplete;
    await h.picker.updateComplete;
    expect(h.picker.shadowRoot!.textContent).to.contain(detail.message);
    const failed = await h.el.dial(PARIS).catch((e) => e);
    expect(failed.reason).to.equal('no-permitted-number');
  });

  it('consult and transfer use the same choice, marked by kind', async () => {
    const h = await DialerHarness.make({ store: makeStore(), kind: 'transfer' });
    const { detail } = await callFrom(h, '+1 415 555 0123');
    expect(detail).to.include({ kind: 'transfer', source: 'prefix-rule' });
    const consult = await h.el.dial('+14155550123', { kind: 'consult' });
    expect(consult).to.include({ kind: 'consult', source: 'prefix-rule' });
    expect(consult.clid.id).to.equal(detail.clid.id);
  });
});
