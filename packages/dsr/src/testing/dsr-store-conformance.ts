import { appendLink, ConflictError, EMPTY_CHAIN_HEAD, verifyChain } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import type { DsrStore, StoredDsrEvent } from '../dsr-store.js';
import type { DsrRequest } from '../request.js';
import type { DsrAuditBody } from '../transition.js';

/** Options for {@link describeDsrStoreConformance}. */
export interface DsrStoreConformanceOptions {
  /** Adapter name shown in the test titles. */
  readonly name: string;
  /** Returns a fresh, empty store for each test. */
  readonly createStore: () => DsrStore | Promise<DsrStore>;
  /** Releases a store after its test (close connections, drop schemas). */
  readonly teardown?: (store: DsrStore) => void | Promise<void>;
}

function isConflict(error: unknown): boolean {
  return ConflictError.isInstance(error);
}

async function conflictOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return undefined;
}

function requestFixture(tenant: string, id: string, version = 1): DsrRequest {
  return {
    id,
    tenant,
    type: 'access',
    subject: 'p-1',
    jurisdiction: 'DE',
    regimes: ['gdpr'],
    timeZone: 'UTC',
    state: 'received',
    version,
    clock: [{ kind: 'received', at: '2026-03-02T09:00:00.000Z' }],
    tasks: [],
  };
}

function eventAfter(
  head: { seq: number; hash: string },
  request: DsrRequest,
  type: DsrAuditBody['type'],
): StoredDsrEvent {
  const body: DsrAuditBody = {
    requestId: request.id,
    tenant: request.tenant,
    type,
    at: '2026-03-02T09:00:00.000Z',
    from: type === 'receive' ? null : 'received',
    to: request.state,
  };
  return { ...appendLink(head, body), body };
}

function opening(tenant: string, id: string): { request: DsrRequest; events: StoredDsrEvent[] } {
  const request = requestFixture(tenant, id);
  return { request, events: [eventAfter(EMPTY_CHAIN_HEAD, request, 'receive')] };
}

function next(previous: { request: DsrRequest; events: readonly StoredDsrEvent[] }) {
  const last = previous.events[previous.events.length - 1]!;
  const request: DsrRequest = {
    ...previous.request,
    state: 'verifying',
    version: previous.request.version + 1,
  };
  return { request, events: [eventAfter(last, request, 'request-identity')] };
}

/**
 * Registers a vitest `describe` block proving that a {@link DsrStore} adapter keeps the port's
 * MUST / MUST NOT rules: atomic create, duplicate ids, optimistic concurrency (exactly one of
 * two racing appends wins), append-only chains that verify after a round-trip, idempotency
 * keys, tenant isolation, copies not shared with the caller, and list filters.
 *
 * @example
 * ```ts
 * import { describeDsrStoreConformance } from '@pledge/dsr/testing';
 * describeDsrStoreConformance({ name: 'memory', createStore: () => createMemoryDsrStore() });
 * ```
 */
