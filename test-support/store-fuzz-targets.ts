// Fuzz targets for the three storage ports, shared by the in-memory adapters' fuzz tests and
// @pledge/postgres (PGlite and the server), so every adapter is fed the same hostile calls.
import type { ConsentStore, SubjectKeyVault } from '@pledge/consent';
import type { DsrStore } from '@pledge/dsr';
import type { RetentionEvidenceStore } from '@pledge/retention';
import type { FuzzTarget } from './fuzz.js';

type Method = (...args: readonly unknown[]) => unknown;
const method = (owner: object, name: string): Method => {
  const found = (owner as Record<string, Method>)[name];
  return (...args) => found?.apply(owner, [...args]);
};

/**
 * Targets for a consent store and key vault. `tenant` must have at least one event; appends go
 * to `scratchTenant`, whose chain length is the state compared on rejection.
 */
export function consentStoreFuzzTargets(
  store: ConsentStore,
  keys: SubjectKeyVault,
  tenants: { readonly tenant: string; readonly scratchTenant: string },
): Record<string, FuzzTarget> {
  const { tenant, scratchTenant } = tenants;
  return {
    'consentStore.append': {
      call: method(store, 'append'),
      seed: () => [
        scratchTenant,
        [{ subjectRef: 'ref-1', canonicalBody: '{"type":"fuzz"}' }],
        { idempotencyKey: 'k-append' },
      ],
      state: async () => (await store.readChain(scratchTenant)).length,
    },
    'consentStore.head': { call: method(store, 'head'), seed: () => [tenant] },
    'consentStore.readChain': {
      call: method(store, 'readChain'),
      seed: () => [tenant, { afterSeq: 0, limit: 10 }],
    },
    'consentStore.readSubject': {
      call: method(store, 'readSubject'),
      seed: () => [tenant, 'ref-1'],
    },
    'subjectKeys.getOrCreateKey': {
      call: method(keys, 'getOrCreateKey'),
      seed: () => [tenant, 'ref-key', () => new Uint8Array(32).fill(1)],
    },
    'subjectKeys.getKey': { call: method(keys, 'getKey'), seed: () => [tenant, 'ref-key'] },
    'subjectKeys.destroyKey': {
      call: method(keys, 'destroyKey'),
      seed: () => [tenant, 'ref-gone'],
    },
  };
}

/**
 * Targets for a DSR store. `seed` is a stored request with its events; writes go to
 * `scratch`, whose requests and event counts are the state compared on rejection.
 */
export function dsrStoreFuzzTargets(
  store: DsrStore,
  scratch: DsrStore,
  seed: {
    readonly tenant: string;
    readonly request: { readonly id: string; readonly version: number };
    readonly events: readonly unknown[];
  },
): Record<string, FuzzTarget> {
  const { tenant, request, events } = seed;
  const state = async () => {
    const requests = await scratch.list(tenant);
    return Promise.all(
      requests.map(async (stored) => [stored, (await scratch.events(tenant, stored.id)).length]),
    );
  };
  return {
    'dsrStore.create': {
      call: method(scratch, 'create'),
      seed: () => [
        tenant,
        { request: { ...request, id: 'r-created' }, events },
        { idempotency: { key: 'k-create', fingerprint: 'f' } },
      ],
      state,
    },
    'dsrStore.append': {
      call: method(scratch, 'append'),
      seed: () => [
        tenant,
        'r-scratch',
        request.version,
        {
          request: { ...request, id: 'r-scratch', version: request.version + 1 },
          events: events
            .slice(-1)
            .map((event) => ({ ...(event as object), seq: request.version + 1 })),
        },
        { idempotency: { key: 'k-append', fingerprint: 'f' } },
      ],
      state,
    },
    'dsrStore.get': { call: method(store, 'get'), seed: () => [tenant, request.id] },
    'dsrStore.events': { call: method(store, 'events'), seed: () => [tenant, request.id] },
    'dsrStore.list': {
      call: method(store, 'list'),
      seed: () => [tenant, { states: ['received'], limit: 10 }],
    },
    'dsrStore.lookupIdempotencyKey': {
      call: method(store, 'lookupIdempotencyKey'),
      seed: () => [tenant, 'k-1'],
    },
  };
}

/** Targets for a retention evidence store; `entry` is stored already (with an idempotency key). */
export function retentionStoreFuzzTargets(
  store: RetentionEvidenceStore,
  entry: { readonly tenant: string },
): Record<string, FuzzTarget> {
  return {
    'retentionEvidence.head': { call: method(store, 'head'), seed: () => [entry.tenant] },
    'retentionEvidence.list': {
      call: method(store, 'list'),
      seed: () => [entry.tenant, { afterSeq: 0, limit: 5 }],
    },
    'retentionEvidence.append': {
      call: method(store, 'append'),
      seed: () => [{ ...entry }],
      state: async () => (await store.list(entry.tenant)).length,
    },
  };
}
