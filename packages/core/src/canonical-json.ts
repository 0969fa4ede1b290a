import { invalidInput } from './validate.js';

/** A value that has exactly one canonical JSON form. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

const SCOPE = '@pledge/core';

/**
 * Serialises a JSON value canonically per RFC 8785 (JSON Canonicalization Scheme): no
 * whitespace, object members sorted by the UTF-16 code units of their names, numbers in the
 * ECMAScript shortest round-trip form (`1e+21`, `0.000001`, `-0` as `0`), strings escaped as
 * `JSON.stringify` does. The same data always gives the same bytes, so its hash is stable.
 *
 * Throws a `ValidationError` for what JSON cannot carry: `undefined`, functions, symbols,
 * bigints, non-finite numbers, cycles, and objects other than plain objects and arrays (turn a
 * `Date` into an ISO string first).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  try {
    return serialise(value, []);
  } catch (error) {
    if (error !== NOT_JSON) throw error;
  }
  // Only on failure: walk again, tracking the path, to name the offending field.
  const parts: string[] = [];
  write(value, [], new Set<object>(), parts);
  return parts.join('');
}

const NOT_JSON = Symbol('not-json');

// The fast path: string building without path bookkeeping; throws NOT_JSON on anything that
// is not JSON, and the caller re-walks to report where.
function serialise(value: unknown, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw NOT_JSON;
      return Object.is(value, -0) ? '0' : String(value);
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.includes(value)) throw NOT_JSON;
      ancestors.push(value);
      let out: string;
      if (Array.isArray(value)) {
        out = '[';
        for (let index = 0; index < value.length; index++) {
          if (index > 0) out += ',';
          out += serialise(value[index], ancestors);
        }
        out += ']';
      } else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) throw NOT_JSON;
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).sort();
        out = '{';
        for (let index = 0; index < keys.length; index++) {
          const key = keys[index] as string;
          const member = record[key];
          if (member === undefined) throw NOT_JSON;
          if (index > 0) out += ',';
          out += `${JSON.stringify(key)}:${serialise(member, ancestors)}`;
        }
        out += '}';
      }
      ancestors.pop();
      return out;
    }
    default:
      throw NOT_JSON;
  }
}

function fail(path: readonly (string | number)[], message: string): never {
  return invalidInput({ scope: SCOPE, field: 'value' }, 'not_json', message, path);
}

function write(value: unknown, path: (string | number)[], seen: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(path, 'expected a finite number');
      // ECMAScript Number-to-String is the RFC 8785 number form; -0 serialises as 0.
      out.push(Object.is(value, -0) ? '0' : String(value));
      return;
    case 'object': {
      if (value === null) {
        out.push('null');
        return;
      }
      if (seen.has(value)) fail(path, 'expected a value without cycles');
      seen.add(value);
      if (Array.isArray(value)) {
        out.push('[');
        for (let index = 0; index < value.length; index++) {
          if (index > 0) out.push(',');
          path.push(index);
          write(value[index], path, seen, out);
          path.pop();
        }
        out.push(']');
      } else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) {
          fail(path, 'expected a plain object or array');
        }
        // Default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires.
        const keys = Object.keys(value).sort();
        out.push('{');
        let first = true;
        for (const key of keys) {
          const member = (value as Record<string, unknown>)[key];
          path.push(key);
          if (member === undefined) fail(path, 'expected a JSON value, not undefined');
          if (!first) out.push(',');
          first = false;
          out.push(JSON.stringify(key), ':');
          write(member, path, seen, out);
          path.pop();
        }
        out.push('}');
      }
      seen.delete(value);
      return;
    }
    default:
      fail(path, `expected a JSON value, not ${typeof value}`);
  }
}
