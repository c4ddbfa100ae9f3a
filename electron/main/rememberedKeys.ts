import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { Keychain } from '../backend/securityHandlers';

/**
 * Data keys the user asked to remember, encrypted with the operating system's keychain
 * (Electron's safeStorage: Keychain on macOS, DPAPI on Windows, the Secret Service on Linux)
 * and kept by database path in the user-data folder. Where no keychain is available nothing is
 * remembered: a key is never stored in the clear.
 */
export function rememberedKeys(store: string): Keychain | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  // On Linux without a keyring, safeStorage falls back to a hard-coded password: that is no keychain.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;

  const read = (): Record<string, string> => {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(store, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (entries: Record<string, string>): void => {
    fs.mkdirSync(path.dirname(store), { recursive: true });
    const partial = `${store}.partial`;
    fs.writeFileSync(partial, JSON.stringify(entries, null, 2), { mode: 0o600 });
    fs.renameSync(partial, store);
  };

  return {
    load(databaseFile) {
      const sealed = read()[databaseFile];
      if (typeof sealed !== 'string') return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
    save(databaseFile, dataKey) {
      write({ ...read(), [databaseFile]: safeStorage.encryptString(dataKey).toString('base64') });
    },
    forget(databaseFile) {
      const entries = read();
      if (!(databaseFile in entries)) return;
      delete entries[databaseFile];
      write(entries);
    },
  };
}
