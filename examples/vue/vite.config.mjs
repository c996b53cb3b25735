// Builds the example from its own folder; `clid-picker` resolves to the built package (dist/)
// through package.json `exports`, as in an app that installed it. Run `npm run build` first.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // The clid-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('clid-') } } })],
  build: { outDir: 'dist', emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } },
});
