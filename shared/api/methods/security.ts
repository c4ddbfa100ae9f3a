import { z } from 'zod';
import { Timestamp } from '../entities';
import { customProblem } from '../issues';
import { isSingleLine } from '../text';
import { read, write } from './common';

export const SecurityStatus = z.object({
  /** The open database is encrypted at rest (it and its backups). */
  encrypted: z.boolean(),
  /** Encrypted and not unlocked yet: nothing but unlocking is possible. */
  locked: z.boolean(),
  /** Where the passphrase-wrapped key lives, when encrypted. */
  keyFile: z.string().nullable(),
  /** Whether this app can keep the key in the system's keychain (the desktop app can). */
  canRemember: z.boolean(),
  /** The key is kept in the keychain, so this file opens without the passphrase on this computer. */
  remembered: z.boolean(),
  /** After three wrong tries: when the next one is allowed. */
  retryAt: Timestamp.nullable(),
});
export type SecurityStatus = z.infer<typeof SecurityStatus>;

const ONE_LINE = customProblem('control_characters', { lines: 'one' });
// Secrets are whatever the user typed, but never control characters (nothing a keyboard types).
const secret = (min: number, max: number) => z.string().min(min).max(max).refine(isSingleLine, ONE_LINE);
/** A passphrase being set: long enough to resist guessing, short enough to type. */
const NewPassphrase = secret(8, 1024);
/** A passphrase being typed to unlock: whatever the user typed. */
const Passphrase = secret(1, 1024);
/** A recovery key as typed or pasted (spaces, dashes and case do not matter). */
const RecoveryKey = secret(1, 200);

const ONE_PROOF = customProblem('passphrase_or_recovery_key');
export interface SecurityProof {
  passphrase?: string;
  recoveryKey?: string;
}

/** What proves the user may open or change the encryption: the passphrase, or the recovery key (exactly one). */
const proofShape = { passphrase: Passphrase.optional(), recoveryKey: RecoveryKey.optional() };
const oneProof = (value: SecurityProof): boolean =>
  (value.passphrase === undefined) !== (value.recoveryKey === undefined);
const ONE_PROOF_RULE = { ...ONE_PROOF, path: ['passphrase'] };

export const securityMethods = {
  'security.status': read(z.object({}).strict(), SecurityStatus, ['file_state']),
  /**
   * The first step of turning encryption on or changing the passphrase: a fresh key, shown once
   * as a recovery key the user writes down. Nothing changes until `security.enable` or
   * `security.changePassphrase` confirms it.
   */
  'security.prepare': write(z.object({}).strict(), z.object({ recoveryKey: z.string() }), []),
  /**
   * Encrypts the database and its backups in place with the prepared key, wrapped with the
   * passphrase. `recoveryKey` is the user typing back the key `security.prepare` showed.
   */
  'security.enable': write(z.object({ passphrase: NewPassphrase, recoveryKey: RecoveryKey }).strict(), SecurityStatus, [
    'backup_files',
    'file_state',
  ]),
  /**
   * Opens a locked database with its passphrase, or with its recovery key and (when the
   * passphrase is forgotten) a new passphrase. `remember` keeps the key in the keychain.
   */
  'security.unlock': write(
    z
      .object({ ...proofShape, newPassphrase: NewPassphrase.optional(), remember: z.boolean().optional() })
      .strict()
      .refine(oneProof, ONE_PROOF_RULE),
    SecurityStatus,
    ['file_state'],
  ),
  /**
   * A new passphrase and a new key: the database and its backups are re-encrypted in place.
   * `newRecoveryKey` is the user typing back the key a fresh `security.prepare` showed.
   */
  'security.changePassphrase': write(
    z
      .object({ ...proofShape, newPassphrase: NewPassphrase, newRecoveryKey: RecoveryKey })
      .strict()
      .refine(oneProof, ONE_PROOF_RULE),
    SecurityStatus,
    ['backup_files', 'file_state'],
  ),
  /** Decrypts the database and its backups in place and removes the key file. */
  'security.disable': write(z.object(proofShape).strict().refine(oneProof, ONE_PROOF_RULE), SecurityStatus, [
    'backup_files',
    'file_state',
  ]),
  /** Keeps the key in the system's keychain, or forgets it there. */
  'security.remember': write(z.object({ remember: z.boolean() }).strict(), SecurityStatus, ['file_state']),
} as const;
