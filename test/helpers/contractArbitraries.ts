/**
 * fast-check arbitraries read from the contract's schemas: inputs shaped like a method's input
 * (every id a fresh one, unknown to the store), and the same inputs with one field broken the
 * ways people and buggy callers break them.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { bagOf, defOf, unwrap } from './contractSchemas';

type Schema = z.core.$ZodType;
type Path = (string | number)[];

/** Keys whose value a plain string cannot stand for. */
const STRING_BY_KEY: Record<string, readonly string[]> = {
  timeZone: ['Asia/Shanghai', '+08:00', 'UTC'],
};
const SAMPLE_TEXT = ['Acme', 'Budget review', '王总 采购', 'Line one\nline two'];
const SAMPLE_DATES = ['2024-05-01', '2027-02-23', '1900-01-01', '2200-12-31'];
const SAMPLE_INSTANTS = ['2026-01-05T09:00:00+08:00', '2026-03-01T00:00:00.000Z'];
/** How many elements a generated list has at most, whatever the schema allows. */
const LIST_MAX = 3;
const NUMBER_SPAN = 1000;

function numberBounds(schema: Schema): { min: number; max: number; int: boolean } {
  const bag = bagOf(schema);
  const int = bag.format === 'safeint' || bag.format === 'int32' || bag.format === 'uint32';
  const min = Math.max(bag.minimum ?? -NUMBER_SPAN, -NUMBER_SPAN);
  const max = Math.min(bag.maximum ?? NUMBER_SPAN, NUMBER_SPAN);
  return { min: int ? Math.ceil(min) : min, max: int ? Math.floor(max) : max, int };
}

/** A value of the schema's shape: right types, sample texts and dates, fresh ids. */
export function shapedValue(schema: Schema, key = ''): fc.Arbitrary<unknown> {
  const { inner, nullable } = unwrap(schema);
  const value = innerValue(inner, key);
  return nullable ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: value }) : value;
}

function innerValue(schema: Schema, key: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = (def as z.core.$ZodObjectDef).shape;
      const fields = Object.fromEntries(Object.entries(shape).map(([name, child]) => [name, shapedValue(child, name)]));
      const requiredKeys = Object.entries(shape)
        .filter(([, child]) => !unwrap(child).optional)
        .map(([name]) => name);
      return fc.record(fields, { requiredKeys });
    }
    case 'array': {
      const bag = bagOf(schema);
      const minLength = bag.minimum ?? 0;
      return fc.array(shapedValue((def as z.core.$ZodArrayDef).element, key), {
        minLength,
        maxLength: Math.max(minLength, Math.min(bag.maximum ?? LIST_MAX, LIST_MAX)),
      });
    }
    case 'union':
      return fc.oneof(...(def as z.core.$ZodUnionDef).options.map((option) => shapedValue(option, key)));
    case 'pipe':
      return shapedValue((def as z.core.$ZodPipeDef).in, key);
    case 'enum':
      return fc.constantFrom(...Object.values((def as z.core.$ZodEnumDef).entries));
    case 'literal':
      return fc.constantFrom(...(def as z.core.$ZodLiteralDef<z.core.util.Literal>).values);
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const { min, max, int } = numberBounds(schema);
      return int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string': {
      const bag = bagOf(schema);
      if (bag.format === 'uuid') return fc.uuid({ version: 4 });
      if (bag.format === 'date') return fc.constantFrom(...SAMPLE_DATES);
      if (bag.format === 'datetime') return fc.constantFrom(...SAMPLE_INSTANTS);
      const byKey = STRING_BY_KEY[key];
      if (byKey) return fc.constantFrom(...byKey);
      const fitting = SAMPLE_TEXT.filter((text) => text.length <= (bag.maximum ?? Infinity));
      return fc.constantFrom(...(fitting.length > 0 ? fitting : ['A']));
    }
    default:
      return fc.constant(null);
  }
}

/** One place in a generated input: where it is and what the schema says goes there. */
interface Site {
  path: Path;
  schema: Schema;
  /** The key is declared but was left out of this value. */
  absent: boolean;
}

