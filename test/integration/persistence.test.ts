import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/backend';
import { callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

describe('data survives closing and reopening the file', () => {
  it('keeps accounts, people, places, lines, history and settings', () => {
    const temp = startTempBackend();
    const first = temp.backend;
    const seed = seedAccount(first.dispatch);
    callOk(first.dispatch, 'accounts.update', {
      id: seed.accountId,
      patch: { tier: 'strategic', notes: 'renewal in Q3' },
    });
    callOk(first.dispatch, 'people.update', {
      id: seed.people.bob,
      patch: { role: 'approver', stance: 'champion', access: 3 },
    });
    callOk(first.dispatch, 'maps.moveItems', {
      mapId: seed.mapId,
      moves: [{ itemId: seed.items.cid, x: -70, y: 12.5 }],
    });
    callOk(first.dispatch, 'people.delete', { ids: [seed.people.cid] });
    callOk(first.dispatch, 'settings.update', { language: 'zh-CN' });
    const view = callOk(first.dispatch, 'maps.view', { mapId: seed.mapId });
    const accounts = callOk(first.dispatch, 'accounts.list', {});
    const rows = snapshotTables(first.db);

    const second = temp.reopen();
    expect(first.db.open).toBe(false);

    expect(callOk(second.dispatch, 'maps.view', { mapId: seed.mapId })).toEqual(view);
    expect(callOk(second.dispatch, 'accounts.list', {})).toEqual(accounts);
    expect(callOk(second.dispatch, 'settings.get', {})).toMatchObject({ language: 'zh-CN' });
    expect(snapshotTables(second.db)).toEqual(rows);
    // The deleted person is still there to restore, at the place they were moved to.
    callOk(second.dispatch, 'people.restore', { ids: [seed.people.cid] });
    const restored = callOk(second.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(restored.items.find((i) => i.id === seed.items.cid)).toMatchObject({ x: -70, y: 12.5 });
  });

  it('leaves everything in the main file after a clean close', () => {
    const temp = startTempBackend();
    seedAccount(temp.backend.dispatch);
    temp.backend.close();
    // A clean close checkpoints the write-ahead log: copying the file alone is a complete backup.
    expect(fs.existsSync(`${temp.file}-wal`)).toBe(false);
    const copy = `${temp.file}.backup`;
    fs.copyFileSync(temp.file, copy);
    const fromCopy = startBackend(copy, { version: 'test', log: () => undefined });
    try {
      expect(callOk(fromCopy.dispatch, 'accounts.list', {}).map((a) => [a.name, a.peopleCount])).toEqual([['Acme', 3]]);
    } finally {
      fromCopy.close();
    }
  });
});
