import type { ChainHead } from '@pledge/core';

/** An event to append: the subject it belongs to and its body as canonical JSON (RFC 8785). */
export interface ConsentAppend {
  /** Keyed pseudonym of the subject, for {@link ConsentStore.readSubject}. */
  readonly subjectRef: string;
  /** The event body as canonical JSON text. This exact text is what the chain hashes. */
  readonly canonicalBody: string;
}

/** An event as stored: its place in the tenant's chain and the canonical text it hashes. */
export interface StoredConsentEvent {
  /** Position in the tenant's chain, from 1, without gaps. */
  readonly seq: number;
  /** Hash of the previous event (`GENESIS_HASH` for seq 1). */
  readonly prevHash: string;
  /** `linkHashOfCanonical(seq, prevHash, canonicalBody)` from `@pledge/core`. */
  readonly hash: string;
  /** The body exactly as appended. */
  readonly canonicalBody: string;
}

/** Options for {@link ConsentStore.append}. */
export interface ConsentAppendOptions {
  /**
   * Makes a retried command safe: a second append with the same key and the same events
   * returns the events stored the first time and appends nothing.
   */
  readonly idempotencyKey?: string;
  /**
   * What makes two calls "the same command" for the idempotency key. Defaults to the canonical
   * bodies; a ledger passes a digest of the validated input instead, because a retry builds new
   * event ids and timestamps.
   */
  readonly fingerprint?: string;
}

/**
 * The port a consent ledger stores its evidence through. One append-only hash chain per tenant.
 *
 * Adapters (memory, PostgreSQL, PGlite, or a third party's) prove themselves by running
 * `describeConsentStoreConformance` from `@pledge/consent/testing`.
 */
export interface ConsentStore {
  /**
   * Appends `events` to the end of `tenant`'s chain, in order, as one atomic batch.
   *
   * - MUST assign consecutive `seq` numbers continuing the chain (the first event of a tenant is
   *   1) and compute each `prevHash`/`hash` with `linkHashOfCanonical` from `@pledge/core`.
   * - MUST serialise appends per tenant (a lock on the chain head or an equivalent): two
   *   concurrent appends MUST NOT produce two events with the same `seq` or the same `prevHash`
   *   (a fork), and MUST NOT lose either batch.
   * - MUST write all events of the batch or none of them.
   * - With an `idempotencyKey` already used for this tenant: MUST return the events stored under
   *   that key and append nothing when the fingerprint (or, without one, the canonical bodies)
   *   is identical, and MUST reject with `ConflictError` (from `@pledge/core`) when it differs.
   * - MUST NOT alter `canonicalBody` in any way (not even whitespace): the hash covers it.
   * - Returns the stored events of the batch, in order.
   */
  append(
    tenant: string,
    events: readonly ConsentAppend[],
    options?: ConsentAppendOptions,
  ): Promise<readonly StoredConsentEvent[]>;

  /** The tenant's chain head: `EMPTY_CHAIN_HEAD` from `@pledge/core` when it has no events. */
  head(tenant: string): Promise<ChainHead>;

  /**
   * Events of `tenant` with `seq > afterSeq` (default 0), in `seq` order, at most `limit`
   * (default 1000). MUST return only that tenant's events.
   */
  readChain(
    tenant: string,
    options?: { readonly afterSeq?: number; readonly limit?: number },
  ): Promise<readonly StoredConsentEvent[]>;

  /** All events of `tenant` appended for `subjectRef`, in `seq` order. MUST NOT return another tenant's events. */
  readSubject(tenant: string, subjectRef: string): Promise<readonly StoredConsentEvent[]>;
}

/**
 * Where per-subject encryption keys live. Destroying a subject's key crypto-shreds the sealed
 * identifying details of all their events. Keep it apart from the event store (and its backups)
 * where you can: a key that survives in a backup is not destroyed.
 */
export interface SubjectKeyVault {
  /**
   * Returns the subject's key, creating it with `create()` if there is none. MUST be atomic:
   * concurrent calls for one subject MUST all receive the same key.
   */
  getOrCreateKey(tenant: string, subjectRef: string, create: () => Uint8Array): Promise<Uint8Array>;
  /** The subject's key, or undefined when none exists or it was destroyed. */
  getKey(tenant: string, subjectRef: string): Promise<Uint8Array | undefined>;
  /**
   * Destroys the key irrecoverably. MUST make later `getKey` calls return undefined and
   * `getOrCreateKey` create a new, different key. Returns whether a key existed.
   */
  destroyKey(tenant: string, subjectRef: string): Promise<boolean>;
}
