import { ConflictError, invalidInput, requireInteger, requireJsonText } from '@pledge/core';
import type {
  DsrListFilter,
  DsrRequest,
  DsrStore,
  DsrWrite,
  DsrWriteOptions,
  DsrWriteResult,
  StoredDsrEvent,
} from '@pledge/dsr';
import type { SqlExecutor, SqlQueryable } from './sql-executor.js';
import { SCOPE } from './store-error.js';
import { requireOptions, requireTenant, requireText } from './store-input.js';

type Json<T> = T | string;
// pg and PGlite both parse jsonb; the string branch covers a client configured not to.
const parsed = <T>(value: Json<T>): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : structuredClone(value);

function requireWrite(value: unknown, field: string): DsrWrite {
  const write = requireOptions(value, field, true);
  const request = requireOptions(write.request, `${field}.request`, true) as Partial<DsrRequest>;
  requireText(request.id, `${field}.request.id`, 200);
  requireInteger(request.version, `${field}.request.version`, 1, 2_147_483_647, SCOPE);
  requireText(request.state, `${field}.request.state`, 64);
  if (!Array.isArray(write.events)) {
    invalidInput({ scope: SCOPE, field: `${field}.events` }, 'invalid_type', 'expected an array');
  }
  write.events.forEach((event: Partial<StoredDsrEvent>, index: number) => {
    const at = `${field}.events[${index}]`;
    requireInteger(event?.seq, `${at}.seq`, 1, 2_147_483_647, SCOPE);
    requireText(event?.prevHash, `${at}.prevHash`, 128);
    requireText(event?.hash, `${at}.hash`, 128);
    if (typeof event?.body !== 'object' || event.body === null) {
      invalidInput({ scope: SCOPE, field: `${at}.body` }, 'invalid_type', 'expected an object');
    }
  });
  requireJsonText(write, field, SCOPE);
  return value as DsrWrite;
}

function requireIdempotency(value: unknown): { key: string; fingerprint: string } | undefined {
  const options = requireOptions(value, 'options');
  if (options.idempotency === undefined) return undefined;
  const idempotency = requireOptions(options.idempotency, 'options.idempotency', true);
  return {
    key: requireText(idempotency.key, 'options.idempotency.key', 200),
    fingerprint: requireText(idempotency.fingerprint, 'options.idempotency.fingerprint', 200),
  };
}

/**
 * DSR requests on PostgreSQL or PGlite: the projection row carries `version`, and an append
 * succeeds only through `UPDATE … WHERE version = expectedVersion`, so of two racing writers
 * exactly one matches the row and the other gets a `ConflictError`.
 */
