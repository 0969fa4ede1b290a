import { ConflictError, PledgeError, StoreUnavailableError } from '@pledge/core';

export const SCOPE = '@pledge/postgres';

// Node socket errors raised before a session exists: the server was never reached.
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
// Socket errors on an established session: the server went away mid-operation.
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/**
 * Turns a driver error into a Pledge error. Messages are fixed texts: a driver message may
 * contain the connection string, a password or a parameter value, so it stays in `cause`.
 */
export function toStoreError(error: unknown, phase: 'connect' | 'query'): Error {
  if (PledgeError.isInstance(error)) return error;
  const code = codeOf(error);
  const message = messageOf(error);
  if (code !== undefined && CONNECT_CODES.has(code)) {
    return new StoreUnavailableError({ scope: SCOPE, reason: 'connection-failed', cause: error });
  }
  if (code !== undefined && LOST_CODES.has(code)) {
    return new StoreUnavailableError({ scope: SCOPE, reason: 'connection-lost', cause: error });
  }
  // SQLSTATE 57P01..57P03: administrator or crash shutdown, cannot connect now.
  if (code === '57P01' || code === '57P02' || code === '57P03') {
    return new StoreUnavailableError({ scope: SCOPE, reason: 'connection-lost', cause: error });
  }
  // Class 08 (connection exception), 28 (invalid authorisation), 3D000 (no such database).
  if (code?.startsWith('08') || code?.startsWith('28') || code === '3D000') {
    return new StoreUnavailableError({
      scope: SCOPE,
      reason: phase === 'connect' ? 'connection-failed' : 'connection-lost',
      cause: error,
    });
  }
  if (
    /Connection terminated|Client has encountered a connection error|not queryable/i.test(message)
  ) {
    return new StoreUnavailableError({ scope: SCOPE, reason: 'connection-lost', cause: error });
  }
  // 42P01 undefined table, 3F000 undefined schema: the schema was never migrated (or dropped).
  if (code === '42P01' || code === '3F000') {
    return new StoreUnavailableError({ scope: SCOPE, reason: 'migration-missing', cause: error });
  }
  // 40001 serialization failure, 40P01 deadlock: the write lost a race and wrote nothing.
  if (code === '40001' || code === '40P01') {
    return new ConflictError({ scope: SCOPE, resource: 'transaction', cause: error });
  }
  // 23505 unique violation: a row with this key (a chain position, a request id) exists
  // already. The locks make this unreachable through the stores alone; another writer to the
  // same tables (a second copy of the schema's tables, a manual insert) can still cause it.
  if (code === '23505') {
    return new ConflictError({ scope: SCOPE, resource: 'unique-key', cause: error });
  }
  if (phase === 'connect') {
    // A malformed connection string fails inside the driver with a TypeError or URIError.
    return new StoreUnavailableError({ scope: SCOPE, reason: 'connection-failed', cause: error });
  }
  return new StoreUnavailableError({ scope: SCOPE, reason: 'query-failed', cause: error });
}
