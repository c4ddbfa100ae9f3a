import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../../electron/backend/http/content-security-policy';
import { rawRequest, startTempWebServer, type TempWebServer } from '../helpers/tempDb';

/** Web mode sends the app's page with a nonce of its own each time, and a policy that names it. */
let web: TempWebServer;
const PAGE = `<!doctype html><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" src="./app.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>`;

beforeAll(async () => {
  web = await startTempWebServer();
  fs.writeFileSync(path.join(web.staticRoot, 'index.html'), PAGE);
  fs.writeFileSync(path.join(web.staticRoot, 'app.js'), 'console.log(1)');
});
afterAll(async () => {
  await web?.close();
});

async function loadPage(requestPath = '/'): Promise<{ nonces: string[]; policy: string; cache: string }> {
  const response = await rawRequest(web.server.port, { path: requestPath });
  expect(response.status).toBe(200);
  return {
    nonces: [...response.body.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1] ?? ''),
    policy: String(response.headers['content-security-policy']),
    cache: String(response.headers['cache-control']),
  };
}

describe('the page nonce of web mode', () => {
  it('replaces the placeholder with one fresh nonce, which the policy admits for styles', async () => {
    const page = await loadPage();
    const [nonce] = page.nonces;
    expect(nonce).toMatch(/^[\w-]{24}$/);
    expect(page.nonces).toEqual([nonce, nonce]);
    expect(page.policy).toContain(`style-src 'self' 'nonce-${nonce}';`);
    expect(page.policy).toContain("script-src 'self';");
    expect(page.policy).not.toContain('unsafe-inline');
    expect(page.cache).toBe('no-store');
  });

  it('gives every load, and the app shell under any path, a different nonce', async () => {
    const seen = new Set<string>();
    for (const requestPath of ['/', '/', '/index.html', '/accounts/1'])
      seen.add((await loadPage(requestPath)).nonces[0] ?? '');
    expect(seen.size).toBe(4);
  });

  it('sends other files with the strict policy and no nonce', async () => {
    const response = await rawRequest(web.server.port, { path: '/app.js' });
    expect(response.body).toBe('console.log(1)');
    expect(response.headers['content-security-policy']).toContain("style-src 'self';");
    expect(response.headers['content-security-policy']).not.toContain('nonce-');
  });
});
