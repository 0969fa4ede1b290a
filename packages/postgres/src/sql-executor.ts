import {
  isPGlite,
  type PGliteLike,
  type PgClientLike,
  type PgPoolLike,
  type PostgresClient,
} from './postgres-client.js';
import { toStoreError } from './store-error.js';

/** Runs parameterised statements; rows come back as plain objects. */
export interface SqlQueryable {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** One code path over `pg.Pool` and PGlite: single statements and transactions. */
export interface SqlExecutor extends SqlQueryable {
  /** Runs `work` in one transaction: all of its writes commit, or none do. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

function poolExecutor(pool: PgPoolLike): SqlExecutor {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      try {
        return (await pool.query(text, [...params])).rows as Row[];
      } catch (error) {
        throw toStoreError(error, 'query');
      }
    },
    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>) {
      let client: PgClientLike;
      try {
        client = await pool.connect();
      } catch (error) {
        throw toStoreError(error, 'connect');
      }
      // A dedicated connection per transaction: BEGIN and COMMIT must travel on one session.
      const tx: SqlQueryable = {
        async query<Row>(text: string, params: readonly unknown[] = []) {
          try {
            return (await client.query(text, [...params])).rows as Row[];
          } catch (error) {
            throw toStoreError(error, 'query');
          }
        },
      };
      let broken: Error | undefined;
      // Without a listener, a session the server drops while checked out is an uncaught
      // 'error' event that takes the host process down; the failing query reports it instead.
      const onError = (error: Error) => {
        broken = error;
      };
      client.on?.('error', onError);
      try {
        await tx.query('BEGIN');
        const result = await work(tx);
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The session is gone; the server aborts the open transaction on its own.
          broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
        }
        throw error;
      } finally {
        // A broken client is destroyed on release and may still emit late errors: keep the
        // listener on it. A healthy one goes back to the pool without it.
        if (broken === undefined) client.removeListener?.('error', onError);
        client.release(broken ?? false);
      }
    },
  };
}

function pgliteExecutor(db: PGliteLike): SqlExecutor {
  const wrap = (target: { query: PGliteLike['query'] }): SqlQueryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      try {
        return (await target.query(text, [...params])).rows as Row[];
      } catch (error) {
        throw toStoreError(error, 'query');
      }
    },
  });
  const direct = wrap(db);
  return {
    query: direct.query,
    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>) {
      try {
        return await db.transaction((tx) => work(wrap(tx)));
      } catch (error) {
        throw toStoreError(error, 'query');
      }
    },
  };
}

/** The executor for either supported client. */
export function createSqlExecutor(client: PostgresClient): SqlExecutor {
  return isPGlite(client) ? pgliteExecutor(client) : poolExecutor(client);
}
