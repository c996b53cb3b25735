// What `npm start` serves, also used by the softphone's end-to-end test: demo/ at /, the built
// drop-in (dist/) at /dist/, examples/ at /examples/, and JsSIP at /vendor/jssip.js for the
// reference softphone. JsSIP ships CommonJS only, so it is bundled here into one ES module with
// esbuild (in memory, ~0.2 s): nothing is written and nothing needs a build step of its own.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serve } from './static-server.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** JsSIP (the example's devDependency) as one minified ES module whose default export is JsSIP. */
export async function bundleJsSIP() {
  const result = await build({
    stdin: { contents: "export { default } from 'jssip';", resolveDir: projectRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/**
 * Serves the demo, the examples and the drop-in on 127.0.0.1 (`port` 0 = any free port).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDemo({ port = 0 } = {}) {
  const jssip = await bundleJsSIP();
  return serve({
    root: `${projectRoot}demo`,
    port,
    mounts: { '/dist/': `${projectRoot}dist`, '/examples/': `${projectRoot}examples` },
    files: { '/vendor/jssip.js': { body: jssip, type: 'text/javascript; charset=utf-8' } },
  });
}
