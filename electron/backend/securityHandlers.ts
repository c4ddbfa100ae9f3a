import { ApiError } from '../../shared/api/errors';
import type { SecurityProof, SecurityStatus } from '../../shared/api/methods/security';
import type { FileMode } from '../../shared/api/methods/files';
import { decryptDatabase, encryptDatabase, reencryptDatabase, rewrapKey, UnlockAttempts } from './files/encryption';
import { FileProblem } from './files/fileProblem';
import { keyFilePath, newDataKey, unwrapKey } from './files/keyFile';
import { formatRecoveryKey, parseRecoveryKey } from './files/recoveryKey';
import type { HandlersOf } from './handlers';

/** Where the shell keeps data keys the user asked it to remember, by database file. */
export interface Keychain {
  load(databaseFile: string): string | null;
  save(databaseFile: string, dataKey: string): void;
  forget(databaseFile: string): void;
}

/** What the encryption needs of the backend that owns the open file. */
export interface EncryptionHost {
  file(): string;
  /** The open file's data key, when it is encrypted and unlocked. */
  dataKey(): string | null;
  locked(): boolean;
  mode(): FileMode;
  /** Closes the file, runs `change` on it, and opens it again with the first of `keys` that opens it. */
  reopen(change: () => void, keys: (string | null)[]): void;
  /** Opens the locked file with `key`; a key that does not open it is refused with FileProblem 'locked'. */
  unlock(key: string): void;
  nativeBinding?: string;
  keychain?: Keychain;
  now: () => Date;
}

export type SecurityMethod =
  | 'security.status'
  | 'security.prepare'
  | 'security.enable'
  | 'security.unlock'
  | 'security.changePassphrase'
  | 'security.disable'
  | 'security.remember';

/**
 * Encryption at rest, as the contract offers it: turning it on (after the user confirmed the
 * recovery key), unlocking, a new passphrase, turning it off, remembering the key. A wrong
 * passphrase or recovery key changes nothing; after three, the next try waits.
 */
