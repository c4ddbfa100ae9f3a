import { describe, expect, it } from 'vitest';
import { callError, callOk, startTempBackend } from '../helpers/tempDb';

describe('the dispatcher: one gate for both transports', () => {
  it('refuses an unknown method', () => {
    const { backend } = startTempBackend();
    for (const method of ['accounts.explode', '__proto__', 'constructor', 42, undefined]) {
      expect(callError(backend.dispatch, method, {}).code).toBe('unknown_method');
    }
  });

  it('refuses invalid input with the offending fields, before any handler runs', () => {
    const { backend } = startTempBackend();
    const error = callError(backend.dispatch, 'accounts.create', { name: '   ', colour: 'red' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['', 'name']);
    expect(callOk(backend.dispatch, 'accounts.list', {})).toEqual([]);
  });

  it('hands the handler the parsed input, not the raw one', () => {
    const { backend } = startTempBackend();
    expect(callOk(backend.dispatch, 'accounts.create', { name: '\t Trimmed \n' }).name).toBe('Trimmed');
  });

  it('turns an unexpected failure into a bare internal error and logs the details', () => {
    const { backend, logs } = startTempBackend();
    backend.db.exec('DROP TABLE settings');
    const error = callError(backend.dispatch, 'settings.get', {});
    expect(error).toEqual({ code: 'internal', message: expect.any(String) });
    expect(error.message).not.toMatch(/settings|sqlite|\bat\b|\.ts/i);
    expect(logs.some((line) => line.includes('internal error') && line.includes('no such table'))).toBe(true);
  });

  it('reports a broken data rule as invalid input and a duplicate id as a conflict', () => {
    const { backend } = startTempBackend();
    const account = callOk(backend.dispatch, 'accounts.create', { name: 'Acme' });
    const person = callOk(backend.dispatch, 'people.create', { accountId: account.id, name: 'Ann' });
    expect(callError(backend.dispatch, 'people.update', { id: person.id, patch: { name: '' } }).code).toBe(
      'invalid_input',
    );
    expect(
      callError(backend.dispatch, 'people.create', { id: person.id, accountId: account.id, name: 'Twin' }).code,
    ).toBe('conflict');
  });
});
