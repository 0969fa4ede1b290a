import type { ChainLink } from '@pledge/core';
import type { DsrRequest, DsrState } from './request.js';
import type { DsrAuditBody } from './transition.js';

/**
 * One stored audit event: a hash-chain link (`seq`, `prevHash`, `hash`) over its
 * {@link DsrAuditBody}. A valid `ChainEntry` for core's `verifyChain`.
 */
export type StoredDsrEvent = ChainLink & {
  /** What the hash covers. */
  readonly body: DsrAuditBody;
};

/** A write to the store: the request as it is after the events, and the events themselves. */
export interface DsrWrite {
  /** The request after applying `events`; its `version` equals the last event's `seq`. */
  readonly request: DsrRequest;
  /** New audit events, in order, continuing the request's chain. */
  readonly events: readonly StoredDsrEvent[];
}

/** Options of a write. */
export interface DsrWriteOptions {
  /**
   * The caller's idempotency key for the command that produced the write, with a fingerprint
   * of the command's content.
   */
  readonly idempotency?: { readonly key: string; readonly fingerprint: string };
}

/** What a write did. */
export type DsrWriteResult =
  | { readonly status: 'written'; readonly request: DsrRequest }
  /** The idempotency key was seen before with the same fingerprint: nothing was written. */
  | { readonly status: 'replayed'; readonly request: DsrRequest };

/** Filter for {@link DsrStore.list}. */
export interface DsrListFilter {
  /** Only requests in these states (default: all). */
  readonly states?: readonly DsrState[];
  /** At most this many (default: all). */
  readonly limit?: number;
}

/**
 * The persistence port of `@pledge/dsr`. The in-memory adapter (`createMemoryDsrStore`) and
 * `@pledge/postgres` implement it; `describeDsrStoreConformance` from `@pledge/dsr/testing`
 * proves an adapter keeps every promise below.
 *
 * Model: each request has an append-only list of audit events forming one hash chain
 * (`seq` 1, 2, …) and a current projection (`DsrRequest`) whose `version` equals the chain
 * length. The service computes both; the store keeps them consistent and safe under
 * concurrency.
 *
 * Every method takes `tenant` first. Implementations MUST scope every read and write to it:
 * a request of one tenant MUST NOT be visible to, or overwritten by, another, even with the
 * same request id.
 *
 * Stores never decide legal questions and never compute deadlines: they persist what the
 * pure engine produced.
 */
export interface DsrStore {
  /**
   * Creates a request with its first event(s).
   *
   * - MUST write the request and all events atomically: after a failure, neither is visible.
   * - MUST throw `ConflictError` (from `@pledge/core`) when a request with this id already
   *   exists for the tenant, unless the idempotency rule below applies.
   * - With `options.idempotency`: if the key was already used in this tenant with the same
   *   fingerprint, MUST NOT write and MUST return `{ status: 'replayed', request }` with the
   *   request as it is now; with a different fingerprint, MUST throw `ConflictError`.
   * - MUST store events as given (`seq`, `prevHash`, `hash`, `body`) and return bodies that
   *   are JSON-equal to what was written (key order may change: the hash covers the RFC 8785
   *   canonical form), so the chain verifies after a round-trip; the first event has `seq` 1.
   */
  create(tenant: string, write: DsrWrite, options?: DsrWriteOptions): Promise<DsrWriteResult>;

  /**
   * Appends events to an existing request and replaces its projection.
   *
   * - MUST succeed only if the stored `version` equals `expectedVersion` (optimistic
   *   concurrency); otherwise MUST throw `ConflictError` with `expected` and `actual` and
   *   write nothing. Of two concurrent appends with the same `expectedVersion`, exactly one
   *   succeeds.
   * - MUST throw `ConflictError` when the request does not exist for the tenant (`actual`
   *   undefined).
   * - MUST write events and projection atomically, and MUST NOT modify or delete earlier
   *   events (append-only).
   * - Idempotency as for {@link DsrStore.create}: a replayed key with the same fingerprint
   *   writes nothing and returns the current request; a different fingerprint throws
   *   `ConflictError`. A key is remembered per tenant for at least as long as the request.
   */
  append(
    tenant: string,
    requestId: string,
    expectedVersion: number,
    write: DsrWrite,
    options?: DsrWriteOptions,
  ): Promise<DsrWriteResult>;

  /** The current projection, or `undefined`. MUST return a value not shared with the store (mutating it changes nothing stored). */
  get(tenant: string, requestId: string): Promise<DsrRequest | undefined>;

  /** Every event of the request in `seq` order (empty when unknown). MUST NOT omit or reorder any. */
  events(tenant: string, requestId: string): Promise<readonly StoredDsrEvent[]>;

  /**
   * The command an idempotency key was first used for in this tenant, or `undefined`. The
   * service consults it before evaluating a command, so a retried command returns the
   * original result instead of being evaluated against a state it already changed.
   */
  lookupIdempotencyKey(
    tenant: string,
    key: string,
  ): Promise<{ readonly requestId: string; readonly fingerprint: string } | undefined>;

  /** Requests of the tenant matching the filter, in ascending id order. */
  list(tenant: string, filter?: DsrListFilter): Promise<readonly DsrRequest[]>;
}
