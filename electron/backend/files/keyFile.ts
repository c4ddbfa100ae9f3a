import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { writeAtomically } from './atomicWrite';

/**
 * An encrypted database is encrypted with a random 256-bit data key. The key file beside it
 * (`<database>.key`) holds that key wrapped with the passphrase (scrypt, then AES-256-GCM), so a
 * new passphrase re-wraps the key and every backup taken under it still opens. The recovery key
 * is the data key itself, written for people (see recoveryKey.ts).
 */
export const keyFilePath = (databaseFile: string): string => `${databaseFile}.key`;

export const hasKeyFile = (databaseFile: string): boolean => fs.existsSync(keyFilePath(databaseFile));

/** A data key as the rest of the backend passes it around: 64 lowercase hex digits. */
export const DATA_KEY = /^[0-9a-f]{64}$/;

/** Gives a fresh connection the data key; every later read and write is decrypted and encrypted. */
export function applyKey(db: Db, dataKey: string): void {
  // The key is spliced into SQL, so nothing but hex digits may reach it.
  if (!DATA_KEY.test(dataKey)) throw new Error('Not a data key');
  db.pragma(`hexkey = '${dataKey}'`);
}

export const newDataKey = (): string => crypto.randomBytes(32).toString('hex');

// scrypt's cost: about a third of a second here, so guessing passphrases from a stolen key file is slow.
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const SCRYPT_MAXMEM = 256 * 1024 * 1024;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
const KeyFile = z.object({
  format: z.literal('powermap.key/1'),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .int()
      .min(2 ** 14)
      .max(2 ** 20),
    r: z.int().min(1).max(32),
    p: z.int().min(1).max(16),
    salt: Base64,
  }),
  wrapped: z.object({ iv: Base64, tag: Base64, data: Base64 }),
});
type KeyFile = z.infer<typeof KeyFile>;

const derive = (passphrase: string, kdf: KeyFile['kdf']): Buffer =>
  crypto.scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: SCRYPT_MAXMEM,
  });

/** Writes (or replaces, atomically) the key file: the data key wrapped with `passphrase`, readable by its owner only. */
export function writeKeyFile(databaseFile: string, dataKey: string, passphrase: string): void {
  const kdf = { name: 'scrypt' as const, ...SCRYPT, salt: crypto.randomBytes(16).toString('base64') };
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(passphrase, kdf), iv);
  const data = Buffer.concat([cipher.update(Buffer.from(dataKey, 'hex')), cipher.final()]);
  const content: KeyFile = {
    format: 'powermap.key/1',
    kdf,
    wrapped: { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
  };
  writeAtomically(keyFilePath(databaseFile), JSON.stringify(content, null, 2), 0o600);
}

/** Why a key file cannot give the data key. */
export type UnwrapFailure = 'wrong_passphrase' | 'key_file_unusable';

/** The data key, unwrapped with `passphrase`; or why not. Reads nothing but the key file. */
export function unwrapKey(databaseFile: string, passphrase: string): { dataKey: string } | { failure: UnwrapFailure } {
  let content: KeyFile;
  try {
    content = KeyFile.parse(JSON.parse(fs.readFileSync(keyFilePath(databaseFile), 'utf8')));
  } catch {
    return { failure: 'key_file_unusable' };
  }
  try {
    const { iv, tag, data } = content.wrapped;
    const decipher = crypto.createDecipheriv('aes-256-gcm', derive(passphrase, content.kdf), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
    return key.length === 32 ? { dataKey: key.toString('hex') } : { failure: 'key_file_unusable' };
  } catch {
    // GCM's tag does not match: the passphrase is not the one the key was wrapped with.
    return { failure: 'wrong_passphrase' };
  }
}