export function describeDsrStoreConformance(options: DsrStoreConformanceOptions): void {
  describe(`DsrStore conformance: ${options.name}`, () => {
    async function withStore(run: (store: DsrStore) => Promise<void>): Promise<void> {
      const store = await options.createStore();
      try {
        await run(store);
      } finally {
        await options.teardown?.(store);
      }
    }

    it('creates a request and returns it with its events', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        const result = await store.create('t1', first);
        expect(result.status).toBe('written');
        expect(await store.get('t1', 'r1')).toEqual(first.request);
        expect(await store.events('t1', 'r1')).toEqual(first.events);
      }));

    it('rejects a duplicate id with a conflict and keeps the original', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        await store.create('t1', first);
        const other = { ...opening('t1', 'r1'), request: { ...first.request, subject: 'p-2' } };
        expect(isConflict(await conflictOf(store.create('t1', other)))).toBe(true);
        expect((await store.get('t1', 'r1'))?.subject).toBe('p-1');
      }));

    it('appends at the expected version and keeps the chain verifiable', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        await store.create('t1', first);
        const second = next(first);
        await store.append('t1', 'r1', 1, second);
        const third = next({
          request: second.request,
          events: [...first.events, ...second.events],
        });
        await store.append('t1', 'r1', 2, third);
        const events = await store.events('t1', 'r1');
        expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
        expect(verifyChain(events).ok).toBe(true);
        expect((await store.get('t1', 'r1'))?.version).toBe(3);
      }));

    it('rejects a stale version with a conflict and writes nothing', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        await store.create('t1', first);
        await store.append('t1', 'r1', 1, next(first));
        const error = await conflictOf(store.append('t1', 'r1', 1, next(first)));
        expect(isConflict(error)).toBe(true);
        expect(await store.events('t1', 'r1')).toHaveLength(2);
        expect((await store.get('t1', 'r1'))?.version).toBe(2);
      }));

    it('lets exactly one of two racing appends win', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        await store.create('t1', first);
        const results = await Promise.allSettled([
          store.append('t1', 'r1', 1, next(first)),
          store.append('t1', 'r1', 1, next(first)),
        ]);
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((result) => result.status === 'rejected');
        expect(isConflict((rejected as PromiseRejectedResult).reason)).toBe(true);
        expect(await store.events('t1', 'r1')).toHaveLength(2);
      }));

    it('rejects an append to an unknown request with a conflict', () =>
      withStore(async (store) => {
        const error = await conflictOf(
          store.append('t1', 'missing', 1, next(opening('t1', 'missing'))),
        );
        expect(isConflict(error)).toBe(true);
        expect(await store.get('t1', 'missing')).toBeUndefined();
      }));

    it('replays an idempotency key with the same fingerprint without writing', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        await store.create('t1', first);
        const idempotency = { key: 'k-1', fingerprint: 'f-1' };
        const written = await store.append('t1', 'r1', 1, next(first), { idempotency });
        expect(written.status).toBe('written');
        const again = await store.append('t1', 'r1', 1, next(first), { idempotency });
        expect(again.status).toBe('replayed');
        expect(again.request.version).toBe(2);
        expect(await store.events('t1', 'r1')).toHaveLength(2);
        expect(await store.lookupIdempotencyKey('t1', 'k-1')).toEqual({
          requestId: 'r1',
          fingerprint: 'f-1',
        });
      }));

    it('rejects an idempotency key reused with different content', () =>
      withStore(async (store) => {
        const first = opening('t1', 'r1');
        await store.create('t1', first, { idempotency: { key: 'k-1', fingerprint: 'f-1' } });
        const error = await conflictOf(
          store.create('t1', opening('t1', 'r2'), {
            idempotency: { key: 'k-1', fingerprint: 'f-2' },
          }),
        );
        expect(isConflict(error)).toBe(true);
        expect(await store.get('t1', 'r2')).toBeUndefined();
      }));

    it('keeps tenants apart, even with the same request id and key', () =>
      withStore(async (store) => {
        await store.create('t1', opening('t1', 'r1'), {
          idempotency: { key: 'k', fingerprint: 'a' },
        });
        const other = opening('t2', 'r1');
        const result = await store.create(
          't2',
          { ...other, request: { ...other.request, subject: 'p-9' } },
          { idempotency: { key: 'k', fingerprint: 'b' } },
        );
        expect(result.status).toBe('written');
        expect((await store.get('t1', 'r1'))?.subject).toBe('p-1');
        expect((await store.get('t2', 'r1'))?.subject).toBe('p-9');
        expect(await store.get('t3', 'r1')).toBeUndefined();
        expect(await store.events('t3', 'r1')).toEqual([]);
        expect((await store.list('t1')).map((request) => request.tenant)).toEqual(['t1']);
        expect(await store.lookupIdempotencyKey('t3', 'k')).toBeUndefined();
      }));

    it('hands out copies: mutating a returned request changes nothing stored', () =>
      withStore(async (store) => {
        await store.create('t1', opening('t1', 'r1'));
        const copy = (await store.get('t1', 'r1')) as { state: string };
        copy.state = 'completed';
        expect((await store.get('t1', 'r1'))?.state).toBe('received');
      }));

    it('lists by state in id order, with a limit', () =>
      withStore(async (store) => {
        for (const id of ['r3', 'r1', 'r2']) await store.create('t1', opening('t1', id));
        const first = {
          request: requestFixture('t1', 'r2'),
          events: await store.events('t1', 'r2'),
        };
        await store.append('t1', 'r2', 1, next(first));
        expect((await store.list('t1')).map((request) => request.id)).toEqual(['r1', 'r2', 'r3']);
        expect(
          (await store.list('t1', { states: ['verifying'] })).map((request) => request.id),
        ).toEqual(['r2']);
        expect(await store.list('t1', { limit: 1 })).toHaveLength(1);
      }));
  });
}
