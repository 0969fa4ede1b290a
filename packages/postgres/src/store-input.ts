import { invalidInput, parseTenantId, requireText as requireCoreText } from '@pledge/core';
import { SCOPE } from './store-error.js';

/** Throws a `ValidationError` naming `field` unless `value` is a tenant id. */
export function requireTenant(value: unknown, field = 'tenant'): string {
  return parseTenantId(value, field, SCOPE);
}

/** Throws a `ValidationError` naming `field` unless `value` is a string of 1 to `max` characters. */
export function requireText(value: unknown, field: string, max: number): string {
  return requireCoreText(value, field, max, SCOPE);
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
