// Fails when the committed custom-elements.json no longer matches what the analyzer makes of the
// source, so the API docs (Storybook autodocs, editors, the README) never drift from the code.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

// The analyzer joins --outdir to the working directory, so keep it relative.
const outdir = 'node_modules/.cache/cem-check';
rmSync(outdir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const fresh = JSON.parse(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
let committed;
try {
  committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
} catch {
  committed = undefined;
}
if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
