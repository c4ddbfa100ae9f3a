import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { pageWithNonce } from './content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export const contentTypeOf = (file: string): string => TYPES[path.extname(file)] ?? 'application/octet-stream';

/** The app's page, the one file sent with a fresh nonce each time. */
export const isAppPage = (root: string, file: string): boolean => file === path.join(path.resolve(root), 'index.html');

/**
 * The file under `root` that a request path names (percent-encoded, as on the wire), or null when
 * it names none: nothing outside `root` is ever reached, however the path is spelt.
 */
export function fileUnderRoot(root: string, urlPath: string): string | null {
  const resolvedRoot = path.resolve(root);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const file = path.resolve(resolvedRoot, `.${path.posix.normalize(relative)}`);
  if (!file.startsWith(resolvedRoot + path.sep)) return null;
  return isFile(file) ? file : null;
}

/** Serves the built renderer; unknown paths get the app shell, nothing outside `root` is reachable. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const file = fileUnderRoot(root, urlPath) ?? path.join(path.resolve(root), 'index.html');
  if (!isFile(file)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('The Powermap renderer has not been built. Run: npm run build:renderer');
    return;
  }
  if (isAppPage(root, file)) {
    const page = pageWithNonce(fs.readFileSync(file, 'utf8'));
    // no-store: a page is good for one load only, with the nonce its own policy names.
    res.writeHead(200, {
      'Content-Type': TYPES['.html'],
      'Cache-Control': 'no-store',
      'Content-Security-Policy': page.policy,
    });
    res.end(page.html);
    return;
  }
  res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'max-age=3600' });
  fs.createReadStream(file).pipe(res);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
