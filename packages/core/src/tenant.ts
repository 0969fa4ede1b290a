import { invalidInput } from './validate.js';

// One tenant shape across every package and store: it keys chains, tables and shards
// (DESIGN §5), so an id one package accepts must never be refused by another.
const TENANT_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Text describing a valid tenant id, for error messages and schemas. */
export const TENANT_ID_RULE = 'expected 1 to 64 letters, digits, dots, underscores or hyphens';

/** True when `value` is a tenant id: 1 to 64 letters, digits, dots, underscores or hyphens. */
export function isTenantId(value: unknown): boolean {
  return typeof value === 'string' && TENANT_ID.test(value);
}

/** Returns `value` when it is a tenant id, or throws a `ValidationError` naming `field`. */
export function parseTenantId(value: unknown, field = 'tenant', scope = '@pledge/core'): string {
  if (!isTenantId(value)) invalidInput({ scope, field }, 'invalid_tenant', TENANT_ID_RULE);
  return value as string;
}
