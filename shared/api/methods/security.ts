import { z } from 'zod';
import { Timestamp } from '../entities';
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

/** A passphrase being set: long enough to resist guessing, short enough to type. */
const NewPassphrase = z.string().min(8).max(1024);
/** A passphrase being typed to unlock: whatever the user typed. */
const Passphrase = z.string().min(1).max(1024);
/** A recovery key as typed or pasted (spaces, dashes and case do not matter). */
const RecoveryKey = z.string().min(1).max(200);

/** What proves the user may change the encryption: the passphrase, or the recovery key. */
const Proof = z.union([z.object({ passphrase: Passphrase }).strict(), z.object({ recoveryKey: RecoveryKey }).strict()]);
export type SecurityProof = z.infer<typeof Proof>;

export const securityMethods = {
  'security.status': read(z.object({}).strict(), SecurityStatus),
  /**
   * The first step of turning encryption on: a fresh key, shown once as a recovery key the user
   * writes down. Nothing is encrypted until `security.enable` confirms it.
   */
  'security.prepare': write(z.object({}).strict(), z.object({ recoveryKey: z.string() })),
  /**
   * Encrypts the database and its backups in place with the prepared key, wrapped with the
   * passphrase. `recoveryKey` is the user typing back the key `security.prepare` showed.
   */
  'security.enable': write(z.object({ passphrase: NewPassphrase, recoveryKey: RecoveryKey }).strict(), SecurityStatus),
  /**
   * Opens a locked database with its passphrase, or with its recovery key and (when the
   * passphrase is forgotten) a new passphrase. `remember` keeps the key in the keychain.
   */
  'security.unlock': write(
    z.union([
      z.object({ passphrase: Passphrase, remember: z.boolean().optional() }).strict(),
      z
        .object({ recoveryKey: RecoveryKey, newPassphrase: NewPassphrase.optional(), remember: z.boolean().optional() })
        .strict(),
    ]),
    SecurityStatus,
  ),
  /** A new passphrase for the same key: the recovery key and every backup stay valid. */
  'security.changePassphrase': write(
    z.union([
      z.object({ passphrase: Passphrase, newPassphrase: NewPassphrase }).strict(),
      z.object({ recoveryKey: RecoveryKey, newPassphrase: NewPassphrase }).strict(),
    ]),
    SecurityStatus,
  ),
  /** Decrypts the database and its backups in place and removes the key file. */
  'security.disable': write(Proof, SecurityStatus),
  /** Keeps the key in the system's keychain, or forgets it there. */
  'security.remember': write(z.object({ remember: z.boolean() }).strict(), SecurityStatus),
} as const;
