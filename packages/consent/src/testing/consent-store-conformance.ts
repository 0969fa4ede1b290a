import { ConflictError, canonicalJson, EMPTY_CHAIN_HEAD, verifyChain } from '@pledge/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConsentAppend, ConsentStore, SubjectKeyVault } from '../consent-store.js';

/** Options of {@link describeConsentStoreConformance}. */
export interface ConsentStoreConformanceOptions {
  /** Name shown in the test report, e.g. `postgres`. */
  readonly name: string;
  /** Creates a store. Each call may share state with earlier ones; tenants keep tests apart. */
  readonly createStore: () => ConsentStore | Promise<ConsentStore>;
  /** Creates a key vault to test beside the store (optional). */
  readonly createKeyVault?: () => SubjectKeyVault | Promise<SubjectKeyVault>;
  /** Releases resources after the suite. */
  readonly teardown?: () => void | Promise<void>;
  /** Events appended by the concurrency test (default 200). */
  readonly concurrentAppends?: number;
}

/** A tenant no earlier test (or run) used, so suites can share one database. */
function freshTenant(label: string): string {
  return `t-${label}-${crypto.randomUUID()}`;
}

function event(subjectRef: string, n: number): ConsentAppend {
  return { subjectRef, canonicalBody: canonicalJson({ kind: 'test', n, subjectRef }) };
}

/**
 * Registers a vitest suite proving that a {@link ConsentStore} (and optionally a
 * {@link SubjectKeyVault}) keeps the port's contract: consecutive sequence numbers, a valid
 * hash chain, atomic batches, no fork under concurrent appends, idempotency keys, byte-exact
 * bodies and tenant isolation.
 *
 * @example
 * ```ts
 * describeConsentStoreConformance({ name: 'memory', createStore: createMemoryConsentStore });
 * ```
 */
