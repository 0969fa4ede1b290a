import { invalidInput, isRecord } from '@pledge/core';

// Hand-written checks instead of zod schemas: zod is not tree-shakable enough for the 8 kB
// browser budget of this package, and the input shapes are small. Each check reads one value
// and returns it, or throws a `ValidationError` naming where it sits. Messages never echo
// values. The check factories are marked free of side effects, so that the checks a host does
// not call (a map's, a report's) are left out of its bundle.

/** Where a value sits: the argument's name, then keys and indexes (`['map', 'flows', 2, 'to']`). */
export type Path = readonly [field: string, ...at: (string | number)[]];

/** Reads one value at `path`, or throws a `ValidationError` naming the path. */
export type Check<Value> = (value: unknown, path: Path) => Value;

/** Throws a `ValidationError` for the value at `path`. */
export function fail(path: Path, code: string, message: string): never {
  const [field, ...at] = path;
  return invalidInput({ scope: '@pledge/transfers', field }, code, message, at);
}

/** An object, or a `ValidationError`. */
export function objectAt(value: unknown, path: Path): Record<string, unknown> {
  return isRecord(value) ? value : fail(path, 'invalid_type', 'expected an object');
}

/** Checks by key, for {@link record} and {@link fields}. */
export type Checks = Readonly<Record<string, Check<unknown>>>;

function readFields<Shape>(groups: readonly Checks[], others: boolean): Check<Shape> {
  const checks = Object.entries(Object.assign({}, ...groups) as Checks);
  const allowed = checks.map(([key]) => key);
  return (value, path) => {
    const raw = objectAt(value, path);
    if (!others && Object.keys(raw).some((key) => !allowed.includes(key))) {
      fail(path, 'unrecognized_keys', `unknown key(s); expected ${allowed.join(', ')}`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of checks) {
      const read = check(raw[key], [...path, key]);
      if (read !== undefined) out[key] = read;
    }
    return out as Shape;
  };
}

/**
 * An object with only the keys of `groups`, each read by its check, in order, into a copy that
 * leaves out what reads as `undefined`; `Shape` names the type the checks produce.
 */
/* @__NO_SIDE_EFFECTS__ */
export function record<Shape = Record<string, unknown>>(...groups: Checks[]): Check<Shape> {
  return readFields(groups, false);
}

/** Like {@link record}, but other keys of the object are allowed and left out of the copy. */
/* @__NO_SIDE_EFFECTS__ */
export function fields<Shape = Record<string, unknown>>(checks: Checks): Check<Shape> {
  return readFields([checks], true);
}

/** `check`, or `undefined` when the value is absent. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<Value>(check: Check<Value>): Check<Value | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

/** One of `values`. */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<Value extends string | number>(values: readonly Value[]): Check<Value> {
  return (value, path) =>
    values.includes(value as Value)
      ? (value as Value)
      : fail(path, 'invalid_value', `expected one of ${values.join(' | ')}`);
}

/** A boolean. */
export const bool: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'invalid_type', 'expected a boolean');

/** A whole number from 0. */
export const count: Check<number> = (value, path) =>
  Number.isSafeInteger(value) && (value as number) >= 0
    ? (value as number)
    : fail(path, 'invalid_number', 'expected a whole number from 0');

/** A non-empty string of at most 200 characters that passes `accept` (`expected` says what). */
/* @__NO_SIDE_EFFECTS__ */
export function text(
  accept: (text: string) => boolean = () => true,
  expected = 'a non-empty string',
): Check<string> {
  return (value, path) =>
    typeof value === 'string' && value.length > 0 && value.length <= 200 && accept(value)
      ? value
      : fail(path, 'invalid_string', `expected ${expected}`);
}

/** An array of at most `max` items, each read by `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function list<Item>(item: Check<Item>, max = 1000): Check<Item[]> {
  return (value, path) =>
    Array.isArray(value) && value.length <= max
      ? value.map((entry, index) => item(entry, [...path, index]))
      : fail(path, 'invalid_type', `expected an array of at most ${max} items`);
}
