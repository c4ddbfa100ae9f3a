import { describe, expect, it } from 'vitest';
import { AppInfo, Settings } from '../../shared/api/entities';
import { TEST_VERSION, callError, callOk, startTempBackend } from '../helpers/tempDb';

describe('settings and app info through the dispatcher', () => {
  it('starts with the language following the system', () => {
    const { backend } = startTempBackend();
    expect(Settings.parse(callOk(backend.dispatch, 'settings.get', {}))).toMatchObject({ language: 'system' });
  });

  it('stores a language and returns it', () => {
    const { backend } = startTempBackend();
    expect(callOk(backend.dispatch, 'settings.update', { language: 'zh-CN' })).toMatchObject({ language: 'zh-CN' });
    expect(callOk(backend.dispatch, 'settings.get', {})).toMatchObject({ language: 'zh-CN' });
    expect(callOk(backend.dispatch, 'settings.update', { language: 'en' })).toMatchObject({ language: 'en' });
    expect(callOk(backend.dispatch, 'settings.update', {})).toMatchObject({ language: 'en' });
    expect(backend.db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'language', value: '"en"' }]);
  });

  it('refuses a language it does not know, keeping the stored one', () => {
    const { backend } = startTempBackend();
    callOk(backend.dispatch, 'settings.update', { language: 'zh-CN' });
    expect(callError(backend.dispatch, 'settings.update', { language: 'fr' }).code).toBe('invalid_input');
    expect(callOk(backend.dispatch, 'settings.get', {})).toMatchObject({ language: 'zh-CN' });
  });

  it('falls back to the default for a value written by another version that it does not understand', () => {
    const { backend } = startTempBackend();
    backend.db.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"tlh"'), ('theme', '"dark"')`).run();
    expect(callOk(backend.dispatch, 'settings.get', {})).toMatchObject({ language: 'system' });
  });

  it('reports the version and the database file', () => {
    const { backend, file } = startTempBackend();
    const info = AppInfo.parse(callOk(backend.dispatch, 'app.info', {}));
    expect(info).toEqual({ version: TEST_VERSION, databasePath: file });
  });
});
