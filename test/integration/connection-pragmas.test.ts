import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { openTempDatabase, tempDbPath, useTempDir } from '../helpers/tempDb';

describe('openDatabase: connection settings', () => {
  it('uses WAL, synchronous=FULL and enforced foreign keys', () => {
    const { db } = openTempDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('sets the same pragmas again when an existing file is reopened', () => {
    const file = tempDbPath();
    openDatabase(file).close();
    const db = openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
  });

  it('creates the folders of a new file', () => {
    const file = path.join(useTempDir(), 'a', 'b', 'c', 'powermap.sqlite');
    const db = openDatabase(file);
    db.close();
    expect(fs.statSync(file).isFile()).toBe(true);
  });

  it('refuses a file that is not a database, without changing it', () => {
    const file = path.join(useTempDir(), 'notes.sqlite');
    const text = 'these are my notes, not a database\n'.repeat(200);
    fs.writeFileSync(file, text);
    expect(() => openDatabase(file)).toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});
