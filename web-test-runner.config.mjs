// Runs every test file in real browsers: Debian's Chromium, Firefox ESR and WebKitGTK.
// TypeScript sources are served directly (esbuild), so no build is needed before testing.
// CLID_BROWSERS=chromium,firefox narrows the engines on purpose; a missing engine is an error.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { a11ySnapshotPlugin, sendKeysPlugin, sendMousePlugin, emulateMediaPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, executable, requestedEngines, startWebKit } from './scripts/browsers.mjs';

/**
 * Test files that use what the WebKit driver cannot do. They run in Chromium and Firefox only.
 * Keep the reason beside each entry; everything not listed runs in all three engines.
 */
export const NOT_IN_WEBKIT = {
  '.a11y-tree.test.ts': 'reads the accessibility tree (a11ySnapshot), which WebKitWebDriver does not expose',
  '.media.test.ts': 'emulates media features or the viewport (emulateMedia / setViewport), not in WebKitWebDriver',
  '.keys-held.test.ts': 'holds keys down (sendKeys down/up), which WebKitWebDriver does not support',
};

const engines = requestedEngines();

/** Serves /__stories__.js: every stories/*.stories.ts module, keyed by file name. */
function storiesIndexPlugin() {
  return {
    name: 'clid-stories-index',
    serve(context) {
      if (context.path !== '/__stories__.js') return undefined;
      const files = readdirSync('stories').filter((name) => name.endsWith('.stories.ts')).sort();
      const body = files
        .map((name, i) => `import * as s${i} from '/stories/${name}';`)
        .concat(`export default { ${files.map((name, i) => `${JSON.stringify(name)}: s${i}`).join(', ')} };`)
        .join('\n');
      return { body, type: 'js' };
    },
  };
}

async function launchers() {
  const list = [];
  if (engines.includes('chromium')) {
    list.push(
      chromeLauncher({
        puppeteer,
        launchOptions: { executablePath: executable('chromium'), headless: true, args: CHROMIUM_ARGS },
      }),
    );
  }
  if (engines.includes('firefox')) {
    list.push(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: executable('firefox'), headless: true },
      }),
    );
  }
  const webkit = [];
  if (engines.includes('webkit')) {
    const launcher = webdriverLauncher(await startWebKit());
    launcher.name = 'WebKit';
    // WebKitWebDriver's mouse and key commands fail with more than one session at a time, and
    // the launcher only runs one page per session (no iframes) when it sees concurrency 1.
    launcher.concurrency = 1;
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = (config) => initialize({ ...config, concurrency: 1 });
    webkit.push(launcher);
  }
  return { others: list, webkit };
}

const { others, webkit } = await launchers();
const files = process.env.CLID_TEST_FILES || 'test/**/*.test.ts';
const suffixes = Object.keys(NOT_IN_WEBKIT);
const excluded = suffixes.map((suffix) => `!test/**/*${suffix}`);
const webkitless = readdirSync('test', { recursive: true })
  .map((name) => `test/${name}`)
  .filter((path) => suffixes.some((suffix) => path.endsWith(suffix)))
  .filter((path) => !process.env.CLID_TEST_FILES || path.includes(process.env.CLID_TEST_FILES.replace(/\*.*$/, '')));

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's one-line dev-mode notice repeats for every file; real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    storiesIndexPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    sendKeysPlugin(),
    sendMousePlugin(),
    a11ySnapshotPlugin(),
    emulateMediaPlugin(),
    setViewportPlugin(),
  ],
  coverage: !process.env.CLID_NO_COVERAGE,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts', 'node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  groups: [
    { name: 'all-engines', files: [files, ...excluded], browsers: [...others, ...webkit] },
    ...(others.length && webkitless.length
      ? [{ name: 'chromium-firefox', files: webkitless, browsers: others }]
      : []),
  ],
};
