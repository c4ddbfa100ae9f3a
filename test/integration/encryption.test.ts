/**
 * Encryption at rest: a passphrase encrypts the database and its backups in place; the recovery
 * key shown once opens it when the passphrase is forgotten; wrong tries change nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend, type BackendOptions } from '../../electron/backend/backend';
import type { Keychain } from '../../electron/backend/securityHandlers';
import { callError, callOk, seedAccount, snapshotTables, TEST_VERSION, useTempDir } from '../helpers/tempDb';

const MARKER = 'PRIVATEMARKER7Q';

const start = (file: string, options: Partial<BackendOptions> = {}) =>
  startBackend(file, { version: TEST_VERSION, log: () => undefined, autoBackups: false, ...options });

/** Every byte Powermap keeps for this database: the file, its -wal, its backups. */
function bytesOnDisk(dir: string): Buffer {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return Buffer.concat(files.map((file) => fs.readFileSync(file)));
}

function encryptedDatabase(options: Partial<BackendOptions> = {}) {
  const dir = useTempDir();
  const file = path.join(dir, 'powermap.sqlite');
  const backend = start(file, options);
  const seeded = seedAccount(backend.dispatch);
  callOk(backend.dispatch, 'people.update', { id: seeded.people.ann, patch: { privateNotes: `${MARKER} in a note` } });
  callOk(backend.dispatch, 'backups.create', {});
  const { recoveryKey } = callOk(backend.dispatch, 'security.prepare', {});
  const status = callOk(backend.dispatch, 'security.enable', { passphrase: 'correct horse', recoveryKey });
  return { dir, file, backend, seeded, recoveryKey, status };
}

