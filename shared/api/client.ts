import type { InputOf, MethodName, OutputOf } from './contract';
import { ApiError } from './errors';
import { parseCall } from './validate';

/** How a call travels: IPC in the desktop app, HTTP in web mode. Inputs arrive validated. */
export type Transport = (method: MethodName, input: unknown) => Promise<unknown>;

export interface Client {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
}

/**
 * The renderer's only way to reach the backend. It validates before sending, so the user sees
 * a precise, translated message at once; the backend validates again because it trusts no one.
 */
export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      try {
        const call = parseCall(method, input);
        // The transport returns what the backend's handler for `method` returned.
        return (await transport(call.method, call.input)) as never;
      } catch (error) {
        // Whoever shows the error words its issues for what was asked.
        if (error instanceof ApiError) error.method = method;
        throw error;
      }
    },
  };
}
