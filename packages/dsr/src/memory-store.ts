import { ConflictError, requireInteger } from '@pledge/core';
import type {
  DsrListFilter,
  DsrStore,
  DsrWrite,
  DsrWriteOptions,
  DsrWriteResult,
  StoredDsrEvent,
} from './dsr-store.js';
import type { DsrRequest } from './request.js';
import {
  storeKey,
  storeListFilter,
  storeTenant,
  storeWrite,
  storeWriteOptions,
} from './store-input.js';

const SCOPE = '@pledge/dsr';

interface Entry {
  request: DsrRequest;
  events: StoredDsrEvent[];
}

/**
 * An in-memory {@link DsrStore} for tests, browsers and demos. Each call works on its own
 * copies (`structuredClone`), and every check-and-write runs synchronously, so concurrent
 * appends in one process are serialised exactly as the port requires. Data lives as long as
 * the returned object.
 *
 * @example
 * ```ts
 * const service = createDsrService({ store: createMemoryDsrStore(), clock: systemClock });
 * ```
 */
export function createMemoryDsrStore(): DsrStore {
  const requests = new Map<string, Entry>();
  const keys = new Map<string, { fingerprint: string; requestId: string }>();
  const slot = (tenant: string, id: string) => JSON.stringify([tenant, id]);

  function replay(
    tenant: string,
    options: DsrWriteOptions | undefined,
  ): DsrWriteResult | undefined {
    if (options?.idempotency === undefined) return undefined;
    const seen = keys.get(slot(tenant, options.idempotency.key));
    if (seen === undefined) return undefined;
    if (seen.fingerprint !== options.idempotency.fingerprint) {
      throw new ConflictError({
        scope: SCOPE,
        resource: 'dsr-idempotency-key',
        message: 'idempotency key reused with different content',
      });
    }
    const entry = requests.get(slot(tenant, seen.requestId));
    if (entry === undefined) return undefined;
    return { status: 'replayed', request: structuredClone(entry.request) };
  }

  function remember(tenant: string, requestId: string, options: DsrWriteOptions | undefined): void {
    if (options?.idempotency === undefined) return;
    keys.set(slot(tenant, options.idempotency.key), {
      fingerprint: options.idempotency.fingerprint,
      requestId,
    });
  }

  return {
    async create(tenant: string, write: DsrWrite, options?: DsrWriteOptions) {
      storeTenant(tenant);
      storeWrite(write);
      storeWriteOptions(options);
      const replayed = replay(tenant, options);
      if (replayed) return replayed;
      const key = slot(tenant, write.request.id);
      if (requests.has(key)) {
        throw new ConflictError({
          scope: SCOPE,
          resource: 'dsr-request',
          expected: 0,
          actual: requests.get(key)?.request.version ?? 0,
        });
      }
      requests.set(key, {
        request: structuredClone(write.request),
        events: structuredClone([...write.events]),
      });
      remember(tenant, write.request.id, options);
      return { status: 'written', request: structuredClone(write.request) };
    },
    async append(tenant, requestId, expectedVersion, write, options) {
      storeTenant(tenant);
      storeKey(requestId, 'requestId');
      requireInteger(expectedVersion, 'expectedVersion', 0, Number.MAX_SAFE_INTEGER, SCOPE);
      storeWrite(write);
      storeWriteOptions(options);
      const replayed = replay(tenant, options);
      if (replayed) return replayed;
      const entry = requests.get(slot(tenant, requestId));
      if (entry === undefined) {
        throw new ConflictError({
          scope: SCOPE,
          resource: 'dsr-request',
          expected: expectedVersion,
        });
      }
      if (entry.request.version !== expectedVersion) {
        throw new ConflictError({
          scope: SCOPE,
          resource: 'dsr-request',
          expected: expectedVersion,
          actual: entry.request.version,
        });
      }
      entry.events.push(...structuredClone([...write.events]));
      entry.request = structuredClone(write.request);
      remember(tenant, requestId, options);
      return { status: 'written', request: structuredClone(write.request) };
    },
    async get(tenant, requestId) {
      storeTenant(tenant);
      storeKey(requestId, 'requestId');
      const entry = requests.get(slot(tenant, requestId));
      return entry === undefined ? undefined : structuredClone(entry.request);
    },
    async events(tenant, requestId) {
      storeTenant(tenant);
      storeKey(requestId, 'requestId');
      return structuredClone(requests.get(slot(tenant, requestId))?.events ?? []);
    },
    async lookupIdempotencyKey(tenant, key) {
      storeTenant(tenant);
      storeKey(key, 'key');
      const seen = keys.get(slot(tenant, key));
      return seen === undefined ? undefined : { ...seen };
    },
    async list(tenant, filterInput?: DsrListFilter) {
      storeTenant(tenant);
      const filter = storeListFilter(filterInput);
      const found: DsrRequest[] = [];
      for (const entry of requests.values()) {
        if (entry.request.tenant !== tenant) continue;
        if (filter.states !== undefined && !filter.states.includes(entry.request.state)) continue;
        found.push(structuredClone(entry.request));
      }
      found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return filter.limit === undefined ? found : found.slice(0, filter.limit);
    },
  };
}
