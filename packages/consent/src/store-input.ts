import { invalidInput, isRecord, parseTenantId, requireInteger, requireText } from '@pledge/core';
import type { ConsentAppend, ConsentAppendOptions } from './consent-store.js';

// The in-memory adapters check their arguments as strictly as the PostgreSQL ones: the ports
// are public, and a store called with garbage must refuse it before touching anything.
const SCOPE = '@pledge/consent';

function fail(field: string, code: string, message: string): never {
  return invalidInput({ scope: SCOPE, field }, code, message);
}

/** The tenant argument of a store call. */
export function storeTenant(value: unknown): string {
  return parseTenantId(value, 'tenant', SCOPE);
}

/** A text argument of a store call: 1 to `max` characters. */
export function storeText(value: unknown, field: string, max = 512): string {
  return requireText(value, field, max, SCOPE);
}

/** A batch of events to append: subject references and canonical JSON bodies. */
export function storeAppendBatch(value: unknown): readonly ConsentAppend[] {
  if (!Array.isArray(value)) fail('events', 'invalid_type', 'expected an array');
  value.forEach((event: unknown, index: number) => {
    if (!isRecord(event)) fail(`events[${index}]`, 'invalid_type', 'expected an object');
    storeText(event.subjectRef, `events[${index}].subjectRef`);
    storeText(event.canonicalBody, `events[${index}].canonicalBody`, 10_000_000);
  });
  return value as readonly ConsentAppend[];
}

/** The options of an append: an idempotency key and its fingerprint, both optional. */
export function storeAppendOptions(value: unknown): ConsentAppendOptions {
  if (value === undefined) return {};
  if (!isRecord(value)) fail('options', 'invalid_type', 'expected an object');
  if (value.idempotencyKey !== undefined)
    storeText(value.idempotencyKey, 'options.idempotencyKey', 200);
  if (value.fingerprint !== undefined) storeText(value.fingerprint, 'options.fingerprint', 200);
  return value as ConsentAppendOptions;
}

/** The range of a chain read. */
export function storeReadRange(value: unknown): {
  readonly afterSeq?: number;
  readonly limit?: number;
} {
  if (value === undefined) return {};
  if (!isRecord(value)) fail('options', 'invalid_type', 'expected an object');
  if (value.afterSeq !== undefined)
    requireInteger(value.afterSeq, 'options.afterSeq', 0, Number.MAX_SAFE_INTEGER, SCOPE);
  if (value.limit !== undefined)
    requireInteger(value.limit, 'options.limit', 1, Number.MAX_SAFE_INTEGER, SCOPE);
  return value as { readonly afterSeq?: number; readonly limit?: number };
}
