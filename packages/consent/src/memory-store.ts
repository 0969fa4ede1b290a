import {
  type ChainHead,
  ConflictError,
  EMPTY_CHAIN_HEAD,
  invalidInput,
  linkHashOfCanonical,
  sha256Hex,
} from '@pledge/core';
import type {
  ConsentAppend,
  ConsentAppendOptions,
  ConsentStore,
  StoredConsentEvent,
  SubjectKeyVault,
} from './consent-store.js';
import {
  storeAppendBatch,
  storeAppendOptions,
  storeReadRange,
  storeTenant,
  storeText,
} from './store-input.js';

interface TenantChain {
  readonly events: StoredConsentEvent[];
  readonly bySubject: Map<string, StoredConsentEvent[]>;
  readonly idempotency: Map<
    string,
    { readonly digest: string; readonly events: readonly StoredConsentEvent[] }
  >;
}

/**
 * An in-memory {@link ConsentStore} for tests, browsers and single-process hosts. Appends are
 * atomic because each one runs to completion without awaiting; events are frozen on write.
 *
 * @example
 * ```ts
 * const store = createMemoryConsentStore();
 * ```
 */
export function createMemoryConsentStore(): ConsentStore {
  const tenants = new Map<string, TenantChain>();
  const chainOf = (tenant: string): TenantChain => {
    let chain = tenants.get(tenant);
    if (!chain) {
      chain = { events: [], bySubject: new Map(), idempotency: new Map() };
      tenants.set(tenant, chain);
    }
    return chain;
  };

  return {
    async append(
      tenant: string,
      events: readonly ConsentAppend[],
      optionsInput?: ConsentAppendOptions,
    ) {
      storeTenant(tenant);
      storeAppendBatch(events);
      const options = storeAppendOptions(optionsInput);
      const chain = chainOf(tenant);
      const key = options.idempotencyKey;
      const digest =
        key === undefined
          ? ''
          : (options.fingerprint ??
            sha256Hex(events.map((event) => event.canonicalBody).join('\n')));
      if (key !== undefined) {
        const earlier = chain.idempotency.get(key);
        if (earlier) {
          if (earlier.digest !== digest) {
            throw new ConflictError({
              scope: '@pledge/consent',
              resource: 'consent-idempotency-key',
              message: 'idempotency key reused with different events',
            });
          }
          return earlier.events;
        }
      }
      const last = chain.events[chain.events.length - 1];
      let prevHash = last?.hash ?? EMPTY_CHAIN_HEAD.hash;
      let seq = last?.seq ?? 0;
      // Compute the whole batch before touching the chain, so a failure writes nothing.
      const stored = events.map((event) => {
        seq += 1;
        const hash = linkHashOfCanonical(seq, prevHash, event.canonicalBody);
        const entry = Object.freeze({ seq, prevHash, hash, canonicalBody: event.canonicalBody });
        prevHash = hash;
        return { entry, subjectRef: event.subjectRef };
      });
      for (const { entry, subjectRef } of stored) {
        chain.events.push(entry);
        const list = chain.bySubject.get(subjectRef);
        if (list) list.push(entry);
        else chain.bySubject.set(subjectRef, [entry]);
      }
      const result = Object.freeze(stored.map(({ entry }) => entry));
      if (key !== undefined) chain.idempotency.set(key, { digest, events: result });
      return result;
    },

    async head(tenant: string): Promise<ChainHead> {
      storeTenant(tenant);
      const last = tenants.get(tenant)?.events.at(-1);
      return last ? { seq: last.seq, hash: last.hash } : EMPTY_CHAIN_HEAD;
    },

    async readChain(
      tenant: string,
      range?: { readonly afterSeq?: number; readonly limit?: number },
    ) {
      storeTenant(tenant);
      const options = storeReadRange(range);
      const events = tenants.get(tenant)?.events ?? [];
      const afterSeq = options.afterSeq ?? 0;
      const limit = options.limit ?? 1000;
      // seq n sits at index n - 1.
      return events.slice(afterSeq, afterSeq + limit);
    },

    async readSubject(tenant: string, subjectRef: string) {
      storeTenant(tenant);
      storeText(subjectRef, 'subjectRef');
      return [...(tenants.get(tenant)?.bySubject.get(subjectRef) ?? [])];
    },
  };
}

/**
 * An in-memory {@link SubjectKeyVault}. Keys are copied in and out, so a caller cannot keep a
 * destroyed key alive by holding the vault's array.
 */
export function createMemorySubjectKeyVault(): SubjectKeyVault {
  const keys = new Map<string, Uint8Array>();
  const id = (tenant: string, subjectRef: string) => `${tenant}\u0000${subjectRef}`;
  return {
    async getOrCreateKey(tenant, subjectRef, create) {
      storeTenant(tenant);
      storeText(subjectRef, 'subjectRef');
      if (typeof create !== 'function') {
        invalidInput(
          { scope: '@pledge/consent', field: 'create' },
          'invalid_type',
          'expected a function',
        );
      }
      const existing = keys.get(id(tenant, subjectRef));
      if (existing) return existing.slice();
      const created: unknown = create();
      if (!(created instanceof Uint8Array) || created.length < 16) {
        invalidInput(
          { scope: '@pledge/consent', field: 'create' },
          'invalid_key',
          'expected a function returning a key of at least 16 bytes',
        );
      }
      const key = created.slice();
      keys.set(id(tenant, subjectRef), key);
      return key.slice();
    },
    async getKey(tenant, subjectRef) {
      storeTenant(tenant);
      storeText(subjectRef, 'subjectRef');
      return keys.get(id(tenant, subjectRef))?.slice();
    },
    async destroyKey(tenant, subjectRef) {
      storeTenant(tenant);
      storeText(subjectRef, 'subjectRef');
      const existing = keys.get(id(tenant, subjectRef));
      if (!existing) return false;
      existing.fill(0);
      keys.delete(id(tenant, subjectRef));
      return true;
    },
  };
}
