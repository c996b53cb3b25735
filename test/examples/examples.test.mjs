/* global location, localStorage -- functions passed to page.evaluate() run in the page */
// The React 19 and Vue 3 examples, built (`npm run build:examples`) and driven in headless Chromium
// as an agent uses them: a softphone panel per CRM record, mounted and unmounted by hash routes
// (#/records/ID, #/settings), with a call log fed by `clid-call` events. Both examples share the
// routes and the `#call-log` list, so one test serves both.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';

const REMOUNTS = 200;

/**
 * Installed in the page before the app: navigates and waits until the route's panel is there,
 * new and rendered (or gone).
 */
function installNavigation() {
  window.navigateTo = async (target) => {
    const previous = document.querySelector('clid-dialer');
    location.hash = target;
    const wantsPanel = target.startsWith('#/records/');
    const settled = () => {
      const dialer = document.querySelector('clid-dialer');
      return wantsPanel ? dialer && dialer !== previous && dialer.shadowRoot?.querySelector('[part=call]') : !dialer;
    };
    while (!settled()) await new Promise((resolve) => setTimeout(resolve));
  };
}

const go = (page, hash) => page.evaluate((target) => window.navigateTo(target), hash);

/** Page-wide DOM nodes and JS event listeners after a full garbage collection, and the window's own listeners. */
async function counters(page, session) {
  for (let round = 0; round < 3; round++) {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    await session.send('HeapProfiler.collectGarbage');
  }
  const { nodes, jsEventListeners } = await session.send('Memory.getDOMCounters');
  const { result } = await session.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return { nodes, jsEventListeners, windowListeners: listeners.length };
}

for (const framework of ['react', 'vue']) {
  describe(`examples/${framework}`, () => {
    let server;
    let browser;
    let page;
    let session;
    const problems = [];

    before(async () => {
      server = await serve({ root: `examples/${framework}/dist` });
      browser = await launchChromium({ args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
      page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      session = await page.createCDPSession();
      await page.evaluateOnNewDocument(installNavigation);
      // Another tab's default must not leak in: each run starts with empty storage.
      await page.goto(`${server.url}#/settings`);
      await page.evaluate(() => localStorage.clear());
      await go(page, '#/records/1');
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('hears each call once (the store and record set as properties)', async () => {
      // The store came in as a property: the provider holds the app's store object.
      assert.equal(
        await page.evaluate(() => typeof document.querySelector('clid-provider').store?.placeCall),
        'function',
      );
      // A click on Call (the destination comes from the record), then a call placed by dial().
      await page.locator('clid-dialer >>> [part=call]').click();
      await page.waitForFunction(() => document.querySelectorAll('#call-log li').length >= 1);
      await page.evaluate(() => document.querySelector('clid-dialer').dial('+442071234567'));
      await page.waitForFunction(() => document.querySelectorAll('#call-log li').length >= 2);
      const log = await page.$$eval('#call-log li', (items) => items.map((item) => item.textContent.trim()));
      assert.deepEqual(log, [
        '+442071234567 from UK Sales (account-default)',
        '+14155550199 from US Sales (prefix-rule)',
      ]);
      // Record 2's Department field picks Finance: `record` reached the dialer as an object.
      await go(page, '#/records/2');
      await page.locator('clid-dialer >>> [part=call]').click();
      await page.waitForFunction(() => document.querySelectorAll('#call-log li').length >= 3);
      assert.equal(
        await page.$eval('#call-log li', (item) => item.textContent.trim()),
        '+442071234567 from Finance (field-rule)',
      );
      assert.equal(await page.$$eval('#call-log li', (items) => items.length), 3);
    });

    it('keeps the agent default when the panel is mounted again after navigation', async () => {
      await go(page, '#/records/1');
      const before = await page.evaluateHandle(() => document.querySelector('clid-picker'));
      await page.evaluate(() => document.querySelector('clid-provider').store.select('finance', { scope: 'default' }));
      await page.waitForFunction(() => document.querySelector('clid-picker').value === '+442079460999');
      await go(page, '#/settings');
      await go(page, '#/records/1');
      const remounted = await page.evaluate((old) => document.querySelector('clid-picker') !== old, before);
      assert.equal(remounted, true, 'the panel was not mounted again');
      await page.waitForFunction(() => document.querySelector('clid-picker').value === '+442079460999');
      await page.evaluate(() => document.querySelector('clid-dialer').dial('+442071234569'));
      await page.waitForFunction(() => document.querySelector('#call-log li')?.textContent.includes('+442071234569'));
      assert.equal(
        await page.$eval('#call-log li', (item) => item.textContent.trim()),
        '+442071234569 from Finance (agent-default)',
      );
    });

    it(`leaves nothing behind after ${REMOUNTS} remounts`, async () => {
      await go(page, '#/settings');
      const start = await counters(page, session);
      // Mount and unmount the panel REMOUNTS times, keeping only weak references to its elements.
      const mounted = await page.evaluate(async (remounts) => {
        window.mountedElements = [];
        for (let round = 0; round < remounts; round++) {
          await window.navigateTo(`#/records/${(round % 2) + 1}`);
          for (const element of document.querySelectorAll('clid-provider, clid-picker, clid-dialer'))
            window.mountedElements.push(new WeakRef(element));
          await window.navigateTo('#/settings');
        }
        return window.mountedElements.length;
      }, REMOUNTS);
      const end = await counters(page, session);
      const alive = await page.evaluate(() =>
        window.mountedElements.filter((ref) => ref.deref()).map((ref) => ref.deref().localName),
      );
      assert.equal(mounted, REMOUNTS * 3);
      assert.deepEqual(alive, [], `${alive.length} of ${mounted} removed elements were not collected`);
      assert.equal(end.windowListeners, start.windowListeners, 'window listeners');
      assert.equal(end.jsEventListeners, start.jsEventListeners, 'event listeners in the page');
      assert.ok(end.nodes <= start.nodes, `DOM nodes: ${start.nodes} at the start, ${end.nodes} at the end`);
    });

    it('logged no error', () => {
      assert.deepEqual(problems, []);
    });
  });
}
