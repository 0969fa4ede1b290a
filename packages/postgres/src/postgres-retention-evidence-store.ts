import {
  type ChainHead,
  ConflictError,
  EMPTY_CHAIN_HEAD,
  invalidInput,
  requireInteger,
  requireJsonText,
} from '@pledge/core';
import type { RetentionEvidenceEntry, RetentionEvidenceStore } from '@pledge/retention';
import type { SqlExecutor, SqlQueryable } from './sql-executor.js';
import { SCOPE } from './store-error.js';
import { requireOptions, requireTenant, requireText } from './store-input.js';

function requireEntry(value: unknown): RetentionEvidenceEntry {
  const entry = requireOptions(value, 'entry', true);
  requireTenant(entry.tenant, 'entry.tenant');
  requireInteger(entry.seq, 'entry.seq', 1, Number.MAX_SAFE_INTEGER, SCOPE);
  requireText(entry.prevHash, 'entry.prevHash', 128);
  requireText(entry.hash, 'entry.hash', 128);
  if (entry.idempotencyKey !== undefined)
    requireText(entry.idempotencyKey, 'entry.idempotencyKey', 200);
  if (typeof entry.body !== 'object' || entry.body === null) {
    invalidInput({ scope: SCOPE, field: 'entry.body' }, 'invalid_type', 'expected an object');
  }
  return value as RetentionEvidenceEntry;
}

/**
 * Retention evidence on PostgreSQL or PGlite: one chain per tenant whose head row is locked
 * for each append, so the compare (is `entry.seq` the head's `seq + 1`?) and the write are
 * one atomic step across connections.
 */
export function createPostgresRetentionEvidenceStore(
  executor: SqlExecutor,
  quoted: string,
  ready: () => Promise<void>,
): RetentionEvidenceStore {
  const table = `${quoted}.retention_evidence`;
  const heads = `${quoted}.retention_heads`;

  async function lockHead(tx: SqlQueryable, tenant: string): Promise<ChainHead> {
    const select = `SELECT seq, hash FROM ${heads} WHERE tenant = $1 FOR UPDATE`;
    let [row] = await tx.query<{ seq: string | number; hash: string }>(select, [tenant]);
    if (!row) {
      await tx.query(
        `INSERT INTO ${heads} (tenant, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (tenant) DO NOTHING`,
        [tenant, EMPTY_CHAIN_HEAD.hash],
      );
      [row] = await tx.query<{ seq: string | number; hash: string }>(select, [tenant]);
    }
    if (!row) throw new ConflictError({ scope: SCOPE, resource: 'retention-evidence-chain' });
    return { seq: Number(row.seq), hash: row.hash };
  }

  return {
    async head(tenant) {
      requireTenant(tenant);
      await ready();
      const [row] = await executor.query<{ seq: string | number; hash: string }>(
        `SELECT seq, hash FROM ${heads} WHERE tenant = $1`,
        [tenant],
      );
      return row && Number(row.seq) > 0
        ? { seq: Number(row.seq), hash: row.hash }
        : EMPTY_CHAIN_HEAD;
    },

    async append(entry) {
      requireEntry(entry);
      const text = requireJsonText(entry, 'entry', SCOPE);
      await ready();
      return executor.transaction(async (tx) => {
        const head = await lockHead(tx, entry.tenant);
        if (entry.idempotencyKey !== undefined) {
          const [earlier] = await tx.query<{ entry: string }>(
            `SELECT entry FROM ${table} WHERE tenant = $1 AND idempotency_key = $2`,
            [entry.tenant, entry.idempotencyKey],
          );
          if (earlier) return JSON.parse(earlier.entry) as RetentionEvidenceEntry;
        }
        if (entry.seq !== head.seq + 1 || entry.prevHash !== head.hash) {
          throw new ConflictError({
            scope: SCOPE,
            resource: 'retention-evidence-chain',
            // As the in-memory adapter reports it: the seq given, and the one the head allows.
            expected: entry.seq,
            actual: head.seq + 1,
          });
        }
        await tx.query(
          `WITH inserted AS (
             INSERT INTO ${table} (tenant, seq, prev_hash, hash, idempotency_key, entry)
             VALUES ($1, $2, $3, $4, $5, $6)
           )
           UPDATE ${heads} SET seq = $2, hash = $4 WHERE tenant = $1`,
          [entry.tenant, entry.seq, entry.prevHash, entry.hash, entry.idempotencyKey ?? null, text],
        );
        return JSON.parse(text) as RetentionEvidenceEntry;
      });
    },

    async list(tenant, options) {
      requireTenant(tenant);
      const opts = requireOptions(options, 'options');
      const afterSeq =
        opts.afterSeq === undefined
          ? 0
          : requireInteger(opts.afterSeq, 'options.afterSeq', 0, Number.MAX_SAFE_INTEGER, SCOPE);
      const limit =
        opts.limit === undefined
          ? null
          : requireInteger(opts.limit, 'options.limit', 0, 1_000_000, SCOPE);
      await ready();
      const rows = await executor.query<{ entry: string }>(
        `SELECT entry FROM ${table} WHERE tenant = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [tenant, afterSeq, limit],
      );
      return rows.map((row) => JSON.parse(row.entry) as RetentionEvidenceEntry);
    },
  };
}
