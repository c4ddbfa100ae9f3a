import fs from 'node:fs/promises';
import { contentSecurityPolicy, pageWithNonce } from '../backend/http/content-security-policy';
import { contentTypeOf, fileUnderRoot, isAppPage } from '../backend/http/static-files';

/**
 * The desktop window's page and files, served from app://powermap/ instead of file:// (which
 * Electron grants privileges a browser never would). Plain Node, no Electron: the handler in
 * app-protocol.ts hands each request here, and tests call it directly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'powermap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/** app://powermap exactly: no other host, no port (host would include it), no user name. */
const isOurOrigin = (url: URL): boolean =>
  url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True for the app's page (any hash or query) and nothing else. */
export function isAppPageUrl(raw: string): boolean {
  const url = parse(raw);
  return url !== null && isOurOrigin(url) && url.pathname === '/index.html';
}

const notFound = (): Response => new Response(null, { status: 404 });

/**
 * One request of app://: a file under `root` (the built renderer) or 404, and the page itself
 * with a fresh nonce and the policy that names it. Every answer carries the policy.
 */
export async function appFileResponse(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const url = parse(request.url);
  if (!url || !isOurOrigin(url)) return notFound();
  // fileUnderRoot decodes the path again and refuses anything that lands outside the root.
  const file = fileUnderRoot(root, url.pathname);
  if (!file) return notFound();
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOf(file),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': contentSecurityPolicy(),
  };
  const body = await fs.readFile(file);
  if (!isAppPage(root, file)) return new Response(body, { headers });
  const page = pageWithNonce(body.toString('utf8'));
  return new Response(page.html, {
    headers: { ...headers, 'Content-Security-Policy': page.policy, 'Cache-Control': 'no-store' },
  });
}
