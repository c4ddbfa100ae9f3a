import type { InputOf, MethodName, OutputOf } from './contract';
import type { Scope } from '../domain/privacy';
import { ApiError } from './errors';
import { parseCall } from './validate';

/** How a call travels: IPC in the desktop app, HTTP in web mode. Inputs arrive validated. */
export type Transport = (method: MethodName, input: unknown, scope: Scope) => Promise<unknown>;

export interface Client {
  /** Calls in the owner's scope unless told `public` (a shared screen). */
  call<M extends MethodName>(method: M, input: InputOf<M>, scope?: Scope): Promise<OutputOf<M>>;
}

/**
 * The renderer's only way to reach the backend. It validates before sending, so the user sees
 * a precise, translated message at once; the backend validates again because it trusts no one.
 */
export function createClient(transport: Transport): Client {
  return {
    async call(method, input, scope = 'owner') {
      try {
        const call = parseCall(method, input);
        // The transport returns what the backend's handler for `method` returned.
        return (await transport(call.method, call.input, scope)) as never;
      } catch (error) {
        // Whoever shows the error words its issues for what was asked.
        if (error instanceof ApiError) error.method = method;
        throw error;
      }
    },
  };
}
