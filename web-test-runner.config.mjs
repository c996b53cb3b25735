// Runs every test file in real browsers: Debian's Chromium, Firefox ESR and WebKitGTK.
// TypeScript sources are served directly (esbuild), so no build is needed before testing.
// CLID_BROWSERS=chromium,firefox narrows the engines on purpose; a missing engine is an error.
// CLID_TEST_FILES='test/store/**/*.test.ts' narrows the files.
// CLID_MEMORY=1 runs the memory tests (test/**/*.memory.test.ts, Chromium only) alone.
// CLID_DIST=1 runs the tests of the built package instead (test/built/: `npm run test:dist`, after
// `npm run build`); every other run leaves them out, so a fresh clone tests without a build.
import { readdirSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import {
  a11ySnapshotPlugin,
  emulateMediaPlugin,
  sendKeysPlugin,
  sendMousePlugin,
  setViewportPlugin,
} from '@web/test-runner-commands/plugins';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, executable, requestedEngines, startWebKit } from './scripts/browsers.mjs';
import { memoryPlugin } from './scripts/memory-plugin.mjs';
import { writeGeoData } from './scripts/geo-data.mjs';
import { writePhoneMetadata } from './scripts/phone-metadata.mjs';

// src/phone/metadata/*.js: libphonenumber-js's metadata per calling code, generated (git-ignored).
writePhoneMetadata();
// src/geo/data/*.js: libphonenumber's places and time zones per calling code, generated (git-ignored).
writeGeoData();

/**
 * Test files that use what the WebKit driver cannot do, by file-name ending. They run in
 * Chromium and Firefox only; everything else runs in all three engines.
 */
export const NOT_IN_WEBKIT = {
  '.a11y-tree.test.ts': 'reads the accessibility tree (a11ySnapshot), which WebKitWebDriver does not expose',
  '.media.test.ts': 'emulates media features or the viewport (emulateMedia / setViewport), not in WebKitWebDriver',
  '.keys-held.test.ts': 'holds keys down (sendKeys down/up), which WebKitWebDriver does not support',
};

/**
 * Test files that run in Chromium only, by file-name ending: they need what only Chromium offers.
 */
export const ONLY_IN_CHROMIUM = {
  '.memory.test.ts': 'forces garbage collection (--js-flags=--expose-gc) and reads heap and listeners over CDP',
};

/** A glob (`*`, `**`, `?`) as a regular expression over paths relative to the project. */
function globToRegExp(glob) {
  const body = glob
    .replace(/[.+^$()|[\]{}\\]/g, '\\$&')
    .replace(/\*\*\//g, '\0')
    .replace(/\*\*/g, '.*')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\0/g, '(?:.*/)?');
  return new RegExp('^' + body + '$');
}

// Every test file (or those matching CLID_TEST_FILES), split by whether WebKit can run it.
const wanted = globToRegExp(process.env.CLID_TEST_FILES || 'test/**/*.test.ts');
const testFiles = readdirSync('test', { recursive: true })
  .map((name) => `test/${name}`.replaceAll('\\', '/'))
  .filter((path) => path.endsWith('.test.ts') && wanted.test(path))
  .filter((path) => path.startsWith('test/built/') === !!process.env.CLID_DIST)
  // The memory tests run apart (CLID_MEMORY=1, `npm run test:memory`): their garbage collections
  // and 10,000-number configs would starve the other tests' pages of the machine's two cores.
  .filter((path) => path.endsWith('.memory.test.ts') === !!process.env.CLID_MEMORY)
  .sort();
if (!testFiles.length) throw new Error(`No test files match ${process.env.CLID_TEST_FILES}`);
const inWebKit = (path) => !Object.keys(NOT_IN_WEBKIT).some((ending) => path.endsWith(ending));
const chromiumOnly = (path) => Object.keys(ONLY_IN_CHROMIUM).some((ending) => path.endsWith(ending));
const everyEngine = testFiles.filter((path) => inWebKit(path) && !chromiumOnly(path));
const webkitless = testFiles.filter((path) => !inWebKit(path) && !chromiumOnly(path));
const inChromiumOnly = testFiles.filter(chromiumOnly);

/** Serves /__stories__.js: every stories/*.stories.ts module, keyed by file name. */
function storiesIndexPlugin() {
  return {
    name: 'clid-stories-index',
    serve(context) {
      if (context.path !== '/__stories__.js') return undefined;
      const files = readdirSync('stories')
        .filter((name) => name.endsWith('.stories.ts'))
        .sort();
      const imports = files.map((name, i) => `import * as s${i} from '/stories/${name}';`);
      const entries = files.map((name, i) => `${JSON.stringify(name)}: s${i}`);
      return { body: `${imports.join('\n')}\nexport default { ${entries.join(', ')} };`, type: 'js' };
    },
  };
}

