import { invalidInput } from '@pledge/core';

// Hand-written checks instead of zod schemas: zod is not tree-shakable enough for the 8 kB
// browser budget of this package, and the input shapes are small. Messages never echo values.

const SCOPE = '@pledge/transfers';

/** A path below the root argument, e.g. `['flows', 2, 'to']`. */
export type Path = readonly (string | number)[];

/** Throws a `ValidationError` for `field` at `path`. */
export function fail(field: string, path: Path, code: string, message: string): never {
  return invalidInput({ scope: SCOPE, field }, code, message, path);
}

/** A plain object with only `allowed` keys. */
export function objectAt(
  value: unknown,
  allowed: readonly string[],
  field: string,
  path: Path = [],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(field, path, 'invalid_type', 'expected an object');
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    fail(field, path, 'unrecognized_keys', `unknown key(s); expected ${allowed.join(', ')}`);
  }
  return record;
}

/** One of `values`. */
export function enumAt<Value extends string | number>(
  value: unknown,
  values: readonly Value[],
  field: string,
  path: Path,
): Value {
  if (!values.includes(value as Value)) {
    fail(field, path, 'invalid_value', `expected one of ${values.join(' | ')}`);
  }
  return value as Value;
}

/** A boolean, or `undefined` when absent. */
export function optionalBooleanAt(value: unknown, field: string, path: Path): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    fail(field, path, 'invalid_type', 'expected a boolean');
  }
  return value;
}

/** A whole number from 0, or `undefined` when absent. */
export function optionalCountAt(value: unknown, field: string, path: Path): number | undefined {
  if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0)) {
    fail(field, path, 'invalid_number', 'expected a whole number from 0');
  }
  return value as number | undefined;
}

/** A non-empty string of at most 200 characters that passes `accept`. */
export function stringAt(
  value: unknown,
  field: string,
  path: Path,
  accept: (text: string) => boolean = () => true,
  expected = 'a non-empty string',
): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200 || !accept(value)) {
    fail(field, path, 'invalid_string', `expected ${expected}`);
  }
  return value;
}

/** An array (at most `max` items) whose items pass `item`, or `undefined` when absent. */
export function optionalListAt<Item>(
  value: unknown,
  field: string,
  path: Path,
  item: (entry: unknown, at: Path) => Item,
  max = 1000,
): Item[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > max) {
    fail(field, path, 'invalid_type', `expected an array of at most ${max} items`);
  }
  return value.map((entry, index) => item(entry, [...path, index]));
}
