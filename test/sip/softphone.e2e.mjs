// End-to-end: the reference softphone (examples/softphone, on the built drop-in, served as
// `npm start` serves it) places a call in headless Chromium for each way a number is chosen, over
// SIP-over-WebSocket to a real Kamailio (test/sip/kamailio.cfg). Each INVITE that Kamailio
// received must carry that call's callback number in From and in P-Asserted-Identity; a refused
// request must send no INVITE at all. Each busy call's outcome must reach the store as `busy`
// (the softphone reports it with dialer.reportOutcome and marks the entry once the store took it). Needs `npm run build` first; run with `npm run test:sip`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveDemo } from '../../scripts/demo-server.mjs';
import { startKamailio } from './kamailio.mjs';

const DOMAIN = 'pbx.acme.example';
const PICKER = '#dialer >>> clid-picker';

/** `text` as a literal inside a regular expression. */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The identity a call presenting `number` named `name` must carry, as Kamailio logs it. */
const identity = (number, name) => ({
  fromUser: number,
  fromDisplayName: `"${name}"`,
  assertedIdentity: `"${name}" <sip:${number}@${DOMAIN}>`,
});

describe('reference softphone → Kamailio: the INVITE carries the chosen CLID', () => {
  let kamailio;
  let server;
  let browser;
  let page;
  const problems = [];
  let placed = 0;

  before(async () => {
    if (!existsSync(new URL('../../dist/clid-picker.min.js', import.meta.url))) {
      throw new Error('The softphone runs on the built drop-in: run npm run build first.');
    }
    // Started together; whatever did start is kept so that after() stops it when another failed.
    const started = await Promise.allSettled([startKamailio(), serveDemo(), launchChromium()]);
    [kamailio, server, browser] = started.map((result) => result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    const query = new URLSearchParams({ server: kamailio.url, domain: DOMAIN });
    await page.goto(`${server.url}examples/softphone/?${query}`);
    await page.waitForSelector('#connection-state[data-connected=true]', { timeout: 10_000 });
    await page.waitForSelector('#dialer >>> [part~=call]');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    const pid = kamailio?.pid;
    await kamailio?.stop();
    if (pid) assert.throws(() => process.kill(-pid, 0), { code: 'ESRCH' }, 'a Kamailio process is still running');
  });

  /** Runs `gesture`, waits until the page shows the outcome of the call (or refusal) it causes. */
  async function callAndWait(gesture) {
    const entries = await page.$$eval('#calls > li', (items) => items.length);
    await gesture();
    await page.waitForFunction(
      (count) => {
        const items = document.querySelectorAll('#calls > li');
        return items.length > count && /^(busy|failed|refused|ended)$/.test(items[0].dataset.outcome ?? '');
      },
      { timeout: 10_000 },
      entries,
    );
    return page.$eval('#calls > li', (item) => ({ ...item.dataset, text: item.textContent }));
  }

  /** Places a call with `gesture` and checks the INVITE Kamailio received for it. */
  async function expectInvite(gesture, { destination, source, number, name }) {
    const entry = await callAndWait(gesture);
    assert.equal(entry.outcome, 'busy', `the call should end busy: ${entry.text}`);
    assert.equal(entry.reported, 'busy', 'the 486 reached the store as the outcome busy');
    assert.equal(entry.source, source);
    assert.equal(entry.clid, number);
    placed += 1;
    const invites = await kamailio.waitForInvites(placed);
    assert.equal(invites.length, placed, 'one INVITE per placed call, and none for a refused one');
    assert.deepEqual(invites[placed - 1], { requestUser: destination, ...identity(number, name) });
    // The softphone shows what the server echoed back in its 486 reply.
    assert.match(
      entry.text,
      new RegExp(escape(`received From ${number}, P-Asserted-Identity "${name}" <sip:${number}@${DOMAIN}>`)),
    );
  }

  /** The accessible text of the option the dialer's picker highlights. */
  const highlighted = () =>
    page.evaluate(() => {
      const root = document.querySelector('#dialer').shadowRoot.querySelector('clid-picker').shadowRoot;
      const id = root.querySelector('[role=combobox]').getAttribute('aria-activedescendant');
      return (id && root.getElementById(id)?.textContent) || '';
    });

  /** Opens the dialer's picker and highlights the option named `name`, by keyboard. */
  async function highlight(name) {
    await page.click(`${PICKER} >>> [role=combobox]`);
    await page.waitForSelector(`${PICKER} >>> [role=option]`);
    await page.keyboard.type(name.split(' ')[0]); // type-ahead on the first word
    for (let step = 0; step < 10 && !(await highlighted()).includes(name); step += 1)
      await page.keyboard.press('ArrowDown');
    assert.match(await highlighted(), new RegExp(escape(name)));
  }

  it('account default: no rule, no choice', async () => {
    await expectInvite(() => page.click('#dial-default'), {
      destination: '+33142685300',
      source: 'account-default',
      number: '+442079460000',
      name: 'UK Sales',
    });
  });

  it('prefix rule: +1415', async () => {
    await expectInvite(() => page.click('#dial-prefix'), {
      destination: '+14155550123',
      source: 'prefix-rule',
      number: '+14155550100',
      name: 'US West (San Francisco)',
    });
  });

  it('field rule: Department = Support', async () => {
    await expectInvite(() => page.click('#dial-field'), {
      destination: '+442079460123',
      source: 'field-rule',
      number: '+441614960000',
      name: 'UK Support',
    });
  });

  it('requested number', async () => {
    await expectInvite(() => page.click('#dial-requested'), {
      destination: '+442079460456',
      source: 'requested',
      number: '+442079460999',
      name: 'Spring campaign',
    });
  });

  it('a refused request (a number this agent may not present) sends no INVITE', async () => {
    const entry = await callAndWait(() => page.click('#dial-refused'));
    assert.equal(entry.outcome, 'refused');
    assert.equal(entry.reported, undefined, 'no call, no outcome');
    assert.match(entry.text, /not permitted/);
    // Proven by the next test too: the next INVITE Kamailio receives is the next call's.
    assert.equal(kamailio.invites.length, placed);
  });

  it("the agent's per-call choice", async () => {
    await highlight('US East');
    await page.keyboard.press('Enter'); // a plain choice is for this call only
    await expectInvite(() => page.click('#dial-default'), {
      destination: '+33142685300',
      source: 'call',
      number: '+12125550100',
      name: 'US East (New York)',
    });
  });

  it('the agent default', async () => {
    await highlight('Vertrieb Berlin');
    await page.click(`${PICKER} >>> [part~=action]`); // "Set as my default"
    await page.waitForFunction(
      () =>
        !document
          .querySelector('#dialer')
          .shadowRoot.querySelector('clid-picker')
          .shadowRoot.querySelector('[role=listbox]')
          ?.checkVisibility(),
    );
    await expectInvite(() => page.click('#dial-default'), {
      destination: '+33142685300',
      source: 'agent-default',
      number: '+4930901820',
      name: 'Vertrieb Berlin',
    });
  });

  it('the page logged no error', () => {
    assert.deepEqual(problems, []);
  });
});
