// No API reads or writes across tenants. Each attempt below goes through the public stores,
// with a tenant id an attacker might choose, and must see nothing of the other tenant.

import { canonicalJson, EMPTY_CHAIN_HEAD, ValidationError } from '@pledge/core';
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
