import {
  invalidInput,
  isRecord,
  parseTenantId,
  requireInteger,
  requireJsonText,
  requireText,
} from '@pledge/core';
import type { DsrListFilter, DsrWrite, DsrWriteOptions } from './dsr-store.js';
import { DSR_STATES, type DsrState } from './request.js';

// The in-memory adapter checks its arguments as strictly as the PostgreSQL one: the port is
// public, and a store called with garbage must refuse it before touching anything.
const SCOPE = '@pledge/dsr';

function fail(field: string, code: string, message: string): never {
  return invalidInput({ scope: SCOPE, field }, code, message);
}

/** The tenant argument of a store call. */
export function storeTenant(value: unknown): string {
  return parseTenantId(value, 'tenant', SCOPE);
}

/** An id or key argument of a store call: 1 to 200 characters. */
export function storeKey(value: unknown, field: string): string {
  return requireText(value, field, 200, SCOPE);
}

/** A write: the request after the events, and the events as hash-chained JSON. */
export function storeWrite(value: unknown): DsrWrite {
  if (!isRecord(value) || !isRecord(value.request))
    fail('write.request', 'invalid_type', 'expected an object');
  const request = value.request as Record<string, unknown>;
  storeKey(request.id, 'write.request.id');
  requireInteger(request.version, 'write.request.version', 0, Number.MAX_SAFE_INTEGER, SCOPE);
  if (!DSR_STATES.includes(request.state as DsrState)) {
    fail('write.request.state', 'invalid_value', 'expected a DSR state');
  }
  if (!Array.isArray(value.events)) fail('write.events', 'invalid_type', 'expected an array');
  value.events.forEach((event: unknown, index: number) => {
    if (
      !isRecord(event) ||
      typeof event.hash !== 'string' ||
      typeof event.prevHash !== 'string' ||
      !isRecord(event.body)
    ) {
      fail(
        `write.events[${index}]`,
        'invalid_type',
        'expected a chained event with body, prevHash and hash',
      );
    }
  });
  // Stored as JSON by every adapter, and cloned by this one.
  requireJsonText(value, 'write', SCOPE);
  return value as unknown as DsrWrite;
}

/** The options of a write: an idempotency key with its fingerprint, or nothing. */
export function storeWriteOptions(value: unknown): DsrWriteOptions | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) fail('options', 'invalid_type', 'expected an object');
  if (value.idempotency === undefined) return value as DsrWriteOptions;
  if (!isRecord(value.idempotency))
    fail('options.idempotency', 'invalid_type', 'expected an object');
  storeKey(value.idempotency.key, 'options.idempotency.key');
  storeKey(value.idempotency.fingerprint, 'options.idempotency.fingerprint');
  return value as DsrWriteOptions;
}

/** A list filter: known states and a limit. */
export function storeListFilter(value: unknown): DsrListFilter {
  if (value === undefined) return {};
  if (!isRecord(value)) fail('filter', 'invalid_type', 'expected an object');
  if (value.states !== undefined) {
    if (!Array.isArray(value.states)) fail('filter.states', 'invalid_type', 'expected an array');
    value.states.forEach((state: unknown, index: number) => {
      if (!DSR_STATES.includes(state as DsrState))
        fail(`filter.states[${index}]`, 'invalid_value', 'expected a DSR state');
    });
  }
  if (value.limit !== undefined) requireInteger(value.limit, 'filter.limit', 0, 1_000_000, SCOPE);
  return value as DsrListFilter;
}