export function createSecurityHandlers(host: EncryptionHost): HandlersOf<SecurityMethod> {
  const attempts = new UnlockAttempts(host.now);
  /** The key `security.prepare` showed, waiting for the user to confirm it. */
  let prepared: string | null = null;
  const driver = { nativeBinding: host.nativeBinding };

  function status(): SecurityStatus {
    const file = host.file();
    const encrypted = host.locked() || host.dataKey() !== null;
    return {
      encrypted,
      locked: host.locked(),
      keyFile: encrypted ? keyFilePath(file) : null,
      canRemember: Boolean(host.keychain),
      remembered: encrypted && host.keychain?.load(file) != null,
      retryAt: attempts.retryAt()?.toISOString() ?? null,
    };
  }

  function refuseWhileBlocked(): void {
    const retryAt = attempts.retryAt();
    if (retryAt) {
      const seconds = Math.ceil((retryAt.getTime() - host.now().getTime()) / 1000);
      throw new ApiError('too_many_attempts', `Three wrong tries; try again in ${seconds} s`);
    }
  }

  function wrong(code: 'wrong_passphrase' | 'wrong_recovery_key'): never {
    attempts.failed();
    throw new ApiError(
      code,
      code === 'wrong_passphrase'
        ? 'The passphrase does not open this database'
        : 'The recovery key is not this database’s',
    );
  }

  function keyFromPassphrase(passphrase: string): string {
    const unwrapped = unwrapKey(host.file(), passphrase);
    if ('failure' in unwrapped) {
      if (unwrapped.failure === 'wrong_passphrase') wrong('wrong_passphrase');
      throw new ApiError('key_file_unusable', `The key file ${keyFilePath(host.file())} is missing or damaged`);
    }
    return unwrapped.dataKey;
  }

  /** The unlocked file's key, once the user proved they hold it. */
  function proven(proof: SecurityProof): string {
    const key = unlockedKey();
    refuseWhileBlocked();
    if (proof.passphrase !== undefined) {
      if (keyFromPassphrase(proof.passphrase) !== key) {
        throw new ApiError('key_file_unusable', 'The key file does not belong to this database');
      }
    } else if (parseRecoveryKey(proof.recoveryKey ?? '') !== key) {
      wrong('wrong_recovery_key');
    }
    attempts.succeeded();
    return key;
  }

  function unlockedKey(): string {
    if (host.locked()) throw new ApiError('storage_locked', 'Unlock the database first');
    const key = host.dataKey();
    if (!key) throw new ApiError('conflict', 'The database is not encrypted');
    return key;
  }

  function requireWritable(): void {
    const mode = host.mode();
    if (mode === 'readOnly') throw new ApiError('storage_read_only', 'The database file is read-only');
    if (mode === 'damaged') throw new ApiError('storage_damaged', 'The database file is damaged');
    if (mode === 'locked') throw new ApiError('storage_locked', 'Unlock the database first');
  }

  /** The key `security.prepare` showed, once the user typed it back; it is used once. */
  function confirmedPrepared(typedBack: string): string {
    const key = prepared;
    if (!key) throw new ApiError('conflict', 'Ask for a recovery key first');
    if (parseRecoveryKey(typedBack) !== key) {
      throw new ApiError('wrong_recovery_key', 'The recovery key typed back is not the one shown');
    }
    prepared = null;
    return key;
  }

  function requirePlain(): void {
    requireWritable();
    if (host.dataKey()) throw new ApiError('conflict', 'The database is encrypted already');
  }

  return {
    'security.status': status,
    'security.prepare': () => {
      requireWritable();
      prepared = newDataKey();
      return { recoveryKey: formatRecoveryKey(prepared) };
    },
    'security.enable': ({ passphrase, recoveryKey }) => {
      requirePlain();
      const key = confirmedPrepared(recoveryKey);
      const file = host.file();
      host.reopen(() => encryptDatabase(file, key, passphrase, driver), [key, null]);
      return status();
    },
    'security.unlock': (input) => {
      if (!host.locked()) return status();
      refuseWhileBlocked();
      const key =
        input.passphrase !== undefined
          ? keyFromPassphrase(input.passphrase)
          : parseRecoveryKey(input.recoveryKey ?? '');
      if (!key) wrong('wrong_recovery_key');
      try {
        host.unlock(key);
      } catch (error) {
        if (!(error instanceof FileProblem && error.kind === 'locked')) throw error;
        if (input.passphrase !== undefined) {
          throw new ApiError('key_file_unusable', 'The key file does not belong to this database');
        }
        wrong('wrong_recovery_key');
      }
      attempts.succeeded();
      // A forgotten passphrase: the recovery key opened the file, and a new passphrase takes the old one's place.
      if (input.newPassphrase && host.mode() === 'ready') {
        rewrapKey(host.file(), key, input.newPassphrase, driver);
      }
      if (input.remember) host.keychain?.save(host.file(), key);
      return status();
    },
    'security.changePassphrase': (input) => {
      requireWritable();
      const key = proven(input);
      const next = confirmedPrepared(input.newRecoveryKey);
      const file = host.file();
      host.reopen(() => reencryptDatabase(file, key, next, input.newPassphrase, driver), [next, key]);
      return status();
    },
    'security.disable': (proof) => {
      requireWritable();
      const key = proven(proof);
      const file = host.file();
      host.reopen(() => decryptDatabase(file, key, driver), [null, key]);
      host.keychain?.forget(file);
      return status();
    },
    'security.remember': ({ remember }) => {
      if (!remember) {
        host.keychain?.forget(host.file());
        return status();
      }
      const key = unlockedKey();
      if (!host.keychain) throw new ApiError('conflict', 'This app cannot keep keys in a keychain');
      host.keychain.save(host.file(), key);
      return status();
    },
  };
}
