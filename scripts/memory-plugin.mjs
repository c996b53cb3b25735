// A web-test-runner server command for the memory tests (test/**/*.memory.test.ts, Chromium
// only): collects garbage through the DevTools protocol and reports what the page holds.
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const { heap, windowListeners, documentListeners, nodes } = await executeServerCommand('clid-memory');
//
// heap: bytes of JS heap in use after garbage collection (Runtime.getHeapUsage); windowListeners /
// documentListeners: event listeners on `window` / `document` (DOMDebugger.getEventListeners);
// nodes, jsEventListeners: the renderer's DOM counters (Memory.getDOMCounters).

/** Listeners registered on the object a page expression evaluates to. */
async function listenersOf(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'clid-memory' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.length;
}

/** Figures of a page after garbage collection, read over the DevTools protocol. */
export async function measure(cdp) {
  // Twice: the first pass may only run finalizers that free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const windowListeners = await listenersOf(cdp, 'window');
  const documentListeners = await listenersOf(cdp, 'document');
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'clid-memory' });
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, windowListeners, documentListeners, nodes, jsEventListeners };
}

export function memoryPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'clid-memory',
    async executeCommand({ command, session }) {
      if (command !== 'clid-memory') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('clid-memory needs Chromium (a puppeteer page with CDP)');
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      return measure(cdp);
    },
  };
}
