import {
  appendLink,
  type ChainHead,
  ConflictError,
  createSimulatedClock,
  EMPTY_CHAIN_HEAD,
  PledgeError,
} from '@pledge/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAction, verifyRetentionEvidence } from '../record-action.js';
import type {
  RetentionEvidenceBody,
  RetentionEvidenceEntry,
  RetentionEvidenceStore,
} from '../retention-evidence-store.js';

/** How the conformance suite gets a store to test. */
export interface RetentionEvidenceStoreConformanceOptions {
  /** Name of the adapter, shown in the test report. */
  readonly name: string;
  /** A fresh, empty store for each test. */
  readonly createStore: () => RetentionEvidenceStore | Promise<RetentionEvidenceStore>;
  /** Releases what `createStore` made (connections, schemas). */
  readonly teardown?: (store: RetentionEvidenceStore) => void | Promise<void>;
}

function body(tenant: string, rows: number): RetentionEvidenceBody {
  return {
    tenant,
    ruleId: 'server-logs',
    stageIndex: 0,
    action: 'delete',
    rows,
    mode: 'live',
    recordedAt: '2026-03-16T00:00:00.000Z',
  };
}

function entryAfter(
  head: ChainHead,
  tenant: string,
  rows: number,
  idempotencyKey?: string,
): RetentionEvidenceEntry {
  const content = body(tenant, rows);
  return {
    tenant,
    ...appendLink(head, content),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    body: content,
  };
}

async function conflictOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (ConflictError.isInstance(error)) return 'CONFLICT';
    return PledgeError.isInstance(error) ? error.code : 'not-a-pledge-error';
  }
  return undefined;
}

/**
 * Registers a vitest `describe` block proving that a {@link RetentionEvidenceStore} adapter keeps
 * the port's promises: atomic compare-and-append, per-tenant chains ordered by `seq`,
 * idempotency keys returning the stored entry, tenant-scoped reads, and entries stored exactly
 * as given. Call it from the adapter's test file.
 *
 * @example
 * ```ts
 * describeRetentionEvidenceStoreConformance({
 *   name: 'memory',
 *   createStore: () => createMemoryRetentionEvidenceStore(),
 * });
 * ```
 */
export function describeRetentionEvidenceStoreConformance(
  options: RetentionEvidenceStoreConformanceOptions,
): void {
  describe(`RetentionEvidenceStore conformance: ${options.name}`, () => {
    let store: RetentionEvidenceStore;
    beforeEach(async () => {
      store = await options.createStore();
    });
    afterEach(async () => {
      await options.teardown?.(store);
    });

    it('starts with an empty chain per tenant', async () => {
      expect(await store.head('t1')).toEqual(EMPTY_CHAIN_HEAD);
      expect(await store.list('t1')).toEqual([]);
    });

    it('appends in order and returns the entry exactly as given', async () => {
      const first = entryAfter(EMPTY_CHAIN_HEAD, 't1', 10);
      expect(await store.append(first)).toEqual(first);
      const second = entryAfter(first, 't1', 0);
      await store.append(second);
      expect(await store.head('t1')).toEqual({ seq: 2, hash: second.hash });
      expect(await store.list('t1')).toEqual([first, second]);
    });

    it('rejects an append after a stale head with CONFLICT and writes nothing', async () => {
      const first = entryAfter(EMPTY_CHAIN_HEAD, 't1', 1);
      await store.append(first);
      const stale = entryAfter(EMPTY_CHAIN_HEAD, 't1', 2);
      expect(await conflictOf(store.append(stale))).toBe('CONFLICT');
      const gap = { ...entryAfter(first, 't1', 3), seq: 5 };
      expect(await conflictOf(store.append(gap))).toBe('CONFLICT');
      expect(await store.list('t1')).toEqual([first]);
    });

    it('lets exactly one of two concurrent appends after the same head through', async () => {
      const a = entryAfter(EMPTY_CHAIN_HEAD, 't1', 1);
      const b = entryAfter(EMPTY_CHAIN_HEAD, 't1', 2);
      const results = await Promise.allSettled([store.append(a), store.append(b)]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(await store.list('t1')).toHaveLength(1);
    });

    it('returns the stored entry for a repeated idempotency key without appending', async () => {
      const first = entryAfter(EMPTY_CHAIN_HEAD, 't1', 7, 'sweep-2026-03-16');
      await store.append(first);
      const retry = entryAfter(first, 't1', 7, 'sweep-2026-03-16');
      expect(await store.append(retry)).toEqual(first);
      expect(await store.list('t1')).toEqual([first]);
      // The same key in another tenant is another entry.
      const other = entryAfter(EMPTY_CHAIN_HEAD, 't2', 7, 'sweep-2026-03-16');
      expect(await store.append(other)).toEqual(other);
    });

    it('keeps tenants apart', async () => {
      const one = entryAfter(EMPTY_CHAIN_HEAD, 't1', 1);
      const two = entryAfter(EMPTY_CHAIN_HEAD, 't2', 2);
      await store.append(one);
      await store.append(two);
      expect(await store.list('t1')).toEqual([one]);
      expect(await store.list('t2')).toEqual([two]);
      expect((await store.head('t2')).seq).toBe(1);
    });

    it('pages with afterSeq and limit, in seq order', async () => {
      let head: ChainHead = EMPTY_CHAIN_HEAD;
      for (let rows = 0; rows < 5; rows++) {
        const entry = entryAfter(head, 't1', rows);
        await store.append(entry);
        head = entry;
      }
      const page = await store.list('t1', { afterSeq: 1, limit: 2 });
      expect(page.map((entry) => entry.seq)).toEqual([2, 3]);
      expect((await store.list('t1', { afterSeq: 4 })).map((entry) => entry.seq)).toEqual([5]);
    });

    it('gives a chain that verifies after concurrent recordAction calls', async () => {
      const clock = createSimulatedClock('2026-03-16T00:00:00Z');
      await Promise.all(
        Array.from({ length: 8 }, (_, rows) =>
          recordAction(
            { store, clock },
            { tenant: 't1', ruleId: 'server-logs', action: 'delete', rows },
          ),
        ),
      );
      const check = await verifyRetentionEvidence(store, 't1');
      expect(check).toMatchObject({ ok: true, count: 8 });
    });

    it('does not let a caller mutate stored entries through returned objects', async () => {
      const first = entryAfter(EMPTY_CHAIN_HEAD, 't1', 1);
      const returned = await store.append(first);
      (returned.body as { rows: number }).rows = 999;
      const [listed] = await store.list('t1');
      (listed?.body as { rows: number }).rows = 998;
      expect((await store.list('t1'))[0]?.body.rows).toBe(1);
      expect((await verifyRetentionEvidence(store, 't1')).ok).toBe(true);
    });
  });
}
