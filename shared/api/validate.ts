import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedInputOf } from './contract';
import { ApiError } from './errors';

/** The one gate every call passes: a known method and an input that matches its schema. */
export function parseCall<M extends MethodName>(method: M, input: unknown): { method: M; input: ParsedInputOf<M> };
export function parseCall(method: unknown, input: unknown): { method: MethodName; input: unknown };
export function parseCall<M extends MethodName>(
  method: unknown,
  input: unknown,
): { method: M; input: ParsedInputOf<M> } {
  if (!isMethodName(method)) throw new ApiError('unknown_method', `Unknown method: ${String(method)}`);
  const schema: z.ZodType = contract[method].input;
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new ApiError(
      'invalid_input',
      `Invalid input for ${method}`,
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  }
  return { method: method as M, input: parsed.data as ParsedInputOf<M> };
}
