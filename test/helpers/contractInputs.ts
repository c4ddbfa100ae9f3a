/**
 * Valid inputs for any contract method, made from its schema alone, so that a test can walk every
 * method of the contract (a new one included) without anyone writing its input by hand. Ids come
 * from the test's data by the name of the field; a field no rule can fill stops the test with a
 * message saying what to add.
 */
import { z } from 'zod';
import { contract, type MethodName } from '../../shared/api/contract';

const IMPORT_FILE = Buffer.from(
  'Name,Title,Department,Manager\r\nAnn,CFO,Finance,\r\n王芳,Controller,财务部,Ann\r\n',
).toString('base64');

/** What a JSON Schema made by zod holds, as far as making inputs goes. */
interface Schema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export interface InputSource {
  /** The id a field of this name stands for in `method` (accountId, mapId, id …), or undefined. */
  id(field: string, method: MethodName): string | undefined;
  /** Free texts to try in text fields (e.g. search words); each gives one more input. */
  texts: readonly string[];
  today: string;
  now: string;
}

export const inputSchemaOf = (method: MethodName): Schema =>
  z.toJSONSchema(contract[method].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;

type Fill = 'required' | 'all';

function valueFor(
  schema: Schema,
  field: string,
  method: MethodName,
  source: InputSource,
  fill: Fill,
  text?: string,
): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return fill === 'all' ? schema.enum.at(-1) : schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const usable = options.filter((option) => option.type !== 'null');
    return valueFor(usable[0] ?? options[0] ?? {}, field, method, source, fill, text);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectFor(schema, method, source, fill, text);
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, fill === 'all' ? 1 : 0);
      if (schema.prefixItems)
        return schema.prefixItems.map((item) => valueFor(item, field, method, source, fill, text));
      return Array.from({ length: count }, () => valueFor(schema.items ?? {}, field, method, source, fill, text));
    }
    case 'boolean':
      return fill === 'all';
    case 'integer':
    case 'number':
      if (field === 'utcOffset') return 0;
      return schema.minimum ?? (schema.maximum !== undefined ? Math.min(0, schema.maximum) : 0);
    case 'string':
      return stringFor(schema, field, method, source, text);
    default:
      throw new Error(`${method}: no rule makes a value for "${field}" (${JSON.stringify(schema)})`);
  }
}

function stringFor(schema: Schema, field: string, method: MethodName, source: InputSource, text?: string): string {
  if (schema.format === 'uuid') {
    const id = source.id(field, method);
    if (!id) throw new Error(`${method}: the walk has no id for "${field}"; add one to the test's id table`);
    return id;
  }
  if (schema.format === 'date') return source.today;
  if (schema.format === 'date-time') return source.now;
  if (field === 'timeZone') return 'UTC';
  // A file to import: a small sheet whose people match the account's by name, so duplicates show.
  if (field === 'dataBase64') return IMPORT_FILE;
  return text ?? '';
}

function objectFor(schema: Schema, method: MethodName, source: InputSource, fill: Fill, text?: string): unknown {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {})
    .filter(([key]) => fill === 'all' || required.has(key))
    .map(([key, property]) => [key, valueFor(property, key, method, source, fill, text)]);
  return Object.fromEntries(entries);
}

/** Whether a method takes free text somewhere (a search, a name). */
const takesText = (schema: Schema): boolean =>
  schema.type === 'string' && !schema.format
    ? true
    : Object.values(schema.properties ?? {}).some(takesText) ||
      (schema.items !== undefined && takesText(schema.items)) ||
      (schema.anyOf ?? schema.oneOf ?? []).some(takesText);

/**
 * Inputs for `method` that pass its schema: only what is required, everything (optional fields
 * and flags on), and one per text of `source` when the method takes free text.
 */
export function inputsFor(method: MethodName, source: InputSource): unknown[] {
  const schema = inputSchemaOf(method);
  const inputs: unknown[] = [objectFor(schema, method, source, 'required'), objectFor(schema, method, source, 'all')];
  if (takesText(schema)) {
    for (const text of source.texts) inputs.push(objectFor(schema, method, source, 'all', text));
  }
  return inputs.filter((input) => contract[method].input.safeParse(input).success || reject(method, input));
}

function reject(method: MethodName, input: unknown): never {
  const issues = contract[method].input.safeParse(input).error?.issues;
  throw new Error(`${method}: the walk made an input its schema refuses: ${JSON.stringify({ input, issues })}`);
}
