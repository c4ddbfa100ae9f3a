/**
 * A database file the user may not write: it opens read-only, every read works, every write
 * says why it cannot be saved, and the file stays as it was. The backend runs as a user who may
 * not write it (as root, that means starting it as `nobody`, since root may write anything).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/backend';
import { REPO_ROOT } from '../helpers/webMode';
import { callOk, TEST_VERSION } from '../helpers/tempDb';
import { makeTempDir } from '../helpers/tempDb';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The probe (test/helpers/probeBackend.ts) run as a user who cannot write what root's tests made. */
function probeAsReader(file: string): Record<string, unknown> {
  const probe = [process.execPath, '--import', 'tsx', path.join(REPO_ROOT, 'test/helpers/probeBackend.ts'), file];
  const command = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--', ...probe] : probe;
  const run = spawnSync(command[0] as string, command.slice(1), { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`the probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

function fileWithAnAccount(): { dir: string; file: string; cleanup(): void } {
  const temp = makeTempDir();
  fs.chmodSync(temp.path, 0o755);
  const file = path.join(temp.path, 'powermap.sqlite');
  const backend = startBackend(file, { version: TEST_VERSION, log: () => undefined, autoBackups: false });
  callOk(backend.dispatch, 'accounts.create', { name: 'Kept as it is' });
  backend.close();
  return { dir: temp.path, file, cleanup: temp.cleanup };
}

describe('a read-only database file', () => {
  it('opens read-only: reads work, a write says the file is read-only, and nothing changes', () => {
    const { dir, file, cleanup } = fileWithAnAccount();
    try {
      fs.chmodSync(file, 0o444);
      // The folder stays writable for SQLite's two small side files.
      fs.chmodSync(dir, 0o777);
      const before = sha256(file);
      const seen = probeAsReader(file);
      expect(seen).toMatchObject({
        status: { ok: true, result: { path: file, mode: 'readOnly' } },
        read: { ok: true, result: [{ name: 'Kept as it is' }] },
        write: { ok: false, error: { code: 'storage_read_only' } },
      });
      expect(sha256(file)).toBe(before);
    } finally {
      fs.chmodSync(dir, 0o755);
      cleanup();
    }
  });

  it('in a read-only folder is refused with words that name the file and say what to do', () => {
    const { dir, file, cleanup } = fileWithAnAccount();
    try {
      fs.chmodSync(file, 0o444);
      fs.chmodSync(dir, 0o555);
      const seen = probeAsReader(file);
      expect(String(seen.problem)).toContain(file);
      expect(String(seen.problem)).toContain('folder is read-only');
      expect(fs.readdirSync(dir)).toEqual(['powermap.sqlite']);
    } finally {
      fs.chmodSync(dir, 0o755);
      cleanup();
    }
  });
});
