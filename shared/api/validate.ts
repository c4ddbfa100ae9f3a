import { z } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedInputOf } from './contract';
import { ApiError } from './errors';
import { issuesFromZod, type InputIssue } from './issues';

/** What is wrong with a value by a schema of the contract, as issues a person can be told about. */
export function issuesOf(schema: z.core.$ZodType, value: unknown): InputIssue[] {
  // reportInput lets a missing value ('required') be told from one of the wrong type.
  const parsed = z.safeParse(schema, value, { reportInput: true });
  return parsed.success ? [] : issuesFromZod(parsed.error.issues);
}

/** The one gate every call passes: a known method and an input that matches its schema. */
export function parseCall<M extends MethodName>(method: M, input: unknown): { method: M; input: ParsedInputOf<M> };
export function parseCall(method: unknown, input: unknown): { method: MethodName; input: unknown };
export function parseCall<M extends MethodName>(
  method: unknown,
  input: unknown,
): { method: M; input: ParsedInputOf<M> } {
  if (!isMethodName(method)) throw new ApiError('unknown_method', `Unknown method: ${String(method)}`);
  const schema: z.ZodType = contract[method].input;
  const parsed = schema.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) {
    throw new ApiError('invalid_input', `Invalid input for ${method}`, issuesFromZod(parsed.error.issues));
  }
  return { method: method as M, input: parsed.data as ParsedInputOf<M> };
}
