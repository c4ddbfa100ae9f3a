import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_HTML, rawRequest, startTempWebServer, type TempWebServer } from '../helpers/tempDb';

/** The renderer is served from one folder; nothing beside or above it can be read. */
let web: TempWebServer;
const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';
const APP_JS = 'console.log("powermap renderer");';

beforeAll(async () => {
  web = await startTempWebServer();
  fs.mkdirSync(path.join(web.staticRoot, 'assets'));
  fs.writeFileSync(path.join(web.staticRoot, 'assets', 'app.js'), APP_JS);
  // Files next to and above the static root that must never be served.
  fs.writeFileSync(path.join(web.dir, 'package.json'), JSON.stringify({ secret: SECRET }));
  fs.writeFileSync(path.join(web.dir, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(web.dir, 'www-evil'));
  fs.writeFileSync(path.join(web.dir, 'www-evil', 'secret.txt'), SECRET);
});
afterAll(async () => {
  await web?.close();
});

const get = (requestPath: string) => rawRequest(web.server.port, { path: requestPath });

describe('static files of web mode', () => {
  it('serves index.html at /', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe(INDEX_HTML);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves a file of the root with its type, without a token', async () => {
    const response = await get('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe(APP_JS);
  });

  it('answers unknown paths with the app shell', async () => {
    const response = await get('/accounts/123/map');
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX_HTML);
  });

  it.each([
    ['/../package.json'],
    ['/../secret.txt'],
    ['/../../../../../../etc/passwd'],
    ['/%2e%2e/package.json'],
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E%2Fsecret.txt'],
    ['/..%2fsecret.txt'],
    ['/assets/..%2f..%2fsecret.txt'],
    ['/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['/..%5csecret.txt'],
    ['/../www-evil/secret.txt'],
    ['/%2e%2e/www-evil/secret.txt'],
    ['/%252e%252e/secret.txt'],
    ['/%E0%A4%A'],
    ['//../secret.txt'],
  ])('never serves a file outside the root for %s', async (requestPath) => {
    const response = await get(requestPath);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toMatch(/root:.*:0:0:/);
    if (response.status === 200) expect(response.body).toBe(INDEX_HTML);
  });

  it('never serves a file outside the root through an absolute-form request target', async () => {
    const response = await get(`http://127.0.0.1:${web.server.port}/../secret.txt`);
    expect(response.body).not.toContain(SECRET);
  });

  it('refuses writes to static paths', async () => {
    const response = await rawRequest(web.server.port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(response.status).toBe(403);
    expect(fs.readFileSync(path.join(web.staticRoot, 'index.html'), 'utf8')).toBe(INDEX_HTML);
  });
});
