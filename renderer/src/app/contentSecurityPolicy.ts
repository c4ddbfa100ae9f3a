import { setNonce } from 'get-nonce';
import { z } from 'zod';

/**
 * What the renderer does to live under the app's Content-Security-Policy (script-src 'self',
 * styles only from our files or with this load's nonce), so that it draws without one refusal.
 *
 * zod probes whether it may compile validators with `new Function` as each schema is built; our
 * policy forbids it, and the probe alone is reported as a violation. This module is imported
 * before any schema exists (first in main.tsx), and validation is the same without compiling.
 */
z.config({ jitless: true });

/**
 * The nonce this load of the page was sent with (web mode and the desktop window stamp a fresh
 * one into Vite's csp-nonce meta): a <style> element the app injects needs it. Read from the
 * property: browsers hide the attribute from the page.
 */
export function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

/**
 * Hands the nonce to the libraries that inject <style> elements and returns it for Mantine's
 * MantineProvider; the scroll lock under Mantine's modals (react-remove-scroll) reads get-nonce.
 */
export function takeStyleNonce(): string {
  const nonce = styleNonce();
  setNonce(nonce);
  return nonce;
}
