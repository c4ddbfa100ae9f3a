import { defineConfig } from 'vite';

/**
 * Web mode's backend thread, bundled for Node (node_modules stay outside): a worker thread then
 * loads one file instead of compiling the backend's sources on start, in every thread.
 */
export default defineConfig({
  build: {
    ssr: 'electron/backend/threads/backendThread.ts',
    outDir: 'out/backend',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
  },
});