// Each passphrase costs scrypt about a third of a second on purpose; on a busy machine, several seconds.
describe('encryption at rest', { timeout: 90_000 }, () => {
  it('leaves no private marker in the bytes of the file or its backups, and keeps every row', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const backend = start(file);
    const seeded = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.update', {
      id: seeded.people.ann,
      patch: { privateNotes: `${MARKER} in a note` },
    });
    callOk(backend.dispatch, 'backups.create', {});
    expect(bytesOnDisk(dir).includes(MARKER)).toBe(true);
    const before = snapshotTables(backend.db);

    const { recoveryKey } = callOk(backend.dispatch, 'security.prepare', {});
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    const status = callOk(backend.dispatch, 'security.enable', { passphrase: 'correct horse', recoveryKey });
    expect(status).toMatchObject({ encrypted: true, locked: false, keyFile: `${file}.key` });
    expect(snapshotTables(backend.db)).toEqual(before);
    // A write after encrypting goes through the -wal, encrypted too.
    callOk(backend.dispatch, 'people.update', { id: seeded.people.bob, patch: { privateNotes: `${MARKER} later` } });
    callOk(backend.dispatch, 'backups.create', {});
    expect(bytesOnDisk(dir).includes(MARKER)).toBe(false);
    expect(callOk(backend.dispatch, 'backups.list', {}).every((backup) => backup.encrypted)).toBe(true);
    expect(fs.statSync(`${file}.key`).mode & 0o777).toBe(0o600);
    backend.close();
  });

  it('refuses to encrypt without the recovery key typed back', () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const backend = start(file);
    seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'security.prepare', {});
    const other = callOk(backend.dispatch, 'security.prepare', {}).recoveryKey;
    expect(other).toBeTruthy();
    expect(
      callError(backend.dispatch, 'security.enable', { passphrase: 'correct horse', recoveryKey: 'AAAA-BBBB' }).code,
    ).toBe('wrong_recovery_key');
    expect(callError(backend.dispatch, 'security.enable', { passphrase: 'short', recoveryKey: other }).code).toBe(
      'invalid_input',
    );
    expect(callOk(backend.dispatch, 'security.status', {}).encrypted).toBe(false);
    expect(fs.existsSync(`${file}.key`)).toBe(false);
    backend.close();
  });

  it('opens locked; a wrong passphrase three times changes nothing, then the next try waits', () => {
    const { file, backend, seeded } = encryptedDatabase();
    const rows = snapshotTables(backend.db);
    backend.close();
    const bytes = fs.readFileSync(file);

    let now = new Date('2026-12-02T10:00:00Z');
    const locked = start(file, { now: () => now });
    expect(callOk(locked.dispatch, 'files.status', {}).mode).toBe('locked');
    expect(callError(locked.dispatch, 'people.get', { id: seeded.people.ann }).code).toBe('storage_locked');
    expect(callError(locked.dispatch, 'backups.create', {}).code).toBe('storage_locked');
    for (let i = 0; i < 3; i++) {
      expect(callError(locked.dispatch, 'security.unlock', { passphrase: `wrong ${i}` }).code).toBe('wrong_passphrase');
    }
    expect(callError(locked.dispatch, 'security.unlock', { passphrase: 'correct horse' }).code).toBe(
      'too_many_attempts',
    );
    expect(callOk(locked.dispatch, 'security.status', {}).retryAt).not.toBeNull();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    now = new Date('2026-12-02T10:01:00Z');
    expect(callOk(locked.dispatch, 'security.unlock', { passphrase: 'correct horse' })).toMatchObject({
      encrypted: true,
      locked: false,
    });
    expect(snapshotTables(locked.db)).toEqual(rows);
    locked.close();
  });

  it('opens with the recovery key when the passphrase is forgotten, and takes a new passphrase', () => {
    const { file, backend, recoveryKey } = encryptedDatabase();
    backend.close();
    const locked = start(file);
    const typedCarelessly = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(callError(locked.dispatch, 'security.unlock', { recoveryKey: 'not a key' }).code).toBe('wrong_recovery_key');
    callOk(locked.dispatch, 'security.unlock', { recoveryKey: typedCarelessly, newPassphrase: 'a new passphrase' });
    expect(callOk(locked.dispatch, 'accounts.list', {}).map((a) => a.name)).toEqual(['Acme']);
    locked.close();

    const again = start(file);
    expect(callError(again.dispatch, 'security.unlock', { passphrase: 'correct horse' }).code).toBe('wrong_passphrase');
    callOk(again.dispatch, 'security.unlock', { passphrase: 'a new passphrase' });
    again.close();
  });

  it('a recovery key of another database does not open it', () => {
    const first = encryptedDatabase();
    const second = encryptedDatabase();
    first.backend.close();
    second.backend.close();
    const locked = start(first.file);
    expect(callError(locked.dispatch, 'security.unlock', { recoveryKey: second.recoveryKey }).code).toBe(
      'wrong_recovery_key',
    );
    expect(callOk(locked.dispatch, 'security.status', {}).locked).toBe(true);
    locked.close();
  });

  it('a new passphrase re-keys the file and its backups: the old key file and passphrase open nothing', () => {
    const { dir, file, backend, recoveryKey } = encryptedDatabase();
    const oldKeyFile = fs.readFileSync(`${file}.key`);
    const newRecoveryKey = callOk(backend.dispatch, 'security.prepare', {}).recoveryKey;
    expect(
      callError(backend.dispatch, 'security.changePassphrase', {
        passphrase: 'wrong',
        newPassphrase: 'second secret',
        newRecoveryKey,
      }).code,
    ).toBe('wrong_passphrase');
    expect(
      callError(backend.dispatch, 'security.changePassphrase', {
        passphrase: 'correct horse',
        newPassphrase: 'second secret',
        newRecoveryKey: recoveryKey,
      }).code,
    ).toBe('wrong_recovery_key');
    const rows = snapshotTables(backend.db);
    const again = callOk(backend.dispatch, 'security.prepare', {}).recoveryKey;
    callOk(backend.dispatch, 'security.changePassphrase', {
      passphrase: 'correct horse',
      newPassphrase: 'second secret',
      newRecoveryKey: again,
    });
    expect(snapshotTables(backend.db)).toEqual(rows);
    const [backup] = callOk(backend.dispatch, 'backups.list', {});
    expect(callOk(backend.dispatch, 'backups.restore', { id: backup!.id }).restored.encrypted).toBe(true);
    backend.close();

    // Someone holding the old key file and the old passphrase (or the old recovery key) gets nothing.
    const stolen = path.join(useTempDir(), 'copy.sqlite');
    fs.copyFileSync(file, stolen);
    fs.writeFileSync(`${stolen}.key`, oldKeyFile);
    const thief = start(stolen);
    expect(callError(thief.dispatch, 'security.unlock', { passphrase: 'correct horse' }).code).toBe(
      'key_file_unusable',
    );
    expect(callError(thief.dispatch, 'security.unlock', { recoveryKey }).code).toBe('wrong_recovery_key');
    thief.close();

    const reopened = start(file);
    callOk(reopened.dispatch, 'security.unlock', { passphrase: 'second secret' });
    const before = snapshotTables(reopened.db);
    callOk(reopened.dispatch, 'security.disable', { recoveryKey: again });
    expect(callOk(reopened.dispatch, 'security.status', {})).toMatchObject({ encrypted: false, keyFile: null });
    expect(snapshotTables(reopened.db)).toEqual(before);
    expect(fs.existsSync(`${file}.key`)).toBe(false);
    expect(callOk(reopened.dispatch, 'backups.list', {}).some((b) => b.encrypted)).toBe(false);
    reopened.close();
    expect(bytesOnDisk(dir).includes(MARKER)).toBe(true);
    const plain = start(file);
    expect(callOk(plain.dispatch, 'files.status', {}).mode).toBe('ready');
    plain.close();
  });

  it('a remembered key opens the file without the passphrase, until it is forgotten', () => {
    const kept = new Map<string, string>();
    const keychain: Keychain = {
      load: (file) => kept.get(file) ?? null,
      save: (file, key) => void kept.set(file, key),
      forget: (file) => void kept.delete(file),
    };
    const { file, backend } = encryptedDatabase({ keychain });
    expect(callOk(backend.dispatch, 'security.remember', { remember: true }).remembered).toBe(true);
    backend.close();
    const opened = start(file, { keychain });
    expect(callOk(opened.dispatch, 'files.status', {}).mode).toBe('ready');
    callOk(opened.dispatch, 'security.remember', { remember: false });
    opened.close();
    const locked = start(file, { keychain });
    expect(callOk(locked.dispatch, 'files.status', {}).mode).toBe('locked');
    locked.close();
  });

  it('a shared screen has no access to encryption', () => {
    const { backend } = encryptedDatabase();
    expect(callError(backend.dispatch, 'security.status', {}, 'public').code).toBe('forbidden');
    expect(callError(backend.dispatch, 'security.prepare', {}, 'public').code).toBe('public_read_only');
    backend.close();
  });
});
