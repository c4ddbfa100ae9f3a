import { randomBytes } from 'node:crypto';

/**
 * The app's one Content-Security-Policy, sent by web mode and by the desktop window's app://
 * handler. Styles come from our own stylesheets ('self') and from the <style> elements Mantine
 * injects (its CSS variables), which carry the page's nonce. No 'unsafe-inline': React and
 * Mantine set style attributes through the CSSOM (element.style), which CSP does not govern.
 */

/**
 * Vite writes this into the built index.html (`html.cspNonce`): on its scripts, stylesheets and
 * `<meta property="csp-nonce">`, where the renderer reads it for Mantine. Every load of the page
 * replaces it with a fresh nonce.
 */
export const CSP_NONCE_PLACEHOLDER = 'powermapCspNoncePlaceholder';

export function contentSecurityPolicy(styleNonce?: string): string {
  const styles = styleNonce ? `'self' 'nonce-${styleNonce}'` : "'self'";
  return (
    `default-src 'self'; script-src 'self'; style-src ${styles}; img-src 'self' data: blob:; ` +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
  );
}

/** A page as it is sent once: a fresh nonce in its markup and the policy that admits it. */
export function pageWithNonce(html: string): { html: string; policy: string } {
  const nonce = randomBytes(18).toString('base64url');
  return { html: html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce), policy: contentSecurityPolicy(nonce) };
}
