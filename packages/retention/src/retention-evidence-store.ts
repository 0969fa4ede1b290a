import {
  type ChainHead,
  ConflictError,
  EMPTY_CHAIN_HEAD,
  invalidInput,
  parseTenantId,
  requireInteger,
  requireJsonText,
  requireText,
} from '@pledge/core';
import type { RetentionAction } from './retention-rule.js';

/** What a retention evidence entry attests: the host ran (or, in shadow mode, would run) an action. */
export interface RetentionEvidenceBody {
  /** The tenant whose data was acted on. */
  readonly tenant: string;
  /** The rule that made the action due. */
  readonly ruleId: string;
  /** The stage of the rule, when known. */
  readonly stageIndex?: number;
  /** The action run. */
  readonly action: RetentionAction;
  /** How many rows or records it affected. */
  readonly rows: number;
  /** `live`: the action was executed; `shadow`: it was only reported. */
  readonly mode: 'live' | 'shadow';
  /** When the entry was recorded (ISO 8601, from the injected clock). */
  readonly recordedAt: string;
  /** The instant the plan or SQL was computed for (ISO 8601), when given. */
  readonly evaluatedAt?: string;
  /** SHA-256 of the statement or plan that selected the rows, when given (never the rows themselves). */
  readonly selectionHash?: string;
}

/** A stored link of a tenant's retention evidence chain. */
export interface RetentionEvidenceEntry {
  /** The chain it belongs to: one chain per tenant. */
  readonly tenant: string;
  /** Position in the tenant's chain, from 1. */
  readonly seq: number;
  /** Hash of the previous entry (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 over `{ seq, prevHash, body }` (core's `linkHash`). */
  readonly hash: string;
  /** The caller's key for retries; the same key never appends twice. */
  readonly idempotencyKey?: string;
  /** What happened. */
  readonly body: RetentionEvidenceBody;
}

/** Options of {@link RetentionEvidenceStore.list}. */
export interface RetentionEvidenceListOptions {
  /** Only entries with `seq` greater than this. */
  readonly afterSeq?: number;
  /** At most this many entries. */
  readonly limit?: number;
}

/**
 * The port for retention evidence: an append-only, per-tenant hash chain. `@pledge/postgres`
 * implements it; `describeRetentionEvidenceStoreConformance` (from `@pledge/retention/testing`)
 * proves an adapter.
 */
export interface RetentionEvidenceStore {
  /**
   * The head of the tenant's chain (`EMPTY_CHAIN_HEAD` from core when empty). MUST reflect every
   * append that has completed.
   */
  head(tenant: string): Promise<ChainHead>;
  /**
   * Appends one entry, atomically.
   *
   * - If `entry.idempotencyKey` is already stored for the tenant, MUST return the stored entry
   *   and MUST NOT append (even if the head moved since).
   * - Otherwise MUST append only if `entry.seq` is the current head's `seq + 1` and
   *   `entry.prevHash` its hash, checking and writing as one atomic step; if not, MUST throw a
   *   `ConflictError` (code `CONFLICT`, from `@pledge/core`) and write nothing (the caller reloads the head and
   *   retries). Two concurrent appends after the same head: exactly one succeeds.
   * - MUST store the entry exactly as given and return it. MUST NOT verify or recompute hashes
   *   (verification is the reader's job) and MUST NOT alter or delete stored entries, ever.
   */
  append(entry: RetentionEvidenceEntry): Promise<RetentionEvidenceEntry>;
  /**
   * The tenant's entries in ascending `seq`, only that tenant's (MUST NOT return another
   * tenant's entries), starting after `afterSeq` and at most `limit` of them.
   */
  list(
    tenant: string,
    options?: RetentionEvidenceListOptions,
  ): Promise<readonly RetentionEvidenceEntry[]>;
}

const SCOPE = '@pledge/retention';
const HASH = /^[0-9a-f]{64}$/;

// The in-memory adapter checks its arguments as strictly as the PostgreSQL one: the port is
// public, and a store called with garbage must refuse it before touching anything.
function storeTenant(value: unknown): string {
  return parseTenantId(value, 'tenant', SCOPE);
}

