import type { z } from 'zod';
import { ValidationError, type ValidationIssue } from './validation-error.js';

/** Where a value came from, so an error can name the field. */
export interface InputContext {
  /** The package validating, e.g. `@pledge/dsr`. */
  readonly scope: string;
  /** The name of the argument or field at the root of the path, e.g. `request`. */
  readonly field: string;
}

/** Joins path segments into `a.b[0].c`, with `root` first. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  if (typeof root !== 'string' || !Array.isArray(path)) {
    invalidInput(
      { scope: '@pledge/core', field: 'path' },
      'invalid_type',
      'expected a root string and an array of segments',
    );
  }
  let out = root;
  for (const raw of path) {
    const segment = pathSegment(raw);
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/**
 * Parses `input` with a zod schema, or throws a {@link ValidationError} that names every bad
 * field from `context.field` down. Engines call this at each public entry point before
 * touching any store.
 *
 * @example
 * ```ts
 * const request = parseInput(requestSchema, body, { scope: '@pledge/dsr', field: 'request' });
 * ```
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  context: InputContext,
): z.output<Schema> {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
    invalidInput(
      { scope: '@pledge/core', field: 'schema' },
      'invalid_type',
      'expected a zod schema',
    );
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.map(pathSegment);
    return {
      field: formatPath(context.field, path),
      path: [context.field, ...path],
      code: issue.code,
      message: describeIssue(issue),
    };
  });
  throw new ValidationError({ scope: context.scope, issues, cause: result.error });
}

/**
 * Throws a {@link ValidationError} with a single issue.
 *
 * @param message What was expected; MUST NOT contain the rejected value.
 */
export function invalidInput(
  context: InputContext,
  code: string,
  message: string,
  path: readonly (string | number)[] = [],
): never {
  throw new ValidationError({
    scope: context.scope,
    issues: [
      {
        field: formatPath(context.field, path),
        path: [context.field, ...path.map(pathSegment)],
        code,
        message,
      },
    ],
  });
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]{0,39}$/;
const KEY = /^[A-Za-z0-9_$][A-Za-z0-9_$-]{0,63}$/;

/**
 * A path segment as errors show it. A key of a caller's map (a purpose id, a category) is
 * shown when it looks like an identifier; anything else (an e-mail address used as a key,
 * free text) becomes `*`, because a key can itself be personal data.
 */
function pathSegment(segment: PropertyKey): string | number {
  if (typeof segment === 'number') return segment;
  // Anything but a string or symbol (a caller's object in a path) is shown as `*`.
  const text =
    typeof segment === 'symbol' ? String(segment) : typeof segment === 'string' ? segment : '';
  return KEY.test(text) ? text : '*';
}

// zod's own messages describe the expectation ("expected string, received number") and never
// the value itself, except for custom refinements, which Pledge writes without values.
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    return `expected one of ${issue.values.map(String).join(' | ')}`;
  }
  if (issue.code === 'unrecognized_keys') {
    // Keys are named only when they look like identifiers: a key can itself be personal data.
    const named = issue.keys.filter((key) => IDENTIFIER.test(key));
    const hidden = issue.keys.length - named.length;
    const parts = [...named, ...(hidden > 0 ? [`${hidden} other`] : [])];
    return `unknown key(s) ${parts.join(', ')}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/**
 * Returns `value` when it is a whole number within `[min, max]`, or throws a
 * {@link ValidationError} naming `field`.
 */
export function requireInteger(
  value: unknown,
  field: string,
  min: number,
  max: number,
  scope = '@pledge/core',
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalidInput(
      { scope, field },
      'invalid_number',
      `expected a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

/**
 * Returns `value` when it is a string of 1 to `max` characters, or throws a
 * {@link ValidationError} naming `field` (the message never contains the value). Stores use it
 * for ids, keys and hashes arriving through their ports.
 *
 * @example
 * ```ts
 * requireText(requestId, 'requestId', 200, '@pledge/dsr');
 * ```
 */
export function requireText(
  value: unknown,
  field: string,
  max: number,
  scope = '@pledge/core',
): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    invalidInput({ scope, field }, 'invalid_string', `expected a string of 1 to ${max} characters`);
  }
  return value;
}

/**
 * `value` as JSON text, or a {@link ValidationError} naming `field` when a store could not keep
 * it faithfully: a BigInt or a cycle (JSON cannot carry them), a function or a symbol (JSON
 * would drop them silently, a structured clone refuses them).
 *
 * @example
 * ```ts
 * const text = requireJsonText(write, 'write', '@pledge/postgres');
 * ```
 */
export function requireJsonText(value: unknown, field: string, scope = '@pledge/core'): string {
  let text: string | undefined;
  try {
    structuredClone(value);
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    invalidInput(
      { scope, field },
      'invalid_type',
      'expected values JSON can carry (no functions, symbols, BigInts or cycles)',
    );
  }
  return text;
}

/** True for a plain object (not `null`, not an array): the shape every Pledge input record has. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns `value` when it is a plain object whose keys are all in `keys` (any keys when `keys`
 * is left out), or throws a {@link ValidationError} naming `field`. An unknown key is reported
 * without its name: a key can itself be personal data.
 *
 * @example
 * ```ts
 * const band = requireRecord(input.ageBand, 'query.ageBand', ['min', 'max'], '@pledge/age-gate');
 * ```
 */
export function requireRecord(
  value: unknown,
  field: string,
  keys?: readonly string[],
  scope = '@pledge/core',
): Record<string, unknown> {
  if (!isRecord(value)) invalidInput({ scope, field }, 'invalid_type', 'expected an object');
  if (keys !== undefined && Object.keys(value).some((key) => !keys.includes(key))) {
    invalidInput({ scope, field }, 'unrecognized_keys', `unknown key; expected ${keys.join(', ')}`);
  }
  return value;
}

/**
 * Returns `value` when it is one of `allowed`, or throws a {@link ValidationError} naming
 * `field` and listing the allowed values (never the rejected one).
 *
 * @example
 * ```ts
 * const purpose = requireOneOf(input.purpose, PURPOSES, 'query.purpose', '@pledge/age-gate');
 * ```
 */
export function requireOneOf<Value extends string | number>(
  value: unknown,
  allowed: readonly Value[],
  field: string,
  scope = '@pledge/core',
): Value {
  if (!allowed.includes(value as Value)) {
    invalidInput({ scope, field }, 'invalid_value', `expected one of ${allowed.join(' | ')}`);
  }
  return value as Value;
}
