import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

// Build tools bundle their config files elsewhere, so paths are taken from the project root,
// where every npm script runs.
const fromRoot = (...parts: string[]) => resolve(process.cwd(), ...parts);

/** One renderer build for both the desktop window and web mode. */
export const rendererConfig: UserConfig = {
  root: fromRoot('renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // electron-vite looks for src/renderer/index.html unless told where the page is.
    rollupOptions: { input: fromRoot('renderer/index.html') },
  },
};