function checkEntry(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalidInput({ scope: SCOPE, field: 'entry' }, 'invalid_type', 'expected an evidence entry');
  }
  const entry = value as Partial<Record<keyof RetentionEvidenceEntry, unknown>>;
  parseTenantId(entry.tenant, 'entry.tenant', SCOPE);
  requireInteger(entry.seq, 'entry.seq', 1, Number.MAX_SAFE_INTEGER, SCOPE);
  for (const field of ['prevHash', 'hash'] as const) {
    if (typeof entry[field] !== 'string' || !HASH.test(entry[field] as string)) {
      invalidInput(
        { scope: SCOPE, field: `entry.${field}` },
        'invalid_hash',
        'expected 64 lower-case hex digits',
      );
    }
  }
  if (entry.idempotencyKey !== undefined) {
    requireText(entry.idempotencyKey, 'entry.idempotencyKey', 200, SCOPE);
  }
  // Stored as JSON by every adapter, and cloned by this one.
  requireJsonText(value, 'entry', SCOPE);
}

function checkRange(value: unknown): { readonly afterSeq?: number; readonly limit?: number } {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalidInput({ scope: SCOPE, field: 'options' }, 'invalid_type', 'expected an object');
  }
  const range = value as { readonly afterSeq?: unknown; readonly limit?: unknown };
  if (range.afterSeq !== undefined)
    requireInteger(range.afterSeq, 'options.afterSeq', 0, Number.MAX_SAFE_INTEGER, SCOPE);
  if (range.limit !== undefined)
    requireInteger(range.limit, 'options.limit', 0, Number.MAX_SAFE_INTEGER, SCOPE);
  return range as { readonly afterSeq?: number; readonly limit?: number };
}

/**
 * An in-memory {@link RetentionEvidenceStore} for tests, browsers and single-process hosts.
 * Appends are atomic because JavaScript runs them to completion between awaits.
 *
 * @example
 * ```ts
 * const store = createMemoryRetentionEvidenceStore();
 * await recordAction({ store, clock: systemClock }, { tenant: 't1', ruleId: 'server-logs', action: 'delete', rows: 12 });
 * ```
 */
export function createMemoryRetentionEvidenceStore(): RetentionEvidenceStore {
  const chains = new Map<string, RetentionEvidenceEntry[]>();
  const keys = new Map<string, RetentionEvidenceEntry>();
  const chainOf = (tenant: string) => {
    let chain = chains.get(tenant);
    if (chain === undefined) {
      chain = [];
      chains.set(tenant, chain);
    }
    return chain;
  };
  return {
    async head(tenant) {
      storeTenant(tenant);
      const last = chains.get(tenant)?.at(-1);
      return last === undefined ? EMPTY_CHAIN_HEAD : { seq: last.seq, hash: last.hash };
    },
    async append(entry) {
      checkEntry(entry);
      const keyed =
        entry.idempotencyKey === undefined
          ? undefined
          : keys.get(JSON.stringify([entry.tenant, entry.idempotencyKey]));
      if (keyed !== undefined) return keyed;
      const chain = chainOf(entry.tenant);
      const last = chain.at(-1);
      const head = last === undefined ? EMPTY_CHAIN_HEAD : { seq: last.seq, hash: last.hash };
      if (entry.seq !== head.seq + 1 || entry.prevHash !== head.hash) {
        throw new ConflictError({
          scope: '@pledge/retention',
          resource: 'retention-evidence-chain',
          expected: entry.seq,
          actual: head.seq + 1,
          message: 'retention evidence chain head changed concurrently',
        });
      }
      const stored = structuredClone(entry);
      chain.push(stored);
      if (entry.idempotencyKey !== undefined) {
        keys.set(JSON.stringify([entry.tenant, entry.idempotencyKey]), stored);
      }
      return structuredClone(stored);
    },
    async list(tenant, range) {
      storeTenant(tenant);
      const options = checkRange(range);
      const after = options.afterSeq ?? 0;
      const limit = options.limit ?? Number.POSITIVE_INFINITY;
      const result: RetentionEvidenceEntry[] = [];
      for (const entry of chains.get(tenant) ?? []) {
        if (entry.seq <= after) continue;
        if (result.length >= limit) break;
        result.push(structuredClone(entry));
      }
      return result;
    },
  };
}
