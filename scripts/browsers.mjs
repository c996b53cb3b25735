// Finds and launches the three engines the suite runs in: Debian's Chromium, Firefox ESR and
// WebKitGTK (MiniBrowser through WebKitWebDriver on an Xvfb display). Nothing here downloads a
// browser; a missing one is a clear error, never a silently skipped engine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort, whenListening } from './ports.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const PATHS = {
  chromium: () => process.env.CHROME_PATH || '/usr/bin/chromium',
  firefox: () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  webkit: () => process.env.WEBKIT_MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  webkitDriver: () => process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
  xvfb: () => process.env.XVFB_PATH || '/usr/bin/Xvfb',
};

const INSTALL = {
  chromium: 'apt-get install -y chromium (or set CHROME_PATH)',
  firefox: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  webkit: 'apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth',
};

/** Chromium flags for a root user on a machine with no network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Tests run two pages at a time; a page in a background tab must still get animation frames
  // and timers, or fixtures that wait for a frame hang.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // The memory tests (test/**/*.memory.test.ts) call window.gc() before they count what is left.
  '--js-flags=--expose-gc',
];

/** The engines asked for with CLID_BROWSERS (comma separated), all three by default. */
export function requestedEngines() {
  const list = (process.env.CLID_BROWSERS || ENGINES.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of list) {
    if (!ENGINES.includes(name)) {
      throw new Error(`CLID_BROWSERS: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
    }
  }
  return list;
}

/** Path of an engine's executable; throws a message saying how to install it when absent. */
export function executable(name) {
  const needed = name === 'webkit' ? ['webkit', 'webkitDriver', 'xvfb'] : [name];
  for (const key of needed) {
    const path = PATHS[key]();
    if (!existsSync(path)) {
      throw new Error(
        `The ${name} engine is not installed: ${path} is missing. Install it with: ${INSTALL[name]}. ` +
          `To run fewer engines on purpose, set CLID_BROWSERS (e.g. CLID_BROWSERS=chromium,firefox).`,
      );
    }
  }
  return PATHS[name]();
}

export async function startWebKit() {
  const binary = executable('webkit');
  const children = [];
  const stop = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  const xvfb = spawn(PATHS.xvfb(), ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display in 10 s')), 10_000);
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });

  const port = await freePort();
  const driver = spawn(PATHS.webkitDriver(), [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  const until = Date.now() + 10_000;
  await whenListening(port, () => Date.now() > until && `WebKitWebDriver did not listen on port ${port}`);

  return {
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    },
  };
}
