// Two builds from one source tree:
// 1. the npm ESM build (one file per module, Lit and @lit/context external, .d.ts by tsc);
// 2. the script-tag drop-in dist/clid-picker.min.js: one self-contained, minified ES module with
//    Lit included; lazily loaded chunks sit next to it and load relative to it.
import { existsSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { geoDataPlugin } from './scripts/geo-data.mjs';
import { phoneMetadataPlugin } from './scripts/phone-metadata.mjs';

/**
 * libphonenumber-js's own modern build (`es6-modern/`, the same modules without Babel's ES5
 * helpers, which its `es6/` build repeats in every file) for the drop-in: about 4 KiB gzip less.
 */
function modernLibphonenumber() {
  return {
    name: 'clid-modern-libphonenumber',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const modern = resolved?.id.replace(/([\\/]libphonenumber-js[\\/])es6([\\/])/, '$1es6-modern$2');
      return modern && modern !== resolved.id && existsSync(modern) ? { ...resolved, id: modern } : resolved;
    },
  };
}

// The elements' static `version` comes from src/version.ts (so tests and Storybook, which serve
// the source, see it too); `npm version` rewrites it. A stale file fails the build here.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('src/version.ts', 'utf8').includes(`'${version}'`)) {
  throw new Error(`src/version.ts does not say ${version}: run node scripts/write-version.mjs`);
}

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', minify: false, sourceMap: true });

const external = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|libphonenumber-js)(\/|$)/.test(id);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'store/index': 'src/store/index.ts',
      'bridge/bridge': 'src/bridge/bridge.ts',
      'telephony/index': 'src/telephony/index.ts',
      // Places and time zones (the store's local presence imports it too): built even before it does.
      'geo/places': 'src/geo/places.ts',
    },
    external,
    plugins: [phoneMetadataPlugin({ dropIn: false }), geoDataPlugin({ dropIn: false }), typescript()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    input: { 'clid-picker.min': 'src/bundle.ts' },
    // Lazy chunks (the picker's popup, the phone kit) import what they share with the bundle from
    // the bundle itself; without this, rollup moves everything into a third file so that the
    // entry exports only its public names, and the drop-in would be a two-request first paint.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // libphonenumber-js's metadata, one file per country calling code beside the bundle.
      phoneMetadataPlugin({ dropIn: true }),
      // libphonenumber's places and time zones, one file per country calling code beside the bundle.
      geoDataPlugin({ dropIn: true }),
      modernLibphonenumber(),
      // Production builds of Lit: the `development` export condition is left out on purpose.
      nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
      typescript(),
      // Minifies the CSS and HTML inside css`` and html`` templates, which terser leaves alone.
      minifyLiterals(),
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 2, pure_getters: true },
        format: { comments: false },
      }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'clid-[name]-[hash].js',
      // The picker's formatting entry (a few lines) goes into the chunk it always loads with
      // (libphonenumber-js's formatting and the metadata loader), instead of a file of its own.
      experimentalMinChunkSize: 1000,
      // The place loader (src/geo/places.ts) is shared by two lazy chunks, the dialer's where-the-call-goes
      // and the store's local presence: merged by the option above it went into the first paint
      // (0.6 KiB gzip that no page needs before a destination or a local-presence account).
      manualChunks: (id) => (id.endsWith('/geo/places.ts') ? 'place-loader' : undefined),
      sourcemap: true,
    },
  },
];
