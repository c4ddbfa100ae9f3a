import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths from the project root, where `npm run bench` runs (as build/renderer-config.ts does).
const fromRoot = (...parts: string[]) => resolve(process.cwd(), ...parts);

/** The bare React Flow page of `npm run bench`, built into out/bench-bare. */
export default defineConfig({
  root: fromRoot('test/bench/bare'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('out/bench-bare'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
