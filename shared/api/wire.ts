import type { ApiErrorPayload } from './errors';

/** The envelope both transports carry: a result, or an error the UI can translate. */
export type CallResultPayload = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload };
