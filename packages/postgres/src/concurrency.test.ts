// DESIGN §5: appends to one chain are serialised per chain. Eight writers append 5,000 events
// each to one tenant at once; the chain must hold all 40,000, numbered 1..40000, and verify.
// DSR transitions use optimistic concurrency on `version` instead.
import type { ConsentStore, StoredConsentEvent } from '@pledge/consent';
import {
  appendLink,
  ConflictError,
  canonicalJson,
  EMPTY_CHAIN_HEAD,
  verifyChain,
} from '@pledge/core';
import type { DsrRequest } from '@pledge/dsr';
import { uniqueTenant } from '@pledge/testkit';
import { describe, expect, it } from 'vitest';
import { pgliteStores, postgres, serverStores } from './test-support/test-databases.js';

const WRITERS = 8;
const EVENTS_PER_WRITER = 5000;
const BATCH = 50;

async function writeConcurrently(store: ConsentStore, tenant: string): Promise<void> {
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let start = 0; start < EVENTS_PER_WRITER; start += BATCH) {
        const batch = Array.from({ length: BATCH }, (_, i) => ({
          subjectRef: `s${(start + i) % 97}`,
          canonicalBody: canonicalJson({ writer, n: start + i }),
        }));
        await store.append(tenant, batch);
      }
    }),
  );
}

async function readAll(store: ConsentStore, tenant: string): Promise<StoredConsentEvent[]> {
  const chain: StoredConsentEvent[] = [];
  for (;;) {
    const page = await store.readChain(tenant, { afterSeq: chain.length, limit: 10_000 });
    if (page.length === 0) return chain;
    chain.push(...page);
  }
}

function expectWholeChain(chain: readonly StoredConsentEvent[]): void {
  const total = WRITERS * EVENTS_PER_WRITER;
  expect(chain.length).toBe(total);
  // No gaps and no duplicates: seq i sits at index i - 1.
  expect(chain.every((event, index) => event.seq === index + 1)).toBe(true);
  // Every writer's every event is there exactly once.
  expect(new Set(chain.map((event) => event.canonicalBody)).size).toBe(total);
  expect(verifyChain(chain)).toMatchObject({ ok: true, count: total });
}

describe.skipIf(!postgres.available)(
  'PostgreSQL server: 8 writers × 5,000 events, one chain',
  () => {
    it('keeps 40,000 events, seq 1..40000 without gaps, and the chain verifies', async () => {
      // One connection per writer, so the appends really do race on the server.
      const { stores, drop } = await serverStores(WRITERS);
      try {
        const tenant = uniqueTenant('race');
        await writeConcurrently(stores.consent, tenant);
        expectWholeChain(await readAll(stores.consent, tenant));
        expect(await stores.consent.head(tenant)).toMatchObject({
          seq: WRITERS * EVENTS_PER_WRITER,
        });
      } finally {
        await drop();
      }
    });
  },
);

describe('PGlite: 8 concurrent writers × 5,000 events, one chain', () => {
  it('serialises them on its single connection; the chain verifies', async () => {
    const { stores, close } = await pgliteStores();
    try {
      const tenant = uniqueTenant('race');
      await writeConcurrently(stores.consent, tenant);
      expectWholeChain(await readAll(stores.consent, tenant));
    } finally {
      await close();
    }
  });
});

describe.skipIf(!postgres.available)('PostgreSQL server: DSR optimistic concurrency', () => {
  it('of 8 writers racing from one version on 8 connections, exactly one wins; the rest get a typed conflict', async () => {
    const { stores, drop } = await serverStores(WRITERS);
    const tenant = uniqueTenant('dsr');
    try {
      const request = {
        id: 'r1',
        tenant,
        type: 'access',
        subject: 'p-1',
        jurisdiction: 'DE',
        regimes: ['gdpr'],
        timeZone: 'UTC',
        state: 'received',
        version: 1,
        clock: [{ kind: 'received', at: '2026-03-02T09:00:00.000Z' }],
        tasks: [],
      } as unknown as DsrRequest;
      const body = (to: string) =>
        ({ requestId: 'r1', tenant, type: 'receive', at: '2026-03-02T09:00:00.000Z', to }) as never;
      const first = { ...appendLink(EMPTY_CHAIN_HEAD, body('received')), body: body('received') };
      await stores.dsr.create(tenant, { request, events: [first] });
      const results = await Promise.allSettled(
        Array.from({ length: WRITERS }, (_, writer) => {
          const next = { ...appendLink(first, body(`w${writer}`)), body: body(`w${writer}`) };
          return stores.dsr.append(tenant, 'r1', 1, {
            request: { ...request, state: 'verifying', version: 2 },
            events: [next],
          });
        }),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        expect(ConflictError.isInstance(result.reason)).toBe(true);
        expect(result.reason).toMatchObject({ expected: 1, actual: 2 });
      }
      const events = await stores.dsr.events(tenant, 'r1');
      expect(events.map((event) => event.seq)).toEqual([1, 2]);
      expect(verifyChain(events).ok).toBe(true);

      // The same command retried on 8 connections at once: written once, replayed 7 times.
      const retried = await Promise.all(
        Array.from({ length: WRITERS }, () =>
          stores.dsr.create(
            tenant,
            { request: { ...request, id: 'r2' }, events: [first] },
            { idempotency: { key: 'create-r2', fingerprint: 'f' } },
          ),
        ),
      );
      const statuses = retried.map((result) => result.status);
      expect(statuses.filter((status) => status === 'written')).toHaveLength(1);
      expect(statuses.filter((status) => status === 'replayed')).toHaveLength(WRITERS - 1);
      expect(await stores.dsr.events(tenant, 'r2')).toHaveLength(1);
    } finally {
      await drop();
    }
  });
});
