// Unpacks the packed tarball into a fresh TypeScript project and type-checks a consumer of every
// entry (test/package/consumer/*: one file per entry; a new entry gets a file there), as a user's
// app would see the package: only what `npm pack` ships, resolved through `exports`. The
// consumers' `@ts-expect-error` lines prove that misuse is a type error (tsc fails on an unused
// one). Needs `npm run build` first.
// Offline and quick: the tarball is unpacked as npm would install it, and the dependencies it
// declares (plus what a consumer brings: TypeScript, React's types, Vue) are linked from this
// repo's node_modules, so a dependency missing from package.json fails here too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const consumers = join(root, 'test/package/consumer');
// What a consumer brings itself.
const consumerOwn = ['typescript', 'react', '@types/react', 'vue'];

const project = mkdtempSync(join(tmpdir(), 'clid-pack-'));
const run = (command, args) =>
  execFileSync(command, args, { cwd: project, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const tarball = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' }),
  )[0].filename;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'clid-consumer', private: true, type: 'module' }),
  );
  const installed = join(project, 'node_modules/clid-picker');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const { dependencies = {} } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const name of [...Object.keys(dependencies), ...consumerOwn]) {
    mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  }
  cpSync(consumers, join(project, 'src'), { recursive: true });

  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'es2022',
    lib: ['es2023', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    types: [],
  };
  const bundler = { module: 'esnext', moduleResolution: 'bundler' };
  const passes = {
    // A bundler app (Vite, webpack) and a Node ESM project resolve `exports` differently.
    bundler: { compilerOptions: { ...compilerOptions, ...bundler, skipLibCheck: true }, include: ['src'] },
    nodenext: {
      compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true },
      include: ['src'],
    },
    // Our own declarations checked as well, for apps that do not skip them (Vue's own types, which
    // take most of a minute to check, are left out of this pass).
    declarations: {
      compilerOptions: { ...compilerOptions, ...bundler, skipLibCheck: false },
      include: ['src'],
      exclude: ['src/vue.ts'],
    },
  };
  for (const [name, tsconfig] of Object.entries(passes)) {
    writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify(tsconfig));
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`]);
  }
  const files = readdirSync(consumers).sort();
  console.log(
    `Packed ${tarball}: ${files.length} consumers type-check (${Object.keys(passes).join(', ')}): ${files.join(', ')}`,
  );
} catch (error) {
  if (error.stdout) console.error(error.stdout);
  console.error('check-pack: the packed package does not type-check for its consumers.');
  process.exitCode = 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