/** Every place of a value the schema describes, the value itself included. */
function sitesOf(schema: Schema, value: unknown, path: Path = []): Site[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  const here: Site = { path, schema: inner, absent: false };
  if (def.type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape = (def as z.core.$ZodObjectDef).shape;
    return [
      here,
      ...Object.entries(shape).flatMap(([key, child]) =>
        key in value
          ? sitesOf(child, (value as Record<string, unknown>)[key], [...path, key])
          : [{ path: [...path, key], schema: unwrap(child).inner, absent: true }],
      ),
    ];
  }
  if (def.type === 'array' && Array.isArray(value)) {
    const element = (def as z.core.$ZodArrayDef).element;
    return [here, ...value.flatMap((item, index) => sitesOf(element, item, [...path, index]))];
  }
  if (def.type === 'pipe') return sitesOf((def as z.core.$ZodPipeDef).in, value, path);
  return [here];
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extraKey' };
const set = (value: unknown): Edit => ({ kind: 'set', value });

const CONTROL = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\t', '\n'];
const NASTY_DATES = [
  '9999-12-31',
  '0000-01-01',
  '2099-13-45',
  '1899-12-31',
  '2201-01-01',
  '2023-02-29',
  '24-1-1',
  'today',
];
const NASTY_INSTANTS = [
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2099-13-45T00:00:00Z',
  '1899-12-31T00:00:00Z',
  '2026-05-01T09:00:00',
  '2026-05-01',
  'yesterday',
];
const WRONG_TYPES: unknown[] = [null, 42, 'text', true, [], {}];

/** The ways one place of an input can be broken. */
function editsFor(site: Site): fc.Arbitrary<Edit> {
  const def = defOf(site.schema);
  const bag = bagOf(site.schema);
  const edits: fc.Arbitrary<Edit>[] = [fc.constantFrom(...WRONG_TYPES.map(set))];
  if (site.path.length > 0 && !site.absent) edits.push(fc.constant<Edit>({ kind: 'delete' }));
  switch (def.type) {
    case 'object':
      edits.push(fc.constant<Edit>({ kind: 'extraKey' }));
      break;
    case 'array':
      if (bag.maximum !== undefined) {
        const element = (def as z.core.$ZodArrayDef).element;
        const max = bag.maximum;
        edits.push(shapedValue(element).map((item) => set(Array.from({ length: max + 1 }, () => item))));
      }
      if (bag.minimum) edits.push(fc.constant(set([])));
      break;
    case 'string':
      if (bag.format === 'uuid')
        edits.push(fc.constantFrom('not-a-uuid', '', '3f2b8c1e-5d4a-4b6f-9e7d-1a2b3c4d5e6f\u0000').map(set));
      else if (bag.format === 'date') edits.push(fc.constantFrom(...NASTY_DATES).map(set));
      else if (bag.format === 'datetime') edits.push(fc.constantFrom(...NASTY_INSTANTS).map(set));
      else {
        edits.push(fc.constantFrom(...CONTROL).map((control) => set(`Acme${control}Corp`)));
        edits.push(fc.string({ unit: 'binary', maxLength: 30 }).map((text) => set(`${text}\u0000`)));
        if (bag.maximum !== undefined) edits.push(fc.constant(set('x'.repeat(bag.maximum + 1))));
        if (bag.minimum) edits.push(fc.constantFrom('', '   ', '\t\n').map(set));
      }
      break;
    case 'number': {
      const { min, max, int } = numberBounds(site.schema);
      edits.push(fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, '5', min - 1, max + 1).map(set));
      if (int) edits.push(fc.constant(set(min + 0.5)));
      break;
    }
    case 'enum':
    case 'literal':
      edits.push(fc.constantFrom('zz-not-a-choice', '', 'OPEN').map(set));
      break;
    case 'boolean':
      edits.push(fc.constantFrom('true', 1, 0).map(set));
      break;
  }
  return fc.oneof(...edits);
}

function applyEdit(value: unknown, path: Path, edit: Edit): unknown {
  if (path.length === 0) {
    if (edit.kind === 'extraKey' && typeof value === 'object' && value !== null) {
      return { ...value, zzUnexpected: 'surprise' };
    }
    return edit.kind === 'set' ? edit.value : value;
  }
  const [head, ...rest] = path as [string | number, ...Path];
  const container = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && edit.kind === 'delete') {
    if (Array.isArray(container)) (container as unknown[]).splice(Number(head), 1);
    else delete container[head];
    return container;
  }
  container[head] = applyEdit(container[head], rest, edit);
  return container;
}

/** An input of the schema's shape with one place broken (which may, now and then, leave it valid). */
export function brokenInput(schema: Schema): fc.Arbitrary<unknown> {
  const notAnObject = fc.constantFrom<unknown>(null, 'input', 42, [], [{}], true);
  const broken = shapedValue(schema).chain((value) => {
    const sites = sitesOf(schema, value);
    return fc.constantFrom(...sites).chain((site) => editsFor(site).map((edit) => applyEdit(value, site.path, edit)));
  });
  return fc.oneof({ weight: 1, arbitrary: notAnObject }, { weight: 9, arbitrary: broken });
}

/** Whether a schema has an id anywhere in it: only then can an input of fresh ids name something unknown. */
export function mentionsIds(schema: Schema): boolean {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'string') return bagOf(inner).format === 'uuid';
  if (def.type === 'object') return Object.values((def as z.core.$ZodObjectDef).shape).some(mentionsIds);
  if (def.type === 'array') return mentionsIds((def as z.core.$ZodArrayDef).element);
  if (def.type === 'union') return (def as z.core.$ZodUnionDef).options.some(mentionsIds);
  if (def.type === 'pipe') return mentionsIds((def as z.core.$ZodPipeDef).in);
  return false;
}
