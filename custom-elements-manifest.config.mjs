// custom-elements.json, generated from the element classes' JSDoc. Paths in the manifest point at
// what the package ships (dist/*.js), not at the TypeScript sources.
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function distPaths() {
  const map = (value) => (typeof value === 'string' ? toDist(value) : value);
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      if (key === 'path' || key === 'module') node[key] = map(node[key]);
      else walk(node[key]);
    }
  };
  return { name: 'clid-dist-paths', packageLinkPhase: ({ customElementsManifest }) => walk(customElementsManifest) };
}

/**
 * The standard tag names are not in a `customElements.define('clid-…', …)` call the analyzer could
 * read (define.ts calls `defineClidElements()`), so each class says its own with `@tagname`; this
 * lists those definitions as the exports of define.ts, as the analyzer would have.
 */
function standardDefinitions() {
  return {
    name: 'clid-standard-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const define = modules.find((m) => m.path === 'src/define.ts');
      const elements = modules.flatMap((m) =>
        (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ d, module: m.path })),
      );
      const order = ['clid-provider', 'clid-picker', 'clid-dialer'];
      elements.sort((a, b) => order.indexOf(a.d.tagName) - order.indexOf(b.d.tagName));
      define.exports = elements.map(({ d, module }) => ({
        kind: 'custom-element-definition',
        name: d.tagName,
        declaration: { name: d.name, module },
      }));
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/events.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Leave package.json alone: its customElements field names the committed manifest.
  packagejson: false,
  plugins: [standardDefinitions(), distPaths()],
};
