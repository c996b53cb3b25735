// `npm run bench`: runs every bench/*.bench.mjs in turn (after `npm run build`), each in its own
// Node process so one benchmark's heap does not colour the next one's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.mjs') && (!only || name.includes(only)))
  .sort();
let failed = false;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', new URL(file, import.meta.url).pathname], {
    stdio: 'inherit',
  });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