/**
 * The server command `clid-env`: what a test may read of the environment. `CLID_SEED` replays a
 * seeded test (test/hostile/) with the seed it printed when it failed.
 */
function envPlugin() {
  return {
    name: 'clid-env',
    executeCommand({ command }) {
      if (command !== 'clid-env') return undefined;
      return { seed: process.env.CLID_SEED ?? '' };
    },
  };
}

/** The version a second copy of the drop-in says it is (test/built/two-copies.test.ts). */
const COPY_B_VERSION = '9.9.9-copy-b';

/**
 * Serves the built drop-in again under other URLs, as a second copy on the page would be: at
 * /copy-b/ built as another version (its version string rewritten), at /copy-same/ as it is.
 * Its lazy chunks load relative to it, so each URL is a module graph of its own.
 */
function dropInCopiesPlugin() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  return {
    name: 'clid-drop-in-copies',
    serve(context) {
      const match = /^\/(copy-b|copy-same)\/([\w.-]+\.js)$/.exec(context.path);
      if (!match) return undefined;
      const [, copy, file] = match;
      let body = readFileSync(`dist/${file}`, 'utf8');
      if (copy === 'copy-b' && file === 'clid-picker.min.js') {
        const quoted = JSON.stringify(version);
        if (body.split(quoted).length !== 2) throw new Error(`expected ${quoted} once in dist/${file}`);
        body = body.replace(quoted, JSON.stringify(COPY_B_VERSION));
      }
      return { body, type: 'js' };
    },
  };
}

async function launchers(engines) {
  const others = [];
  const chromium = [];
  if (engines.includes('chromium')) {
    const launch = () =>
      chromeLauncher({
        puppeteer,
        launchOptions: { executablePath: executable('chromium'), headless: true, args: CHROMIUM_ARGS },
      });
    others.push(launch());
    // The memory tests get a Chromium of their own, one page at a time: pages of one browser may
    // share a renderer process and its heap, and another page's work would colour the figures.
    const alone = launch();
    alone.concurrency = 1;
    chromium.push(alone);
  }
  if (engines.includes('firefox')) {
    const firefox = chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: executable('firefox'), headless: true },
    });
    // One page at a time: a second page takes the window's focus, and keys sent to the first
    // then do not activate buttons (document.hasFocus() is false there).
    firefox.concurrency = 1;
    others.push(firefox);
  }
  const webkit = [];
  if (engines.includes('webkit')) {
    const launcher = webdriverLauncher(await startWebKit());
    // WebKitWebDriver's mouse and key commands fail with more than one session at a time, and
    // the launcher only runs one page per session (no iframes) when it sees concurrency 1.
    launcher.concurrency = 1;
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (config) => {
      await initialize({ ...config, concurrency: 1 });
      launcher.name = 'WebKit'; // the driver calls it MiniBrowser, WebKitGTK's shell
    };
    webkit.push(launcher);
  }
  return { others, webkit, chromium };
}

const { others, webkit, chromium } = await launchers(requestedEngines());

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // A test's timeout only catches a hang (tests wait on conditions, never on time). 30 s: on a 2-core
  // CI machine running three engines beside a CPU-bound process, a test that loads the library cold
  // in a cross-origin frame, twice, took more than 10 s (issue 19: a CI that fails only for faults).
  testFramework: { config: { timeout: 30_000 } },
  // Lit's one-line dev-mode notice repeats for every file; real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    storiesIndexPlugin(),
    dropInCopiesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    sendKeysPlugin(),
    sendMousePlugin(),
    a11ySnapshotPlugin(),
    emulateMediaPlugin(),
    setViewportPlugin(),
    memoryPlugin(),
    envPlugin(),
  ],
  coverage: !process.env.CLID_NO_COVERAGE,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts', 'node_modules/**'],
    // Thresholds hold for the whole suite; a run narrowed with CLID_TEST_FILES only reports.
    threshold: process.env.CLID_TEST_FILES ? undefined : { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  groups: [
    ...(everyEngine.length ? [{ name: 'all-engines', files: everyEngine, browsers: [...others, ...webkit] }] : []),
    ...(webkitless.length && others.length ? [{ name: 'chromium-firefox', files: webkitless, browsers: others }] : []),
    ...(inChromiumOnly.length && chromium.length
      ? [{ name: 'chromium-only', files: inChromiumOnly, browsers: chromium }]
      : []),
  ],
};
