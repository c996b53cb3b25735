// A small static file server for the demo, the built Storybook check and the benchmarks.
// Serves files below `root` on 127.0.0.1; `headers` are added to every response.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * @param {{ root: string, port?: number, headers?: Record<string,string>, mounts?: Record<string,string>,
 *   files?: Record<string, { body: Uint8Array | string, type: string }> }} options
 *   `mounts` maps a URL prefix (e.g. `/dist/`) to another folder; `files` serves exact paths from memory.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ root, port = 0, headers = {}, mounts = {}, files = {} }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(`http://x${req.url}`).pathname);
    if (Object.hasOwn(files, path)) {
      res.writeHead(200, { 'content-type': files[path].type, 'cache-control': 'no-store', ...headers });
      return res.end(files[path].body);
    }
    let base = resolve(root);
    let rest = path;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = resolve(dir);
        rest = path.slice(prefix.length - 1);
        break;
      }
    }
    let file = normalize(join(base, rest));
    if (!file.startsWith(base)) return send(res, 403, 'Forbidden');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return send(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolveListen({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
