import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from '../electron/backend/http/content-security-policy';

// Build tools bundle their config files elsewhere, so paths are taken from the project root,
// where every npm script runs.
const fromRoot = (...parts: string[]) => resolve(process.cwd(), ...parts);

/** One renderer build for both the desktop window and web mode. */
export const rendererConfig: UserConfig = {
  root: fromRoot('renderer'),
  base: './',
  plugins: [react()],
  // Every load of the page gets its own nonce in place of the placeholder (content-security-policy.ts).
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir: fromRoot('out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // electron-vite looks for src/renderer/index.html unless told where the page is.
    rollupOptions: { input: fromRoot('renderer/index.html') },
  },
};
