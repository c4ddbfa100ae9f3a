import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../../electron/backend/http/content-security-policy';
import { APP_PAGE_URL, appFileResponse, isAppPageUrl } from '../../electron/main/app-files';
import { useTempDir } from '../helpers/tempDb';

/**
 * What the desktop window's app:// handler answers, on real files in a temp folder: the built
 * renderer and nothing beside or above it. Electron hands the handler a standard Request.
 */
const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';
const PAGE = `<!doctype html><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">`;

function rendererFolder(): string {
  const dir = useTempDir();
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), PAGE);
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(dir, 'renderer-evil'));
  fs.writeFileSync(path.join(dir, 'renderer-evil', 'secret.txt'), SECRET);
  return root;
}

const get = (root: string, url: string, method = 'GET') => appFileResponse(new Request(url, { method }), root);

describe('the app:// protocol of the desktop window', () => {
  it('serves the page with a fresh nonce each time and the policy naming it', async () => {
    const root = rendererFolder();
    const nonces: string[] = [];
    for (const url of [APP_PAGE_URL, `${APP_PAGE_URL}?x=1`]) {
      const response = await get(root, url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const nonce = /nonce="([^"]+)"/.exec(await response.text())?.[1] ?? '';
      expect(nonce).not.toBe(CSP_NONCE_PLACEHOLDER);
      expect(response.headers.get('content-security-policy')).toContain(`style-src 'self' 'nonce-${nonce}';`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves the files of the renderer with their type and the strict policy', async () => {
    const response = await get(rendererFolder(), 'app://powermap/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self';");
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://powermap/../secret.txt',
    'app://powermap/%2e%2e/secret.txt',
    'app://powermap/..%2fsecret.txt',
    'app://powermap/assets/..%2f..%2fsecret.txt',
    'app://powermap/%2E%2E%2Fsecret.txt',
    'app://powermap/..%5csecret.txt',
    'app://powermap/%252e%252e/secret.txt',
    'app://powermap/../renderer-evil/secret.txt',
    'app://powermap/%E0%A4%A',
    'app://powermap//../secret.txt',
    'app://powermap/no-such-file.js',
    'app://powermap/assets',
    'app://elsewhere/index.html',
    'app://powermap:8080/index.html',
  ])('answers 404 and nothing outside the renderer for %s', async (url) => {
    const response = await get(rendererFolder(), url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses writes', async () => {
    const root = rendererFolder();
    expect((await get(root, APP_PAGE_URL, 'POST')).status).toBe(405);
    expect(fs.readFileSync(path.join(root, 'index.html'), 'utf8')).toBe(PAGE);
  });
});

describe('which address is the app page (IPC sender check, navigation guards)', () => {
  it.each([APP_PAGE_URL, `${APP_PAGE_URL}#x`, `${APP_PAGE_URL}?a=1`])('accepts %s', (url) =>
    expect(isAppPageUrl(url)).toBe(true),
  );

  it.each([
    'app://powermap/',
    'app://powermap/other.html',
    'app://powermap/assets/index.html',
    'app://evil/index.html',
    'app://powermap:80/index.html',
    'app://user@powermap/index.html',
    'file:///opt/Powermap/resources/app.asar/out/renderer/index.html',
    'http://127.0.0.1:5173/index.html',
    'https://powermap/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(isAppPageUrl(url)).toBe(false));
});
