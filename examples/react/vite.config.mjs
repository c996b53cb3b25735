// Builds the example from its own folder; `clid-picker` resolves to the built package (dist/)
// through package.json `exports`, as in an app that installed it. Run `npm run build` first.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } },
});
