import type {
  ConsentAppend,
  ConsentAppendOptions,
  ConsentStore,
  StoredConsentEvent,
  SubjectKeyVault,
} from '@pledge/consent';
import {
  type ChainHead,
  ConflictError,
  EMPTY_CHAIN_HEAD,
  invalidInput,
  linkHashOfCanonical,
  requireInteger,
  sha256Hex,
} from '@pledge/core';
import type { SqlExecutor } from './sql-executor.js';
import { SCOPE } from './store-error.js';
import { requireOptions, requireTenant, requireText } from './store-input.js';

/** The channel every committed consent append notifies, with a {@link ConsentChangePayload}. */
export const CONSENT_CHANNEL = 'pledge_consent';

/** JSON payload of a consent notification. */
export interface ConsentChangePayload {
  readonly schema: string;
  readonly tenant: string;
  readonly seq: number;
}

interface EventRow {
  seq: string | number;
  prev_hash: string;
  hash: string;
  canonical_body: string;
}

const toStored = (row: EventRow): StoredConsentEvent =>
  Object.freeze({
    seq: Number(row.seq),
    prevHash: row.prev_hash,
    hash: row.hash,
    canonicalBody: row.canonical_body,
  });

function requireEvents(value: unknown): readonly ConsentAppend[] {
  if (!Array.isArray(value)) {
    invalidInput({ scope: SCOPE, field: 'events' }, 'invalid_type', 'expected an array');
  }
  value.forEach((event: unknown, index) => {
    if (typeof event !== 'object' || event === null) {
      invalidInput({ scope: SCOPE, field: 'events' }, 'invalid_type', 'expected an object', [
        index,
      ]);
    }
    const { subjectRef, canonicalBody } = event as Record<string, unknown>;
    requireText(subjectRef, `events[${index}].subjectRef`, 512);
    requireText(canonicalBody, `events[${index}].canonicalBody`, 10_000_000);
  });
  return value as readonly ConsentAppend[];
}

/**
 * The consent ledger's store on PostgreSQL or PGlite. `ready` resolves once the schema is known
 * to be migrated; every method awaits it before touching a table.
 */