export function createPostgresDsrStore(
  executor: SqlExecutor,
  quoted: string,
  ready: () => Promise<void>,
): DsrStore {
  const requests = `${quoted}.dsr_requests`;
  const events = `${quoted}.dsr_events`;
  const keys = `${quoted}.dsr_idempotency`;

  async function current(tx: SqlQueryable, tenant: string, id: string) {
    const [row] = await tx.query<{ request: Json<DsrRequest> }>(
      `SELECT request FROM ${requests} WHERE tenant = $1 AND id = $2`,
      [tenant, id],
    );
    return row === undefined ? undefined : parsed(row.request);
  }

  /**
   * Claims the idempotency key for this command, or returns what the earlier use of it means.
   * `ON CONFLICT DO NOTHING` waits for a concurrent claimer to commit or roll back, so two
   * retries of one command never both write.
   */
  async function claim(
    tx: SqlQueryable,
    tenant: string,
    requestId: string,
    idempotency: { key: string; fingerprint: string } | undefined,
  ): Promise<DsrWriteResult | undefined> {
    if (idempotency === undefined) return undefined;
    const claimed = await tx.query(
      `INSERT INTO ${keys} (tenant, key, request_id, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant, key) DO NOTHING RETURNING 1`,
      [tenant, idempotency.key, requestId, idempotency.fingerprint],
    );
    if (claimed.length > 0) return undefined;
    const [earlier] = await tx.query<{ request_id: string; fingerprint: string }>(
      `SELECT request_id, fingerprint FROM ${keys} WHERE tenant = $1 AND key = $2`,
      [tenant, idempotency.key],
    );
    if (earlier?.fingerprint !== idempotency.fingerprint) {
      throw new ConflictError({
        scope: SCOPE,
        resource: 'dsr-idempotency-key',
        message: 'idempotency key reused with a different command',
      });
    }
    const request = await current(tx, tenant, earlier.request_id);
    if (request === undefined) throw new ConflictError({ scope: SCOPE, resource: 'dsr-request' });
    return { status: 'replayed', request };
  }

  async function insertEvents(
    tx: SqlQueryable,
    tenant: string,
    requestId: string,
    list: readonly StoredDsrEvent[],
  ) {
    if (list.length === 0) return;
    await tx.query(
      `INSERT INTO ${events} (tenant, request_id, seq, prev_hash, hash, body)
       SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::jsonb[])`,
      [
        tenant,
        requestId,
        list.map((event) => event.seq),
        list.map((event) => event.prevHash),
        list.map((event) => event.hash),
        list.map((event) => JSON.stringify(event.body)),
      ],
    );
  }

  return {
    async create(tenant, write, options?: DsrWriteOptions) {
      requireTenant(tenant);
      requireWrite(write, 'write');
      const idempotency = requireIdempotency(options);
      await ready();
      return executor.transaction(async (tx) => {
        const replayed = await claim(tx, tenant, write.request.id, idempotency);
        if (replayed) return replayed;
        const inserted = await tx.query(
          `INSERT INTO ${requests} (tenant, id, version, state, request) VALUES ($1, $2, $3, $4, $5::jsonb)
           ON CONFLICT (tenant, id) DO NOTHING RETURNING 1`,
          [
            tenant,
            write.request.id,
            write.request.version,
            write.request.state,
            JSON.stringify(write.request),
          ],
        );
        if (inserted.length === 0) {
          // Throwing rolls back the idempotency claim with everything else.
          throw new ConflictError({
            scope: SCOPE,
            resource: 'dsr-request',
            message: 'a request with this id already exists',
          });
        }
        await insertEvents(tx, tenant, write.request.id, write.events);
        return { status: 'written', request: structuredClone(write.request) } as const;
      });
    },

    async append(tenant, requestId, expectedVersion, write, options?: DsrWriteOptions) {
      requireTenant(tenant);
      requireText(requestId, 'requestId', 200);
      requireInteger(expectedVersion, 'expectedVersion', 0, 2_147_483_647, SCOPE);
      requireWrite(write, 'write');
      const idempotency = requireIdempotency(options);
      await ready();
      return executor.transaction(async (tx) => {
        const replayed = await claim(tx, tenant, requestId, idempotency);
        if (replayed) return replayed;
        // Under READ COMMITTED a racing writer blocks on the row, then re-checks the version
        // against the committed row: only one of them can match.
        const updated = await tx.query(
          `UPDATE ${requests} SET version = $4, state = $5, request = $6::jsonb
           WHERE tenant = $1 AND id = $2 AND version = $3 RETURNING 1`,
          [
            tenant,
            requestId,
            expectedVersion,
            write.request.version,
            write.request.state,
            JSON.stringify(write.request),
          ],
        );
        if (updated.length === 0) {
          const [row] = await tx.query<{ version: number }>(
            `SELECT version FROM ${requests} WHERE tenant = $1 AND id = $2`,
            [tenant, requestId],
          );
          throw new ConflictError({
            scope: SCOPE,
            resource: 'dsr-request',
            expected: expectedVersion,
            ...(row === undefined ? {} : { actual: row.version }),
          });
        }
        await insertEvents(tx, tenant, requestId, write.events);
        return { status: 'written', request: structuredClone(write.request) } as const;
      });
    },

    async get(tenant, requestId) {
      requireTenant(tenant);
      requireText(requestId, 'requestId', 200);
      await ready();
      return current(executor, tenant, requestId);
    },

    async events(tenant, requestId) {
      requireTenant(tenant);
      requireText(requestId, 'requestId', 200);
      await ready();
      const rows = await executor.query<{
        seq: number;
        prev_hash: string;
        hash: string;
        body: Json<StoredDsrEvent['body']>;
      }>(
        `SELECT seq, prev_hash, hash, body FROM ${events}
         WHERE tenant = $1 AND request_id = $2 ORDER BY seq`,
        [tenant, requestId],
      );
      return rows.map((row) => ({
        seq: Number(row.seq),
        prevHash: row.prev_hash,
        hash: row.hash,
        body: parsed(row.body),
      }));
    },

    async lookupIdempotencyKey(tenant, key) {
      requireTenant(tenant);
      requireText(key, 'key', 200);
      await ready();
      const [row] = await executor.query<{ request_id: string; fingerprint: string }>(
        `SELECT request_id, fingerprint FROM ${keys} WHERE tenant = $1 AND key = $2`,
        [tenant, key],
      );
      return row === undefined
        ? undefined
        : { requestId: row.request_id, fingerprint: row.fingerprint };
    },

    async list(tenant, filter?: DsrListFilter) {
      requireTenant(tenant);
      const opts = requireOptions(filter, 'filter');
      if (opts.states !== undefined && !Array.isArray(opts.states)) {
        invalidInput({ scope: SCOPE, field: 'filter.states' }, 'invalid_type', 'expected an array');
      }
      const limit =
        opts.limit === undefined
          ? null
          : requireInteger(opts.limit, 'filter.limit', 1, 1_000_000, SCOPE);
      await ready();
      // COLLATE "C": code-point order, the same on every server whatever its locale.
      const rows = await executor.query<{ request: Json<DsrRequest> }>(
        `SELECT request FROM ${requests}
         WHERE tenant = $1 AND ($2::text[] IS NULL OR state = ANY($2::text[]))
         ORDER BY id COLLATE "C" LIMIT $3`,
        [tenant, (opts.states as string[] | undefined) ?? null, limit],
      );
      return rows.map((row) => parsed(row.request));
    },
  };
}
