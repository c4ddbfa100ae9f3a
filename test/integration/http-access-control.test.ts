import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, rawRequest, startTempWebServer, type RawResponse, type TempWebServer } from '../helpers/tempDb';

/**
 * Web mode's doors: only this page (own origin, own host, the per-run token) may call the
 * backend, only with POST and JSON. Every refusal happens before the call runs.
 */
let web: TempWebServer;
beforeAll(async () => {
  web = await startTempWebServer();
});
afterAll(async () => {
  await web?.close();
});

const ACCOUNT = JSON.stringify({ name: 'Acme' });

function post(path: string, headers: Record<string, string>, body = ACCOUNT): Promise<RawResponse> {
  return rawRequest(web.server.port, { method: 'POST', path, headers, body });
}

const auth = (): Record<string, string> => ({
  'Content-Type': 'application/json',
  Authorization: `Bearer ${web.server.token}`,
});

function errorCode(response: RawResponse): string {
  const payload = JSON.parse(response.body) as { ok: boolean; error?: { code: string } };
  expect(payload.ok).toBe(false);
  return payload.error?.code ?? '';
}

/** Refused calls must not have created the account they carried. */
function expectNoAccount(): void {
  expect(countRows(web.backend.db, 'accounts')).toBe(0);
}

describe('web mode token', () => {
  it('prints a URL on 127.0.0.1 that carries the token in the fragment', () => {
    expect(web.server.url).toBe(`http://127.0.0.1:${web.server.port}/#token=${web.server.token}`);
    expect(web.server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a call without a token with 401', async () => {
    const response = await post('/api/accounts.create', { 'Content-Type': 'application/json' });
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('unauthorized');
    expectNoAccount();
  });

  it('refuses a wrong token with 401', async () => {
    const sameLength = web.server.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    for (const token of [sameLength, 'short', `${web.server.token}x`, '']) {
      const response = await post('/api/accounts.create', {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
      });
      expect(response.status, token).toBe(401);
      expect(errorCode(response)).toBe('unauthorized');
    }
    expectNoAccount();
  });

  it('accepts the token only as a bearer token', async () => {
    for (const authorization of [web.server.token, `Basic ${web.server.token}`, `bearer${web.server.token}`]) {
      const response = await post('/api/accounts.create', {
        'Content-Type': 'application/json',
        Authorization: authorization,
      });
      expect(response.status, authorization).toBe(401);
    }
    const inQuery = await post(`/api/accounts.create?token=${web.server.token}`, {
      'Content-Type': 'application/json',
    });
    expect(inQuery.status).toBe(401);
    expectNoAccount();
  });

  it('does not use a different server’s token', async () => {
    const other = await startTempWebServer();
    try {
      const response = await post(
        '/api/accounts.list',
        { ...auth(), Authorization: `Bearer ${other.server.token}` },
        '{}',
      );
      expect(response.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('web mode origin and host', () => {
  it('refuses a call from another site with 403, even with the token', async () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:1',
      'null',
      `http://127.0.0.1:${web.server.port}.evil.example`,
    ]) {
      const response = await post('/api/accounts.create', { ...auth(), Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(errorCode(response)).toBe('forbidden');
    }
    expectNoAccount();
  });

  it('refuses a Host other than 127.0.0.1 or localhost on this port with 403 (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${web.server.port}`,
      '127.0.0.1',
      `127.0.0.1:${web.server.port + 1}`,
      `0.0.0.0:${web.server.port}`,
    ]) {
      const response = await post('/api/accounts.create', { ...auth(), Host: host });
      expect(response.status, host).toBe(403);
      expect(errorCode(response)).toBe('forbidden');
      const page = await rawRequest(web.server.port, { path: '/', headers: { Host: host } });
      expect(page.status, host).toBe(403);
    }
    expectNoAccount();
  });

  it('answers its own origin and host', async () => {
    const own = await post('/api/accounts.list', { ...auth(), Origin: `http://127.0.0.1:${web.server.port}` }, '{}');
    expect(own.status).toBe(200);
    const viaLocalhost = await post('/api/accounts.list', { ...auth(), Host: `localhost:${web.server.port}` }, '{}');
    expect(viaLocalhost.status).toBe(200);
  });

  it('lets a page it served on localhost call the API (the browser sends Origin: http://localhost:PORT)', async () => {
    // The server accepts Host localhost:PORT and serves the app there, so that page must work too.
    const page = await rawRequest(web.server.port, { path: '/', headers: { Host: `localhost:${web.server.port}` } });
    expect(page.status).toBe(200);
    const call = await post(
      '/api/accounts.list',
      { ...auth(), Host: `localhost:${web.server.port}`, Origin: `http://localhost:${web.server.port}` },
      '{}',
    );
    expect(call.status).toBe(200);
  });
});

describe('web mode request shape', () => {
  it('refuses GET and other methods on an API path with 403', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await rawRequest(web.server.port, { method, path: '/api/accounts.list', headers: auth() });
      expect(response.status, method).toBe(403);
      expect(errorCode(response)).toBe('forbidden');
    }
  });

  it('refuses a body that is not declared as JSON with 400', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post('/api/accounts.create', { ...auth(), 'Content-Type': contentType });
      expect(response.status, contentType).toBe(400);
      expect(errorCode(response)).toBe('invalid_input');
    }
    const { 'Content-Type': _dropped, ...noType } = auth();
    expect((await post('/api/accounts.create', noType)).status).toBe(400);
    expectNoAccount();
  });

  it('refuses malformed JSON with 400', async () => {
    for (const body of ['{"name": "Acme"', "{'name': 'Acme'}", 'name=Acme', '{"name": "Acme"}}']) {
      const response = await post('/api/accounts.create', auth(), body);
      expect(response.status, body).toBe(400);
      expect(errorCode(response)).toBe('invalid_input');
    }
    expectNoAccount();
  });

  it('answers an unknown method with 404', async () => {
    for (const method of ['accounts.explode', 'constructor', '__proto__', 'toString', '']) {
      const response = await post(`/api/${method}`, auth(), '{}');
      expect(response.status, method).toBe(404);
      expect(errorCode(response)).toBe('unknown_method');
    }
  });

  it('answers invalid input with 400, the code invalid_input and the offending fields', async () => {
    const response = await post('/api/accounts.create', auth(), JSON.stringify({ name: '  ', extra: true }));
    expect(response.status).toBe(400);
    const payload = JSON.parse(response.body) as {
      ok: false;
      error: { code: string; message: string; issues: { path: string; message: string }[] };
    };
    expect(payload.ok).toBe(false);
    expect(payload.error.code).toBe('invalid_input');
    expect(payload.error.issues.map((issue) => issue.path).sort()).toEqual(['', 'name']);
    for (const issue of payload.error.issues) expect(issue.message).toEqual(expect.any(String));
    expectNoAccount();
  });

  it('answers a good call with 200, JSON and no caching', async () => {
    const response = await post('/api/accounts.list', auth(), '{}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(JSON.parse(response.body)).toEqual({ ok: true, result: [] });
  });

  it('treats an empty body as an empty input', async () => {
    const response = await post('/api/app.info', auth(), '');
    expect(response.status).toBe(200);
  });

  it('answers a method name that is not valid percent-encoding as an unknown method', async () => {
    const response = await post('/api/%E0%A4%A', auth(), '{}');
    expect(response.status).toBe(404);
    expect(errorCode(response)).toBe('unknown_method');
  });

  it('answers a body over 10 MB with a 400 error instead of dropping the connection', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(11 * 1024 * 1024) });
    const response = await post('/api/accounts.create', auth(), body).catch((error: Error) => error);
    expect(response).not.toBeInstanceOf(Error);
    expect((response as RawResponse).status).toBe(400);
    expect(errorCode(response as RawResponse)).toBe('invalid_input');
    expectNoAccount();
  });
});