export function createPostgresConsentStore(
  executor: SqlExecutor,
  schema: string,
  quoted: string,
  ready: () => Promise<void>,
): ConsentStore {
  const events = `${quoted}.consent_events`;
  const heads = `${quoted}.consent_heads`;
  const idempotency = `${quoted}.consent_idempotency`;
  const columns = 'seq, prev_hash, hash, canonical_body';

  return {
    async append(tenant, batch, options?: ConsentAppendOptions) {
      requireTenant(tenant);
      requireEvents(batch);
      const opts = requireOptions(options, 'options');
      const key =
        opts.idempotencyKey === undefined
          ? undefined
          : requireText(opts.idempotencyKey, 'options.idempotencyKey', 200);
      const digest =
        key === undefined
          ? ''
          : opts.fingerprint === undefined
            ? sha256Hex(batch.map((event) => event.canonicalBody).join('\n'))
            : requireText(opts.fingerprint, 'options.fingerprint', 200);
      await ready();
      return executor.transaction(async (tx) => {
        // The head row is the chain's lock: every append of the tenant queues on it.
        let [head] = await tx.query<{ seq: string | number; hash: string }>(
          `SELECT seq, hash FROM ${heads} WHERE tenant = $1 FOR UPDATE`,
          [tenant],
        );
        if (!head) {
          await tx.query(
            `INSERT INTO ${heads} (tenant, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (tenant) DO NOTHING`,
            [tenant, EMPTY_CHAIN_HEAD.hash],
          );
          [head] = await tx.query<{ seq: string | number; hash: string }>(
            `SELECT seq, hash FROM ${heads} WHERE tenant = $1 FOR UPDATE`,
            [tenant],
          );
        }
        if (!head) throw new ConflictError({ scope: SCOPE, resource: 'consent-chain' });
        if (key !== undefined) {
          const [earlier] = await tx.query<{
            fingerprint: string;
            first_seq: string | number;
            count: number;
          }>(
            `SELECT fingerprint, first_seq, count FROM ${idempotency} WHERE tenant = $1 AND key = $2`,
            [tenant, key],
          );
          if (earlier) {
            if (earlier.fingerprint !== digest) {
              throw new ConflictError({
                scope: SCOPE,
                resource: 'consent-idempotency-key',
                message: 'idempotency key reused with different events',
              });
            }
            const first = Number(earlier.first_seq);
            const rows = await tx.query<EventRow>(
              `SELECT ${columns} FROM ${events} WHERE tenant = $1 AND seq >= $2 AND seq < $3 ORDER BY seq`,
              [tenant, first, first + Number(earlier.count)],
            );
            return Object.freeze(rows.map(toStored));
          }
        }
        let seq = Number(head.seq);
        let prevHash = head.hash;
        const firstSeq = seq + 1;
        const stored: StoredConsentEvent[] = [];
        for (const event of batch) {
          seq += 1;
          const hash = linkHashOfCanonical(seq, prevHash, event.canonicalBody);
          stored.push(Object.freeze({ seq, prevHash, hash, canonicalBody: event.canonicalBody }));
          prevHash = hash;
        }
        const payload: ConsentChangePayload = { schema, tenant, seq };
        // One round trip writes the batch, moves the head and queues the notification; NOTIFY is
        // delivered at commit, so listeners never hear of a batch that rolled back.
        await tx.query(
          `WITH inserted AS (
             INSERT INTO ${events} (tenant, seq, prev_hash, hash, subject_ref, canonical_body)
             SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
           ), moved AS (
             UPDATE ${heads} SET seq = $7, hash = $8 WHERE tenant = $1
           )
           SELECT pg_notify('${CONSENT_CHANNEL}', $9)`,
          [
            tenant,
            stored.map((event) => event.seq),
            stored.map((event) => event.prevHash),
            stored.map((event) => event.hash),
            batch.map((event) => event.subjectRef),
            stored.map((event) => event.canonicalBody),
            seq,
            prevHash,
            JSON.stringify(payload),
          ],
        );
        if (key !== undefined) {
          await tx.query(
            `INSERT INTO ${idempotency} (tenant, key, fingerprint, first_seq, count) VALUES ($1, $2, $3, $4, $5)`,
            [tenant, key, digest, firstSeq, stored.length],
          );
        }
        return Object.freeze(stored);
      });
    },

    async head(tenant): Promise<ChainHead> {
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

    async readChain(tenant, options) {
      requireTenant(tenant);
      const opts = requireOptions(options, 'options');
      const afterSeq =
        opts.afterSeq === undefined
          ? 0
          : requireInteger(opts.afterSeq, 'options.afterSeq', 0, Number.MAX_SAFE_INTEGER, SCOPE);
      const limit =
        opts.limit === undefined
          ? 1000
          : requireInteger(opts.limit, 'options.limit', 1, 100_000, SCOPE);
      await ready();
      const rows = await executor.query<EventRow>(
        `SELECT ${columns} FROM ${events} WHERE tenant = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [tenant, afterSeq, limit],
      );
      return rows.map(toStored);
    },

    async readSubject(tenant, subjectRef) {
      requireTenant(tenant);
      requireText(subjectRef, 'subjectRef', 512);
      await ready();
      const rows = await executor.query<EventRow>(
        `SELECT ${columns} FROM ${events} WHERE tenant = $1 AND subject_ref = $2 ORDER BY seq`,
        [tenant, subjectRef],
      );
      return rows.map(toStored);
    },
  };
}

/**
 * Per-subject keys in `subject_keys`. Deleting a row removes the key from every later read;
 * PostgreSQL reclaims the dead row's bytes at the next VACUUM, and backups keep them until they
 * expire, which is why the vault belongs in a separately backed-up database where possible.
 */
export function createPostgresSubjectKeyVault(
  executor: SqlExecutor,
  quoted: string,
  ready: () => Promise<void>,
): SubjectKeyVault {
  const table = `${quoted}.subject_keys`;
  const toBytes = (value: Uint8Array) => new Uint8Array(value);
  return {
    async getOrCreateKey(tenant, subjectRef, create) {
      requireTenant(tenant);
      requireText(subjectRef, 'subjectRef', 512);
      if (typeof create !== 'function') {
        invalidInput({ scope: SCOPE, field: 'create' }, 'invalid_type', 'expected a function');
      }
      await ready();
      const [existing] = await executor.query<{ key: Uint8Array }>(
        `SELECT key FROM ${table} WHERE tenant = $1 AND subject_ref = $2`,
        [tenant, subjectRef],
      );
      if (existing) return toBytes(existing.key);
      const fresh = create();
      if (!(fresh instanceof Uint8Array) || fresh.length === 0) {
        invalidInput(
          { scope: SCOPE, field: 'create' },
          'invalid_key',
          'expected create() to return bytes',
        );
      }
      // On a race the row already written wins and every caller reads it back.
      const [row] = await executor.query<{ key: Uint8Array }>(
        `INSERT INTO ${table} (tenant, subject_ref, key) VALUES ($1, $2, $3)
         ON CONFLICT (tenant, subject_ref) DO UPDATE SET key = ${table}.key
         RETURNING key`,
        [tenant, subjectRef, fresh],
      );
      if (!row) throw new ConflictError({ scope: SCOPE, resource: 'subject-key' });
      return toBytes(row.key);
    },

    async getKey(tenant, subjectRef) {
      requireTenant(tenant);
      requireText(subjectRef, 'subjectRef', 512);
      await ready();
      const [row] = await executor.query<{ key: Uint8Array }>(
        `SELECT key FROM ${table} WHERE tenant = $1 AND subject_ref = $2`,
        [tenant, subjectRef],
      );
      return row ? toBytes(row.key) : undefined;
    },

    async destroyKey(tenant, subjectRef) {
      requireTenant(tenant);
      requireText(subjectRef, 'subjectRef', 512);
      await ready();
      const rows = await executor.query(
        `DELETE FROM ${table} WHERE tenant = $1 AND subject_ref = $2 RETURNING 1`,
        [tenant, subjectRef],
      );
      return rows.length > 0;
    },
  };
}
