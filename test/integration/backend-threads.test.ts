import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import { startThreadedBackend, type ThreadedBackend } from '../../electron/backend/threads/threadedBackend';
import { TEST_VERSION, useTempDir } from '../helpers/tempDb';

/**
 * The backend on its own threads, as web mode and the desktop app run it: a slow read holds up
 * neither a cheap read nor a write, reads see every write answered before them, and readers
 * follow the primary when the file itself is replaced.
 */
const started: ThreadedBackend[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((backend) => backend.close()));
});

async function start(file: string): Promise<ThreadedBackend> {
  const backend = await startThreadedBackend(file, { version: TEST_VERSION, autoBackups: false, log: () => undefined });
  started.push(backend);
  return backend;
}

async function ok(backend: ThreadedBackend, method: string, input: unknown): Promise<unknown> {
  const answer = await backend.call(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result;
}

describe('the backend on threads of its own', () => {
  it('answers a cheap read and a write while slow reads are still running', async () => {
    const file = path.join(useTempDir('powermap-threads-'), 'big.sqlite');
    const seed = openDatabase(file);
    const account = generateAccount(seed, { people: 2_000, seed: 3, name: 'Big account' });
    seed.close();
    const backend = await start(file);
    await backend.ready();

    const finished: string[] = [];
    const note = (label: string) => (answer: unknown) => {
      finished.push(label);
      return answer;
    };
    const slow = Array.from({ length: 8 }, (_, i) =>
      backend.call('insights.list', { accountId: account.accountId, mapId: account.mapId }).then(note(`slow ${i}`)),
    );
    const cheap = backend.call('app.info', {}).then(note('cheap'));
    const write = backend
      .call('people.update', { id: account.personIds[5], patch: { title: 'Chief of staff' } })
      .then(note('write'));
    const answers = await Promise.all([...slow, cheap, write]);

    expect(answers.every((answer) => (answer as { ok: boolean }).ok)).toBe(true);
    const lastSlow = Math.max(...finished.flatMap((label, index) => (label.startsWith('slow') ? [index] : [])));
    expect(finished.indexOf('cheap')).toBeLessThan(lastSlow);
    expect(finished.indexOf('write')).toBeLessThan(lastSlow);
  }, 120_000);

  it('reads see every write answered before them, whichever thread answers', async () => {
    const backend = await start(path.join(useTempDir('powermap-threads-'), 'writes.sqlite'));
    await backend.ready();
    const account = (await ok(backend, 'accounts.create', { name: 'Acme' })) as { id: string };
    for (let i = 0; i < 30; i++) {
      await ok(backend, 'people.create', { accountId: account.id, name: `Person ${i}` });
      const people = (await ok(backend, 'people.list', { accountId: account.id })) as unknown[];
      expect(people).toHaveLength(i + 1);
    }
  }, 60_000);

  it('reads follow a restored backup, not the file it replaced', async () => {
    const backend = await start(path.join(useTempDir('powermap-threads-'), 'restore.sqlite'));
    await backend.ready();
    const account = (await ok(backend, 'accounts.create', { name: 'Before' })) as { id: string };
    const backup = (await ok(backend, 'backups.create', {})) as { id: string };
    await ok(backend, 'accounts.update', { id: account.id, patch: { name: 'After' } });
    expect(((await ok(backend, 'accounts.get', { id: account.id })) as { name: string }).name).toBe('After');

    await ok(backend, 'backups.restore', { id: backup.id });
    await backend.ready();
    for (let i = 0; i < 4; i++) {
      expect(((await ok(backend, 'accounts.get', { id: account.id })) as { name: string }).name).toBe('Before');
    }
  }, 60_000);

  it('a file that cannot be opened is refused with its problem, as the single-thread backend refuses it', async () => {
    const file = path.join(useTempDir('powermap-threads-'), 'not-a-database.sqlite');
    (await import('node:fs')).writeFileSync(file, 'this is a text file, not a database');
    await expect(start(file)).rejects.toMatchObject({ name: 'FileProblem', kind: 'not_database' });
  }, 60_000);
});
