import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    // One DOM environment per worker instead of per file (each file still gets a fresh module
    // context): a third of the run time on two cores.
    pool: 'vmThreads',
    setupFiles: ['test/setup.ts'],
    include: ['{utils,components,models,entrypoints,server,scripts,test,bench}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
