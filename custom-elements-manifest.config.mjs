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

export default {
  globs: ['src/components/**/*.ts', 'src/events.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Leave package.json alone: its customElements field names the committed manifest.
  packagejson: false,
  plugins: [distPaths()],
};
