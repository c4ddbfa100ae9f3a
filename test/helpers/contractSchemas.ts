/**
 * Reads the contract's zod schemas as data, so tests can go over every field of every method's
 * input without listing them: a field added to the contract is covered the day it is added.
 */
import type { z } from 'zod';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef;

export const defOf = (schema: Schema): Def => schema._zod.def;

/** A schema's bounds (length for text and lists, value for numbers) and format, read from its checks. */
export interface Bag {
  minimum?: number;
  maximum?: number;
  format?: string;
}
export function bagOf(schema: Schema): Bag {
  const def = defOf(schema) as Def & { format?: string };
  const bag: Bag = def.format ? { format: def.format } : {};
  for (const check of def.checks ?? []) {
    const checkDef = check._zod.def as { check: string; minimum?: number; maximum?: number; value?: unknown };
    if (checkDef.check === 'min_length') bag.minimum = Math.max(bag.minimum ?? 0, checkDef.minimum ?? 0);
    if (checkDef.check === 'max_length') bag.maximum = Math.min(bag.maximum ?? Infinity, checkDef.maximum ?? Infinity);
    if (checkDef.check === 'greater_than') bag.minimum = Number(checkDef.value);
    if (checkDef.check === 'less_than') bag.maximum = Number(checkDef.value);
  }
  return bag;
}

/** The schema under optional / nullable / default / readonly wrappers, and whether it may be left out or null. */
export function unwrap(schema: Schema): { inner: Schema; optional: boolean; nullable: boolean } {
  let inner = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else if (def.type !== 'readonly' && def.type !== 'nonoptional' && def.type !== 'catch') break;
    inner = (def as z.core.$ZodOptionalDef).innerType;
  }
  return { inner, optional, nullable };
}

/** The object, array, union, … parts a schema is made of, each with the key it sits under. */
export function children(schema: Schema): { key: string; schema: Schema; optional: boolean }[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries((def as z.core.$ZodObjectDef).shape).map(([key, child]) => ({
        key,
        schema: child,
        optional: unwrap(child).optional,
      }));
    case 'array':
      return [{ key: '0', schema: (def as z.core.$ZodArrayDef).element, optional: false }];
    case 'union':
      return (def as z.core.$ZodUnionDef).options.map((option) => ({ key: '', schema: option, optional: false }));
    case 'pipe':
      return [{ key: '', schema: (def as z.core.$ZodPipeDef).in, optional: false }];
    case 'record':
      return [{ key: '*', schema: (def as z.core.$ZodRecordDef).valueType, optional: false }];
    default:
      return [];
  }
}

export interface Leaf {
  /** Dotted path from the input's root; array elements are `0`, a record's values `*`. */
  path: string;
  /** The last object key on the path: what a label table names. */
  key: string;
  schema: Schema;
  def: Def;
  /** The value goes through a transform (it is cleaned rather than refused). */
  transformed: boolean;
}

/** Every leaf field (string, number, enum, …) of a schema, wrappers removed. */
export function leavesOf(schema: Schema, path: string[] = [], key = '', transformed = false): Leaf[] {
  const { inner } = unwrap(schema);
  const parts = children(inner);
  if (parts.length === 0) return [{ path: path.join('.'), key, schema: inner, def: defOf(inner), transformed }];
  const piped = transformed || defOf(inner).type === 'pipe';
  return parts.flatMap((part) =>
    leavesOf(
      part.schema,
      part.key === '' ? path : [...path, part.key],
      part.key === '' || part.key === '0' || part.key === '*' ? key : part.key,
      piped,
    ),
  );
}

/** Every method with its input schema. */
export const INPUTS: { method: MethodName; schema: Schema }[] = METHOD_NAMES.map((method) => ({
  method,
  schema: contract[method].input,
}));

/** Every object key used anywhere in the contract's inputs. */
export function inputKeys(): Set<string> {
  const keys = new Set<string>();
  const visit = (schema: Schema, seen: Set<Schema>) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    for (const part of children(unwrap(schema).inner)) {
      if (part.key && part.key !== '0' && part.key !== '*') keys.add(part.key);
      visit(part.schema, seen);
    }
  };
  for (const { schema } of INPUTS) visit(schema, new Set());
  return keys;
}
