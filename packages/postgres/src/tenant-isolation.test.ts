// No API reads or writes across tenants. Each attempt below goes through the public stores,
// with a tenant id an attacker might choose, and must see nothing of the other tenant.

import { createConsentLedger } from '@pledge/consent';
import {
  canonicalJson,
  createSimulatedClock,
  EMPTY_CHAIN_HEAD,
  PledgeError,
  ValidationError,
} from '@pledge/core';
import { createDsrService } from '@pledge/dsr';
import { recordAction, verifyRetentionEvidence } from '@pledge/retention';
import { uniqueTenant } from '@pledge/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import type { PostgresStores } from './index.js';
import { pgliteStores, postgres, serverStores } from './test-support/test-databases.js';

const body = (n: number) => canonicalJson({ n, secret: 'tenant-a-only' });

function describeIsolation(
  name: string,
  setup: () => Promise<{ stores: PostgresStores; end: () => Promise<void> }>,
) {
  describe(`${name}: tenant isolation`, () => {
    const ready = setup();
    afterAll(async () => (await ready).end());

    it('a look-alike, wildcard or injected tenant id reads nothing of tenant A', async () => {
      const { stores } = await ready;
      const a = uniqueTenant('a');
      await stores.consent.append(a, [{ subjectRef: 'ref-1', canonicalBody: body(1) }], {
        idempotencyKey: 'k',
      });
      for (const other of [a.toUpperCase(), `${a}.`, `${a.slice(0, -1)}_`, uniqueTenant('b')]) {
        expect(await stores.consent.readChain(other)).toEqual([]);
        expect(await stores.consent.readSubject(other, 'ref-1')).toEqual([]);
        expect(await stores.consent.head(other)).toEqual(EMPTY_CHAIN_HEAD);
      }
      for (const hostile of [`${a}' OR '1'='1`, `${a}%`, '%', `${a}\u0000`, '', 'x'.repeat(65)]) {
        await expect(stores.consent.readChain(hostile)).rejects.toSatisfy(
          ValidationError.isInstance,
        );
        await expect(
          stores.consent.append(hostile, [{ subjectRef: 'ref-1', canonicalBody: body(2) }]),
        ).rejects.toSatisfy(ValidationError.isInstance);
      }
      expect((await stores.consent.readChain(a)).length).toBe(1);
    });

    it('an idempotency key of tenant A neither replays nor blocks in tenant B', async () => {
      const { stores } = await ready;
      const [a, b] = [uniqueTenant('a'), uniqueTenant('b')];
      const first = await stores.consent.append(a, [{ subjectRef: 'r', canonicalBody: body(1) }], {
        idempotencyKey: 'shared-key',
      });
      const other = await stores.consent.append(b, [{ subjectRef: 'r', canonicalBody: body(9) }], {
        idempotencyKey: 'shared-key',
      });
      expect(other[0]?.canonicalBody).toBe(body(9));
      expect(other[0]?.hash).not.toBe(first[0]?.hash);
      expect((await stores.consent.readChain(a)).map((e) => e.canonicalBody)).toEqual([body(1)]);
    });

    it('a subject key of tenant A is invisible to, and not destroyable from, tenant B', async () => {
      const { stores } = await ready;
      const [a, b] = [uniqueTenant('a'), uniqueTenant('b')];
      const key = await stores.subjectKeys.getOrCreateKey(a, 'ref', () =>
        new Uint8Array(32).fill(1),
      );
      expect(await stores.subjectKeys.getKey(b, 'ref')).toBeUndefined();
      expect(await stores.subjectKeys.destroyKey(b, 'ref')).toBe(false);
      const bKey = await stores.subjectKeys.getOrCreateKey(b, 'ref', () =>
        new Uint8Array(32).fill(2),
      );
      expect(bKey).not.toEqual(key);
      expect(await stores.subjectKeys.getKey(a, 'ref')).toEqual(key);
    });

    it('through the engines: tenant B’s ledger, DSR service and evidence see nothing of tenant A', async () => {
      const { stores } = await ready;
      const [a, b] = [uniqueTenant('a'), uniqueTenant('b')];
      const clock = createSimulatedClock('2026-03-02T09:00:00Z');
      const ledger = createConsentLedger({
        store: stores.consent,
        keys: stores.subjectKeys,
        clock,
        secret: new Uint8Array(32).fill(5),
        purposes: [{ id: 'analytics', legalBasis: 'consent' }],
        policy: { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] },
      });
      const choice = {
        subject: 'p-shared',
        policyVersion: 'v1',
        jurisdiction: 'DE',
        source: 'banner',
      } as const;
      const granted = await ledger.record({
        ...choice,
        tenant: a,
        purposes: { analytics: 'granted' },
      });
      await ledger.sync({ tenant: b });
      expect(ledger.check({ tenant: b, subject: 'p-shared', purpose: 'analytics' }).outcome).toBe(
        'deny',
      );
      expect(await ledger.history({ tenant: b, subject: 'p-shared' })).toEqual([]);
      await expect(
        ledger.receipt({ tenant: b, subject: 'p-shared', eventId: granted.id }),
      ).rejects.toSatisfy(PledgeError.isInstance);
      // Forgetting the subject in B destroys nothing of A.
      await ledger.forget({ tenant: b, subject: 'p-shared' });
      expect((await ledger.history({ tenant: a, subject: 'p-shared' }))[0]?.redacted).not.toBe(
        true,
      );

      const service = createDsrService({ store: stores.dsr, clock });
      const request = await service.submit({
        tenant: a,
        type: 'access',
        subject: 'p-shared',
        jurisdiction: 'DE',
      });
      expect(await service.get({ tenant: b, requestId: request.id })).toBeUndefined();
      await expect(
        service.apply({ tenant: b, requestId: request.id, event: { type: 'verify-identity' } }),
      ).rejects.toSatisfy(PledgeError.isInstance);
      await expect(service.fulfil({ tenant: b, requestId: request.id })).rejects.toSatisfy(
        PledgeError.isInstance,
      );
      expect(await service.history({ tenant: b, requestId: request.id })).toEqual([]);
      expect(await service.due({ tenant: b, before: '2027-01-01T00:00:00Z' })).toEqual([]);
      expect((await service.get({ tenant: a, requestId: request.id }))?.state).toBe('received');

      await recordAction(
        { store: stores.retentionEvidence, clock },
        { tenant: a, ruleId: 'logs-14d', action: 'delete', rows: 3 },
      );
      expect(await stores.retentionEvidence.list(b)).toEqual([]);
      expect((await verifyRetentionEvidence(stores.retentionEvidence, b)).ok).toBe(true);
    });
  });
}

describeIsolation('PGlite', async () => {
  const { stores, close } = await pgliteStores();
  return { stores, end: close };
});

describe.skipIf(!postgres.available)('PostgreSQL server', () => {
  describeIsolation('PostgreSQL', async () => {
    const { stores, drop } = await serverStores();
    return { stores, end: drop };
  });
});
