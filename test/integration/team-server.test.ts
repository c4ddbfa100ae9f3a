import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTeamServer } from '../../team-server/server';
import { TeamStore } from '../../team-server/store';
import {
  addMember,
  openAccount,
  startTeamServerProcess,
  teamApi,
  teamCli,
  until,
  type Member,
} from '../helpers/teamServer';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-team-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function track(member: Member): Member {
  cleanups.push(() => member.leave());
  return member;
}

describe('the team server', () => {
  it('starts on a free port, lets members open only the accounts shared with them, and keeps everything across a restart', async () => {
    const data = tempDir();
    const alice = await addMember(data, 'Alice');
    const bob = await addMember(data, 'Bob');
    const carol = await addMember(data, 'Carol');
    let server = await startTeamServerProcess(data);
    cleanups.push(() => server.stop());
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

    const accountId = crypto.randomUUID();
    expect((await teamApi(server.url, 'not a token', 'GET', '/api/me')).status).toBe(401);
    expect((await teamApi(server.url, alice, 'GET', '/api/me')).body).toEqual({ name: 'Alice' });
    expect((await teamApi(server.url, alice, 'GET', '/api/members')).body).toEqual({
      members: ['Alice', 'Bob', 'Carol'],
    });
    const unknown = await teamApi(server.url, alice, 'PUT', `/api/accounts/${accountId}/members`, {
      members: ['Dave'],
    });
    expect(unknown).toEqual({ status: 400, body: { error: 'unknown_member', names: ['Dave'] } });
    const shared = await teamApi(server.url, alice, 'PUT', `/api/accounts/${accountId}/members`, { members: ['Bob'] });
    expect(shared.body).toEqual({ accountId, members: ['Alice', 'Bob'] });
    // Once shared, only its members decide who else may open it.
    const takeover = await teamApi(server.url, carol, 'PUT', `/api/accounts/${accountId}/members`, { members: [] });
    expect(takeover.status).toBe(403);
    expect((await teamApi(server.url, bob, 'GET', '/api/accounts')).body).toEqual({
      accounts: [{ accountId, members: ['Alice', 'Bob'] }],
    });

    const a = track(openAccount(server.url, accountId, alice));
    const b = track(openAccount(server.url, accountId, bob));
    const c = track(openAccount(server.url, accountId, carol));
    expect(await a.outcome).toBe('synced');
    expect(await b.outcome).toBe('synced');
    expect(await c.outcome).toBe('refused');
    a.doc.getMap('people').set('p1', 'Ann');
    await until(() => b.doc.getMap('people').get('p1') === 'Ann');
    expect(c.doc.getMap('people').size).toBe(0);

    // A restart keeps every update it received.
    a.leave();
    b.leave();
    await server.stop();
    server = await startTeamServerProcess(data);
    const again = track(openAccount(server.url, accountId, bob));
    expect(await again.outcome).toBe('synced');
    expect(again.doc.getMap('people').get('p1')).toBe('Ann');
  }, 90_000);

  it('closes a removed member’s connection and refuses them from then on', async () => {
    const data = tempDir();
    const alice = await addMember(data, 'Alice');
    const bob = await addMember(data, 'Bob');
    const server = await startTeamServerProcess(data);
    cleanups.push(() => server.stop());
    const accountId = crypto.randomUUID();
    await teamApi(server.url, alice, 'PUT', `/api/accounts/${accountId}/members`, { members: ['Bob'] });
    const b = track(openAccount(server.url, accountId, bob));
    expect(await b.outcome).toBe('synced');

    expect(await teamCli(['--data', data, '--remove-member', 'Bob'])).toMatch(/^Removed Bob/m);
    await b.closed;
    const a = track(openAccount(server.url, accountId, alice));
    expect(await a.outcome).toBe('synced');
    a.doc.getMap('people').set('p2', 'After Bob left');
    // Bob's client keeps trying; the server refuses him and he receives nothing more.
    const later = track(openAccount(server.url, accountId, bob));
    expect(await later.outcome).toBe('refused');
    expect(later.doc.getMap('people').size).toBe(0);
    expect((await teamApi(server.url, bob, 'GET', '/api/me')).status).toBe(401);
    await expect(teamCli(['--data', data, '--remove-member', 'Nobody'])).rejects.toThrow(/Nobody is not a member/);
  }, 60_000);

  it('stores its documents in SQLite under the data folder, and tokens only as hashes', async () => {
    const data = tempDir();
    const token = await addMember(data, 'Alice');
    const store = new TeamStore(data);
    cleanups.push(() => store.close());
    expect(fs.existsSync(path.join(data, 'team.sqlite'))).toBe(true);
    expect(fs.readFileSync(path.join(data, 'team.sqlite')).includes(Buffer.from(token))).toBe(false);
    expect(store.memberOf(token)).toBe('Alice');
  });
});

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!hasOpenssl)('the team server over TLS', () => {
  it('speaks wss:// and https:// with --cert and --key, and a member connects with the company CA', async () => {
    const dir = tempDir();
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    expect(made.status, made.stderr.toString()).toBe(0);
    const token = await addMember(path.join(dir, 'data'), 'Ann');
    const server = await startTeamServer({
      dataDir: path.join(dir, 'data'),
      port: 0,
      host: '127.0.0.1',
      tls: { cert, key },
    });
    cleanups.push(() => server.close());
    expect(server.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
    const ca = fs.readFileSync(cert);
    const me = await new Promise<string>((resolve, reject) => {
      const request = https.get(
        `${server.url.replace(/^wss/, 'https')}/api/me`,
        { ca, headers: { Authorization: `Bearer ${token}` } },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          response.on('end', () => resolve(body));
        },
      );
      request.on('error', reject);
    });
    expect(JSON.parse(me)).toEqual({ name: 'Ann' });
    // Without the CA the connection is refused: nothing goes out in the clear or to a stranger.
    await expect(fetch(`${server.url.replace(/^wss/, 'https')}/api/me`)).rejects.toThrow();
    const opened = await new Promise<boolean>((resolve) => {
      const socket = new WebSocket(server.url, { ca });
      socket.once('open', () => {
        socket.close();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(opened).toBe(true);
  });
});
