// Build of the embeddable assistant: `npm run build:embed` → .output/embed/komma-assistant.js.
// One classic script (IIFE) with everything inside: a host adds <script src=… defer> and needs no
// module loader, no import map and no CORS headers on the script's origin (module scripts need them).
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { hostRem } from './scripts/postcss-host-rem.ts';
import { bundledPackPlugin } from './scripts/vite-plugin-bundled-pack.ts';

export default defineConfig({
  plugins: [preact(), bundledPackPlugin()],
  // Libraries (Preact, Dexie) check this to drop development-only code; a browser has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  css: { postcss: { plugins: [hostRem()] } },
  publicDir: false,
  build: {
    outDir: '.output/embed',
    emptyOutDir: true,
    copyPublicDir: false,
    reportCompressedSize: true,
    lib: {
      entry: 'entrypoints/embed/main.tsx',
      formats: ['iife'],
      name: 'KommaAssistant',
      fileName: () => 'komma-assistant.js',
    },
    rolldownOptions: {
      // Library mode leaves minification to the output options in Vite 8.
      output: { minify: true },
    },
  },
});
