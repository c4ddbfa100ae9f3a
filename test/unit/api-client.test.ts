import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClient, type Transport } from '../../shared/api/client';
import type { MethodName } from '../../shared/api/contract';
import { ApiError, ERROR_CODES, HTTP_STATUS } from '../../shared/api/errors';

/** A transport that records what reaches it: the seam between the client and IPC or HTTP. */
function recordingTransport(answer: unknown = { ok: true }): { transport: Transport; sent: [MethodName, unknown][] } {
  const sent: [MethodName, unknown][] = [];
  return {
    sent,
    transport: async (method, input) => {
      sent.push([method, input]);
      return answer;
    },
  };
}

describe('createClient', () => {
  it('sends the validated, trimmed input and returns what the transport answered', async () => {
    const { transport, sent } = recordingTransport({ id: 'x' });
    const client = createClient(transport);
    await expect(client.call('accounts.create', { name: '  Acme  ' })).resolves.toEqual({ id: 'x' });
    expect(sent).toEqual([['accounts.create', { name: 'Acme' }]]);
  });

  it('refuses invalid input before anything is sent', async () => {
    const { transport, sent } = recordingTransport();
    const client = createClient(transport);
    const failure = client.call('people.update', { id: randomUUID(), patch: { influence: 9 } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'invalid_input' });
    expect(sent).toEqual([]);
  });

  it('refuses an unknown method before anything is sent', async () => {
    const { transport, sent } = recordingTransport();
    const client = createClient(transport);
    await expect(client.call('accounts.explode' as MethodName, {} as never)).rejects.toMatchObject({
      code: 'unknown_method',
    });
    expect(sent).toEqual([]);
  });
});

describe('ApiError', () => {
  it('round-trips through its payload without a stack, problem codes and parameters kept', () => {
    const issue = {
      path: 'name',
      problem: 'too_long',
      params: { max: 200 },
      message: 'At most 200 characters.',
    } as const;
    const error = new ApiError('invalid_input', 'Invalid input for x', [issue]);
    const payload = error.toPayload();
    expect(payload).toEqual({ code: 'invalid_input', message: 'Invalid input for x', issues: [issue] });
    expect(JSON.stringify(payload)).not.toContain('at ');
    const back = ApiError.fromPayload(JSON.parse(JSON.stringify(payload)));
    expect(back).toBeInstanceOf(ApiError);
    expect(back.code).toBe('invalid_input');
    expect(back.issues).toEqual([issue]);
  });

  it('reads an issue it does not know as a generic one at the same place', () => {
    const back = ApiError.fromPayload({
      code: 'invalid_input',
      message: 'x',
      issues: [{ path: 'name', problem: 'from_the_future', message: 'Later' }, 'garbage'],
    });
    expect(back.issues).toEqual([
      { path: 'name', problem: 'invalid', message: 'Later' },
      { path: '', problem: 'invalid', message: 'Not valid.' },
    ]);
  });

  it('leaves issues out of the payload when there are none', () => {
    expect(new ApiError('not_found', 'gone').toPayload()).toEqual({ code: 'not_found', message: 'gone' });
  });

  it.each([[null], ['boom'], [{ code: 'teapot', message: 'x' }], [{ message: 'no code' }]])(
    'turns a malformed payload %j into an internal error',
    (payload) => {
      expect(ApiError.fromPayload(payload).code).toBe('internal');
    },
  );

  it('maps every error code to an HTTP error status', () => {
    for (const code of ERROR_CODES) {
      expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS[code]).toBeLessThan(600);
    }
    expect(HTTP_STATUS.invalid_input).toBe(400);
    expect(HTTP_STATUS.unauthorized).toBe(401);
    expect(HTTP_STATUS.forbidden).toBe(403);
    expect(HTTP_STATUS.unknown_method).toBe(404);
    expect(HTTP_STATUS.not_found).toBe(404);
    expect(HTTP_STATUS.conflict).toBe(409);
  });
});