export function describeConsentStoreConformance(options: ConsentStoreConformanceOptions): void {
  describe(`ConsentStore conformance: ${options.name}`, () => {
    if (options.teardown) afterAll(options.teardown);

    it('an unknown tenant has the empty head and no events', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('empty');
      expect(await store.head(tenant)).toEqual(EMPTY_CHAIN_HEAD);
      expect(await store.readChain(tenant)).toEqual([]);
      expect(await store.readSubject(tenant, 'nobody')).toEqual([]);
    });

    it('assigns consecutive seq from 1 and a chain that verifies', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('chain');
      const first = await store.append(tenant, [event('s1', 1), event('s2', 2)]);
      const second = await store.append(tenant, [event('s1', 3)]);
      expect([...first, ...second].map((e) => e.seq)).toEqual([1, 2, 3]);
      const chain = await store.readChain(tenant);
      expect(chain.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(verifyChain(chain)).toMatchObject({ ok: true, count: 3 });
      expect(await store.head(tenant)).toEqual({ seq: 3, hash: chain[2]?.hash });
    });

    it('keeps canonical bodies byte for byte', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('bytes');
      const body = canonicalJson({ a: 'ünïcødé ✓ 😀', b: [1, 2.5, -0.000001], c: { '\r': null } });
      await store.append(tenant, [{ subjectRef: 'x', canonicalBody: body }]);
      expect((await store.readChain(tenant))[0]?.canonicalBody).toBe(body);
    });

    it('pages through the chain with afterSeq and limit', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('page');
      await store.append(
        tenant,
        Array.from({ length: 7 }, (_, i) => event('s', i)),
      );
      expect((await store.readChain(tenant, { afterSeq: 2, limit: 3 })).map((e) => e.seq)).toEqual([
        3, 4, 5,
      ]);
      expect((await store.readChain(tenant, { afterSeq: 6 })).map((e) => e.seq)).toEqual([7]);
      expect(await store.readChain(tenant, { afterSeq: 7 })).toEqual([]);
    });

    it('reads one subject in seq order', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('subject');
      await store.append(tenant, [event('a', 1), event('b', 2), event('a', 3)]);
      expect((await store.readSubject(tenant, 'a')).map((e) => e.seq)).toEqual([1, 3]);
    });

    it('never lets one tenant read another', async () => {
      const store = await options.createStore();
      const [one, two] = [freshTenant('iso1'), freshTenant('iso2')];
      await store.append(one, [event('shared-ref', 1)]);
      expect(await store.readChain(two)).toEqual([]);
      expect(await store.readSubject(two, 'shared-ref')).toEqual([]);
      expect(await store.head(two)).toEqual(EMPTY_CHAIN_HEAD);
      await store.append(two, [event('shared-ref', 2)]);
      expect((await store.readChain(two))[0]?.seq).toBe(1);
    });

    it('does not fork or lose events under concurrent appends', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('race');
      const count = options.concurrentAppends ?? 200;
      await Promise.all(
        Array.from({ length: count }, (_, i) => store.append(tenant, [event(`s${i % 7}`, i)])),
      );
      const chain: Awaited<ReturnType<ConsentStore['readChain']>>[number][] = [];
      for (let afterSeq = 0; ; ) {
        const page = await store.readChain(tenant, { afterSeq, limit: 500 });
        if (page.length === 0) break;
        chain.push(...page);
        afterSeq = page[page.length - 1]?.seq ?? afterSeq;
      }
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(new Set(chain.map((e) => e.canonicalBody)).size).toBe(count);
      expect(verifyChain(chain).ok).toBe(true);
    });

    it('returns the first result for a repeated idempotency key and appends nothing', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('idem');
      const first = await store.append(tenant, [event('s', 1)], { idempotencyKey: 'k1' });
      const again = await store.append(tenant, [event('s', 1)], { idempotencyKey: 'k1' });
      expect(again).toEqual(first);
      expect((await store.head(tenant)).seq).toBe(1);
    });

    it('compares the fingerprint, when given, instead of the bodies', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('idem3');
      const first = await store.append(tenant, [event('s', 1)], {
        idempotencyKey: 'k',
        fingerprint: 'f1',
      });
      expect(
        await store.append(tenant, [event('s', 2)], { idempotencyKey: 'k', fingerprint: 'f1' }),
      ).toEqual(first);
      await expect(
        store.append(tenant, [event('s', 1)], { idempotencyKey: 'k', fingerprint: 'f2' }),
      ).rejects.toSatisfy(ConflictError.isInstance);
      expect((await store.head(tenant)).seq).toBe(1);
    });

    it('rejects a repeated idempotency key with different events, writing nothing', async () => {
      const store = await options.createStore();
      const tenant = freshTenant('idem2');
      await store.append(tenant, [event('s', 1)], { idempotencyKey: 'k1' });
      await expect(
        store.append(tenant, [event('s', 2)], { idempotencyKey: 'k1' }),
      ).rejects.toSatisfy(ConflictError.isInstance);
      expect((await store.head(tenant)).seq).toBe(1);
    });

    if (options.createKeyVault) {
      const createKeyVault = options.createKeyVault;
      it('key vault: concurrent getOrCreateKey returns one key per subject', async () => {
        const vault = await createKeyVault();
        const tenant = freshTenant('keys');
        let made = 0;
        const create = () => {
          made += 1;
          return crypto.getRandomValues(new Uint8Array(32));
        };
        const keys = await Promise.all(
          Array.from({ length: 20 }, () => vault.getOrCreateKey(tenant, 'ref', create)),
        );
        for (const key of keys) expect(key).toEqual(keys[0]);
        expect(made).toBeGreaterThanOrEqual(1);
        expect(await vault.getKey(tenant, 'ref')).toEqual(keys[0]);
        expect(await vault.getKey(freshTenant('other'), 'ref')).toBeUndefined();
      });

      it('key vault: a destroyed key is gone and a new one differs', async () => {
        const vault = await createKeyVault();
        const tenant = freshTenant('shred');
        const key = await vault.getOrCreateKey(tenant, 'ref', () =>
          crypto.getRandomValues(new Uint8Array(32)),
        );
        expect(await vault.destroyKey(tenant, 'ref')).toBe(true);
        expect(await vault.getKey(tenant, 'ref')).toBeUndefined();
        expect(await vault.destroyKey(tenant, 'ref')).toBe(false);
        const fresh = await vault.getOrCreateKey(tenant, 'ref', () =>
          crypto.getRandomValues(new Uint8Array(32)),
        );
        expect(fresh).not.toEqual(key);
      });
    }
  });
}
