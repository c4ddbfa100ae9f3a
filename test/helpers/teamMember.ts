import path from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { startWebMode, type WebModeProcess } from './webMode';

export interface TeamMemberApp {
  file: string;
  web: WebModeProcess;
  /** A contract call to this member's web mode; it throws with the error payload when refused. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /** The error code a refused call answers with. */
  refusal<M extends MethodName>(method: M, input: InputOf<M>): Promise<string>;
  stop(): Promise<void>;
}

/** One member's Powermap in web mode, with its own database file in `dir`. */
export async function startMemberApp(dir: string, name: string): Promise<TeamMemberApp> {
  const file = path.join(dir, `${name}.sqlite`);
  const web = await startWebMode(file);
  const post = async (method: string, input: unknown) => {
    const response = await fetch(`${web.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; result?: unknown; error?: { code: string } };
  };
  return {
    file,
    web,
    async call(method, input) {
      const payload = await post(method, input);
      if (!payload.ok) {
        const tail = payload.error?.code === 'internal' ? `\n${web.output().slice(-3000)}` : '';
        throw new Error(`${method}: ${JSON.stringify(payload.error)}${tail}`);
      }
      return payload.result as never;
    },
    async refusal(method, input) {
      const payload = await post(method, input);
      if (payload.ok) throw new Error(`${method} was not refused`);
      return payload.error?.code ?? '';
    },
    async stop() {
      await web.kill('SIGTERM');
    },
  };
}

/** Asks `read` again, a bounded number of times, until `holds` says yes; returns how long it took. */
export async function eventually<T>(
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<number> {
  const started = performance.now();
  let last: T | undefined;
  while (performance.now() - started < timeoutMs) {
    last = await read();
    if (holds(last)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`did not hold within ${timeoutMs} ms; last: ${JSON.stringify(last)?.slice(0, 500)}`);
}
