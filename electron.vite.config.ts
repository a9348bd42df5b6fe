import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three builds: the main process (ESM, Node; with the document worker thread as a second entry), the sandboxed preload (must be CommonJS:
// sandboxed preloads cannot be ES modules) and the renderer (plain web pages: the app's window and the browser client).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The document worker is its own entry, beside main.js, where render-in-worker.ts starts it.
      rolldownOptions: {
        input: { main: resolve(__dirname, 'electron/main.ts'), 'document-worker': resolve(__dirname, 'electron/features/reports/document-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // index.html is the app's window (the preload gives it window.arbejdsbog); web.html is the same App
      // for a browser, served by the shared workbook server, with the server's socket as its bridge.
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html'), web: resolve(__dirname, 'renderer/web.html') } },
    },
  },
});
