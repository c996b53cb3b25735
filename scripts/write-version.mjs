// Writes src/version.ts from package.json's version, so every element class can say which copy of
// the library it is (`ClidPicker.version`). Run by `npm version` (the `version` lifecycle script);
// the build fails when the two disagree (rollup.config.mjs), so a stale file never ships.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
writeFileSync(
  file,
  `/** The package's version, from package.json (written by scripts/write-version.mjs; checked by the build). */\nexport const VERSION = '${version}';\n`,
);
console.log(`src/version.ts: ${version}`);
