import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * `electron-vite dev` only: React Fast Refresh injects an inline module script that our CSP would block. The built
 * renderer (npm start, npm run web) keeps the strict policy.
 */
function devCspForFastRefresh(): Plugin {
  return {
    name: 'tally:dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    },
  };
}

// Our layout is not electron-vite's default (src/main, src/preload, src/renderer): entries are explicit.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // lowdb is ESM-only: bundle it into the main build rather than require it at run time. (Its file adapters, which
      // pull in steno, are not used: Tally's own adapter writes dataset.json.)
      externalizeDeps: { exclude: ['lowdb'] },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require modules: emit one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devCspForFastRefresh()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
