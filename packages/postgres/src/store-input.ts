import { invalidInput, parseTenantId } from '@pledge/core';
import { SCOPE } from './store-error.js';

/** Throws a `ValidationError` naming `field` unless `value` is a tenant id. */
export function requireTenant(value: unknown, field = 'tenant'): string {
  return parseTenantId(value, field, SCOPE);
}

/** Throws a `ValidationError` naming `field` unless `value` is a string of 1 to `max` characters. */
export function requireText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    invalidInput(
      { scope: SCOPE, field },
      'invalid_string',
      `expected a string of 1 to ${max} characters`,
    );
  }
  return value;
}

/** Throws a `ValidationError` naming `field` unless `value` is a plain object (or undefined). */
export function requireOptions(
  value: unknown,
  field: string,
  required = false,
): Record<string, unknown> {
  if (value === undefined && !required) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected an object');
  }
  return value as Record<string, unknown>;
}

/**
 * `value` as JSON text, or a `ValidationError` naming `field` when JSON cannot carry it (a
 * BigInt, a cycle): the driver would otherwise fail with an untyped error.
 */
export function jsonText(value: unknown, field: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected JSON-serialisable values');
  }
  return text;
}
