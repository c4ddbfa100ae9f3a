import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';

/** How one call ended, seen from the client: only `answered` with `ok` acknowledges a write. */
export type CallOutcome<M extends MethodName> =
  | { kind: 'answered'; ok: true; result: OutputOf<M> }
  | { kind: 'answered'; ok: false; status: number; body: string }
  /** No complete answer: the connection was refused or cut, or the answer never came. */
  | { kind: 'no-answer'; reason: string };

export interface ApiAddress {
  origin: string;
  token: string;
}

/** Longer than any call takes on a busy machine; a call that takes longer counts as unanswered. */
const CALL_TIMEOUT_MS = 20_000;

/** `POST /api/<method>` with the run's token, as the renderer's HTTP transport sends it. */
export async function callApi<M extends MethodName>(
  address: ApiAddress,
  method: M,
  input: InputOf<M>,
): Promise<CallOutcome<M>> {
  try {
    const response = await fetch(`${address.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${address.token}` },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    // The answer counts only once its whole body has arrived.
    const body = await response.text();
    if (response.status !== 200) return { kind: 'answered', ok: false, status: response.status, body };
    const payload = JSON.parse(body) as { ok: boolean; result: OutputOf<M> };
    if (!payload.ok) return { kind: 'answered', ok: false, status: response.status, body };
    return { kind: 'answered', ok: true, result: payload.result };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { kind: 'no-answer', reason: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}
